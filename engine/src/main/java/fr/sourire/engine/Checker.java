package fr.sourire.engine;

import fr.sourire.engine.recognize.Entity;
import fr.sourire.engine.recognize.RecognizerInput;
import fr.sourire.engine.rules.Hit;
import fr.sourire.engine.rules.Rule;
import fr.sourire.engine.rules.RuleMatches;
import fr.sourire.engine.text.TextAnalysis;
import fr.sourire.engine.text.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a text against a rule pack: {@code check(text, context) → report}. Thread-safe (holds only the immutable
 * pack); one check is a single pass over the tokens.
 */
public final class Checker {
	private final RulePack pack;

	public Checker(RulePack pack) {
		this.pack = pack;
	}

	public RulePack pack() {
		return pack;
	}

	/**
	 * @throws TextTooLongException when the text is longer than {@link CheckLimits#MAX_CHARS}
	 */
	public CheckReport check(String text, CheckContext context) {
		if (text == null || text.isEmpty()) return CheckReport.of(List.of());
		if (text.length() > CheckLimits.MAX_CHARS) throw new TextTooLongException(text.length());
		CheckContext ctx = context == null ? CheckContext.defaults() : context;
		List<Token> tokens = pack.tokenizer.tokenize(text);
		List<Entity> entities = pack.recognizers.recognize(new RecognizerInput(text, tokens, ctx));
		TextAnalysis analysis = new TextAnalysis(text, tokens, pack.hedges(), entities);

		List<Rule> rules = pack.definitions();
		boolean[] active = new boolean[rules.size()];
		for (int i = 0; i < active.length; i++) active[i] = rules.get(i).scope().appliesTo(ctx);
		RuleMatches[] matches = pack.index.match(analysis, active);

		Map<String, List<Hit>> hitsByRule = new LinkedHashMap<>();
		for (int i = 0; i < rules.size(); i++) {
			if (!active[i]) continue;
			List<Hit> hits = rules.get(i).evaluate(analysis, ctx, matches[i]);
			if (!hits.isEmpty()) hitsByRule.put(rules.get(i).id(), hits);
		}
		// Rules triggered by others (a centre's promotional post) run last, on the findings of the rules they name.
		for (int i = 0; i < rules.size(); i++) {
			Rule r = rules.get(i);
			if (!active[i] || r.triggeredBy().isEmpty()) continue;
			for (String source : r.triggeredBy()) {
				for (Hit h : hitsByRule.getOrDefault(source, List.of()))
					hitsByRule.computeIfAbsent(r.id(), k -> new ArrayList<>()).add(new Hit(r.severity(), h.spans(), r.texts().suggestions()));
			}
		}

		supersede(rules, hitsByRule, analysis);

		List<Finding> findings = new ArrayList<>();
		for (Rule r : rules) {
			List<Hit> hits = hitsByRule.get(r.id());
			if (hits != null) for (Hit h : merge(hits, analysis)) findings.add(finding(r, h, text));
		}
		findings.sort(Comparator.comparing(Finding::span).thenComparing(Finding::ruleId));
		return CheckReport.of(findings);
	}

	/**
	 * Precedence declared in the pack ({@code supersedes:}): an expert flags the same words once, so a hit of a
	 * superseded rule is dropped where it overlaps a hit of the rule that supersedes it. Decided on the hits as found
	 * (before any is dropped), so the order of rules does not matter.
	 */
	private static void supersede(List<Rule> rules, Map<String, List<Hit>> hitsByRule, TextAnalysis a) {
		Map<String, List<Hit>> found = Map.copyOf(hitsByRule);
		for (Rule r : rules) {
			List<Hit> winners = found.get(r.id());
			if (winners == null) continue;
			for (String loser : r.supersedes()) drop(hitsByRule, loser, h -> overlapsAny(h, winners));
			for (String loser : r.supersedesInSentence()) drop(hitsByRule, loser, h -> sameSentence(h, winners, a));
		}
	}

	private static void drop(Map<String, List<Hit>> hitsByRule, String rule, java.util.function.Predicate<Hit> redundant) {
		List<Hit> hits = hitsByRule.get(rule);
		if (hits == null) return;
		List<Hit> kept = hits.stream().filter(redundant.negate()).toList();
		if (kept.isEmpty()) hitsByRule.remove(rule);
		else hitsByRule.put(rule, kept);
	}

	private static boolean overlapsAny(Hit h, List<Hit> others) {
		for (Span s : h.spans()) for (Hit o : others) for (Span t : o.spans()) if (s.overlaps(t)) return true;
		return false;
	}

	private static boolean sameSentence(Hit h, List<Hit> others, TextAnalysis a) {
		int sentence = a.sentenceAt(h.spans().get(0).start());
		for (Hit o : others) for (Span t : o.spans()) if (a.sentenceAt(t.start()) == sentence) return true;
		return false;
	}

	/**
	 * Hits of one rule in the same sentence become one finding (a user fixes a sentence, not each word of it): the
	 * highest severity, every distinct span, overlapping spans joined.
	 */
	private static List<Hit> merge(List<Hit> hits, TextAnalysis a) {
		if (hits.size() == 1) return hits;
		Map<Integer, List<Hit>> bySentence = new java.util.TreeMap<>();
		for (Hit h : hits) bySentence.computeIfAbsent(a.sentenceAt(h.spans().get(0).start()), k -> new ArrayList<>()).add(h);
		List<Hit> out = new ArrayList<>();
		for (List<Hit> group : bySentence.values()) {
			List<Span> spans = new ArrayList<>();
			Severity severity = Severity.INFO;
			List<String> suggestions = List.of();
			for (Hit h : group) {
				spans.addAll(h.spans());
				severity = severity.max(h.severity());
				if (suggestions.isEmpty()) suggestions = h.suggestions();
			}
			out.add(new Hit(severity, join(spans), suggestions));
		}
		return out;
	}

	private static List<Span> join(List<Span> spans) {
		List<Span> sorted = new ArrayList<>(spans);
		sorted.sort(null);
		List<Span> out = new ArrayList<>();
		for (Span s : sorted) {
			Span last = out.isEmpty() ? null : out.get(out.size() - 1);
			if (last != null && last.overlaps(s)) out.set(out.size() - 1, new Span(last.start(), Math.max(last.end(), s.end())));
			else if (last == null || !last.equals(s)) out.add(s);
		}
		return out;
	}

	private static Finding finding(Rule r, Hit h, String text) {
		Span first = h.spans().get(0);
		String excerpt = text.substring(first.start(), first.end());
		LocalizedText message = r.texts().message().map(m -> m.replace("{match}", excerpt));
		return new Finding(r.id(), h.severity(), h.spans(), excerpt, message, r.texts().shortMessage(), r.texts().explanation(),
				h.suggestions(), r.texts().sources());
	}
}
