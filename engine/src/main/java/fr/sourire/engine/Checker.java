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

		List<Finding> findings = new ArrayList<>();
		for (Rule r : rules) {
			List<Hit> hits = hitsByRule.get(r.id());
			if (hits != null) for (Hit h : merge(hits)) findings.add(finding(r, h, text));
		}
		findings.sort(Comparator.comparing(Finding::span).thenComparing(Finding::ruleId));
		return CheckReport.of(findings);
	}

	/** Hits of one rule on overlapping spans become one, with the highest severity and the union of the spans. */
	private static List<Hit> merge(List<Hit> hits) {
		if (hits.size() == 1) return hits;
		List<Hit> sorted = new ArrayList<>(hits);
		sorted.sort(Comparator.comparing(h -> h.spans().get(0)));
		List<Hit> out = new ArrayList<>();
		Hit cur = sorted.get(0);
		for (Hit h : sorted.subList(1, sorted.size())) {
			Span a = cur.spans().get(0), b = h.spans().get(0);
			if (!a.overlaps(b)) { out.add(cur); cur = h; continue; }
			List<Span> spans = new ArrayList<>(cur.spans());
			spans.set(0, new Span(a.start(), Math.max(a.end(), b.end())));
			for (Span s : h.spans().subList(1, h.spans().size())) if (!spans.contains(s)) spans.add(s);
			cur = new Hit(cur.severity().max(h.severity()), spans, cur.suggestions().isEmpty() ? h.suggestions() : cur.suggestions());
		}
		out.add(cur);
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
