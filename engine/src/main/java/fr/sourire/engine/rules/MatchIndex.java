package fr.sourire.engine.rules;

import fr.sourire.engine.recognize.Entity;
import fr.sourire.engine.text.TextAnalysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * All patterns of a pack indexed by what their first element can be: a token form, an entity type, or (for prefixes
 * and regexes) "try everywhere". A check walks the tokens once and tries only the patterns that can start there, which
 * keeps a check well under a millisecond whatever the number of rules.
 */
public final class MatchIndex {
	private record Entry(int rule, RuleMatches.Role role, int spec, TokenPattern pattern) {
	}

	private final Map<String, List<Entry>> byKey = new HashMap<>();
	/** Patterns whose first two tokens are known words, by first then second word: « nous » alone starts hundreds. */
	private final Map<String, Map<String, List<Entry>>> byPair = new HashMap<>();
	/** Patterns starting with a word prefix (« gratuit* »), by prefix: each token tries the few prefixes it starts with. */
	private final Map<String, List<Entry>> byPrefix = new HashMap<>();
	/** Patterns starting with a regular expression that needs a leading digit: tried only on tokens starting with one. */
	private final List<Entry> digitScan = new ArrayList<>();
	/** Patterns starting with any other regular expression: tried at every token. */
	private final List<Entry> scan = new ArrayList<>();

	public MatchIndex(List<Rule> rules) {
		for (int r = 0; r < rules.size(); r++) {
			Rule rule = rules.get(r);
			for (RuleMatches.Role role : RuleMatches.Role.values()) {
				List<TokenPattern> patterns = rule.patterns(role);
				for (int s = 0; s < patterns.size(); s++) register(new Entry(r, role, s, patterns.get(s)));
			}
		}
	}

	private void register(Entry e) {
		boolean scanned = false, digitScanned = false;
		Set<String> second = e.pattern().secondWords();
		for (TokenPattern.Alt alt : e.pattern().first().alts()) {
			if (alt instanceof TokenPattern.Literals l && second != null)
				for (String f : l.forms()) for (String g : second) key(byPair.computeIfAbsent(f, x -> new HashMap<>()), g, e);
			else if (alt instanceof TokenPattern.Literals l) for (String f : l.forms()) key(f, e);
			else if (alt instanceof TokenPattern.Lexicon x) for (String f : x.entries().keySet()) key(f, e);
			else if (alt instanceof TokenPattern.EntityRef ref) key("@" + ref.type(), e);
			else if (alt instanceof TokenPattern.Prefix x) key(byPrefix, x.prefix(), e);
			else if (alt instanceof TokenPattern.Regex r && r.digitFirst()) { if (!digitScanned) digitScan.add(e); digitScanned = true; }
			else if (!scanned) { scan.add(e); scanned = true; }
		}
	}

	private void key(String k, Entry e) {
		key(byKey, k, e);
	}

	private static void key(Map<String, List<Entry>> index, String k, Entry e) {
		List<Entry> list = index.computeIfAbsent(k, x -> new ArrayList<>(2));
		if (list.isEmpty() || list.get(list.size() - 1) != e) list.add(e);
	}

	/** Matches of every active rule's patterns, one {@link RuleMatches} per rule (null for inactive rules). */
	public RuleMatches[] match(TextAnalysis a, boolean[] active) {
		RuleMatches[] out = new RuleMatches[active.length];
		for (int i = 0; i < active.length; i++) if (active[i]) out[i] = new RuleMatches();
		for (int t = 0; t < a.size(); t++) {
			tryAll(byKey.get(a.token(t).form()), a, t, out);
			Map<String, List<Entry>> pairs = byPair.get(a.token(t).form());
			if (pairs != null && t + 1 < a.size() && a.token(t + 1).sentence() == a.token(t).sentence())
				tryAll(pairs.get(a.token(t + 1).form()), a, t, out);
			List<Entity> entities = a.entitiesAt(t);
			for (int k = 0; k < entities.size(); k++) {
				String type = entities.get(k).type();
				boolean seen = false;
				for (int j = 0; j < k; j++) seen |= entities.get(j).type().equals(type);
				if (!seen) tryAll(byKey.get("@" + type), a, t, out);
			}
			String form = a.token(t).form();
			for (Map.Entry<String, List<Entry>> p : byPrefix.entrySet()) if (form.startsWith(p.getKey())) tryAll(p.getValue(), a, t, out);
			if (!form.isEmpty() && Character.isDigit(form.charAt(0))) tryAll(digitScan, a, t, out);
			tryAll(scan, a, t, out);
		}
		return out;
	}

	private static void tryAll(List<Entry> entries, TextAnalysis a, int t, RuleMatches[] out) {
		if (entries == null) return;
		for (Entry e : entries) {
			if (out[e.rule()] == null) continue;
			TokenPattern.Match m = e.pattern().matchAt(a, t);
			if (m != null) out[e.rule()].add(e.role(), e.spec(), m);
		}
	}
}
