package fr.sourire.cli;

import fr.sourire.engine.CheckContext;
import fr.sourire.engine.Checker;

import java.util.Set;

/**
 * One labelled text for training: its features, the rules its patterns already found, its context and the rules an
 * expert raises on it. A rule's own example ({@code onlyFor} = that rule) teaches that rule only: a wrong example of one
 * rule says nothing of the others.
 */
record TrainingText(Set<String> features, Set<String> foundByPatterns, CheckContext context, Set<String> expected, String onlyFor) {
	static TrainingText of(Checker.ModelInput input, CheckContext context, Set<String> expected, String onlyFor) {
		return new TrainingText(input.features().all(), input.foundByPatterns(), context, expected, onlyFor);
	}

	boolean teaches(String ruleId) {
		return onlyFor == null || onlyFor.equals(ruleId);
	}
}
