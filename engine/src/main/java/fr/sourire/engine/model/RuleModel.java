package fr.sourire.engine.model;

import java.util.Map;

/**
 * A logistic model of one rule's wordings: the probability that a careful expert raises the rule on a text is
 * {@code 1 / (1 + e^-(bias + Σ weights of its features))}. The model speaks where the rule's patterns found nothing
 * and the probability reaches {@code threshold}; where they found something and the probability is below
 * {@code veto}, it overrules them: the same words stood, in the labelled texts, in wordings experts found lawful (a
 * negation, a quotation, a refusal the patterns do not see). A veto of 0 never overrules.
 */
public record RuleModel(String ruleId, double bias, double threshold, double veto, Map<String, Double> weights) {
	public RuleModel {
		weights = Map.copyOf(weights);
	}
}
