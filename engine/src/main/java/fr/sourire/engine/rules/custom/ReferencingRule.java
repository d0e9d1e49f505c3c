package fr.sourire.engine.rules.custom;

import fr.sourire.engine.CheckContext;
import fr.sourire.engine.Span;
import fr.sourire.engine.rules.Hit;
import fr.sourire.engine.rules.JavaRule;
import fr.sourire.engine.rules.Rule;
import fr.sourire.engine.rules.RuleMatches;
import fr.sourire.engine.text.TextAnalysis;
import fr.sourire.engine.text.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * PUB.REFERENCING: the rule's patterns (sponsored posts, boosting, several sites) plus two counts patterns cannot make:
 * more than {@value #MAX_HASHTAGS} hashtags (keyword stuffing), and the same two content words repeated at least
 * {@value #MAX_REPEATS} times (« urgence dentaire Montpellier » ×3, written for search engines, not for readers).
 */
public final class ReferencingRule implements JavaRule {
	private static final int MAX_HASHTAGS = 5;
	private static final int MAX_REPEATS = 3;
	private static final Set<String> STOP = Set.of("de", "la", "le", "les", "des", "du", "d'", "l'", "a", "au", "aux", "et",
			"en", "un", "une", "pour", "vos", "votre", "nos", "notre", "sur", "avec", "dans", "est", "vous", "nous");

	@Override
	public List<Hit> evaluate(Rule rule, TextAnalysis a, CheckContext c, RuleMatches m) {
		List<Hit> hits = new ArrayList<>(rule.phraseHits(a, c, m));
		int tags = 0, first = -1, last = -1;
		for (int i = 0; i < a.size(); i++) {
			Token t = a.token(i);
			if (t.hashtag() && t.form().equals("#")) {
				tags++;
				if (first < 0) first = t.start();
			}
			if (t.hashtag()) last = t.end();
		}
		if (tags > MAX_HASHTAGS) hits.add(new Hit(rule.severity(), List.of(new Span(first, last)), rule.texts().suggestions()));
		Map<String, List<Integer>> bigrams = new HashMap<>();
		int prev = -1;
		for (int i = 0; i < a.size(); i++) {
			Token t = a.token(i);
			if (!t.isWord() || t.hashtag() || STOP.contains(t.form())) continue;
			if (prev >= 0 && i - prev == 1) bigrams.computeIfAbsent(a.token(prev).form() + " " + t.form(), k -> new ArrayList<>()).add(prev);
			prev = i;
		}
		for (List<Integer> at : bigrams.values()) {
			if (at.size() < MAX_REPEATS) continue;
			int s = at.get(0);
			hits.add(new Hit(rule.severity(), List.of(new Span(a.token(s).start(), a.token(s + 1).end())), rule.texts().suggestions()));
			break;
		}
		return hits;
	}
}
