package fr.sourire.engine.rules;

import fr.sourire.engine.CheckContext;
import fr.sourire.engine.text.TextAnalysis;

import java.util.List;

/**
 * A rule that patterns alone cannot express. Implementations are stateless and have a public no-argument
 * constructor; they receive the matches of their own patterns and may add hits of their own.
 */
public interface JavaRule {
	List<Hit> evaluate(Rule rule, TextAnalysis analysis, CheckContext context, RuleMatches matches);
}
