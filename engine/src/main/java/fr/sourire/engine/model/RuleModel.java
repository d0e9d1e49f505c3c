package fr.sourire.engine.model;

import java.util.Map;

/**
 * A logistic model of one rule's wordings: the probability that a careful expert raises the rule on a text is
 * {@code 1 / (1 + e^-(bias + Σ weights of its features))}; the model speaks above {@code threshold}.
 */
public record RuleModel(String ruleId, double bias, double threshold, Map<String, Double> weights) {
	public RuleModel {
		weights = Map.copyOf(weights);
	}
}
