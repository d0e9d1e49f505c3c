package fr.sourire.engine.rules.custom;

import fr.sourire.engine.CheckContext;
import fr.sourire.engine.Severity;
import fr.sourire.engine.Span;
import fr.sourire.engine.rules.Hit;
import fr.sourire.engine.rules.JavaRule;
import fr.sourire.engine.rules.Rule;
import fr.sourire.engine.rules.RuleMatches;
import fr.sourire.engine.text.TextAnalysis;
import fr.sourire.engine.text.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * TONE.AGGRESSIVE: the rule's own patterns (blame, sarcasm, ultimatums, « !!! ») plus what patterns cannot count: a
 * sentence written mostly in capitals (more than 30 % of its letters, at least 12 letters), which reads as shouting.
 */
public final class ToneRule implements JavaRule {
	private static final double CAPS_RATIO = 0.30;
	private static final int MIN_LETTERS = 12;

	@Override
	public List<Hit> evaluate(Rule rule, TextAnalysis a, CheckContext c, RuleMatches m) {
		List<Hit> hits = new ArrayList<>(rule.phraseHits(a, c, m));
		for (int s = 0; s < a.sentenceCount(); s++) {
			int letters = 0, capitals = 0;
			for (int i = a.sentenceStart(s); i < a.sentenceEnd(s); i++) {
				Token t = a.token(i);
				if (!t.isWord() || t.hashtag()) continue;
				String raw = a.text().substring(t.start(), t.end());
				for (int k = 0; k < raw.length(); k++) {
					char ch = raw.charAt(k);
					if (Character.isLetter(ch)) { letters++; if (Character.isUpperCase(ch)) capitals++; }
				}
			}
			if (letters >= MIN_LETTERS && capitals > CAPS_RATIO * letters) {
				Span span = new Span(a.token(a.sentenceStart(s)).start(), a.token(a.sentenceEnd(s) - 1).end());
				hits.add(new Hit(rule.severity().max(Severity.WARN), List.of(span), rule.texts().suggestions()));
			}
		}
		return hits;
	}
}
