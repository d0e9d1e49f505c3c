package fr.sourire.cli;

import fr.sourire.engine.CheckContext;

import java.util.Set;

/**
 * One labelled text for training: its features, its context and the rules an expert raises on it. A rule's own
 * example ({@code onlyFor} = that rule) teaches that rule only: a wrong example of one rule says nothing of the others.
 */
record TrainingText(Set<String> features, CheckContext context, Set<String> expected, String onlyFor) {
	boolean teaches(String ruleId) {
		return onlyFor == null || onlyFor.equals(ruleId);
	}
}
