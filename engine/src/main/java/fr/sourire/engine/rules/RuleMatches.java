package fr.sourire.engine.rules;

import java.util.ArrayList;
import java.util.List;

/** The matches of one rule's patterns in one text, by role; filled by {@link MatchIndex} in a single pass. */
public final class RuleMatches {
	/** Which list of the rule a pattern belongs to. */
	public enum Role { PATTERN, WHEN, AND, EXCEPTION, UNLESS, MISSING }

	/** A match of the {@code spec}-th pattern of its role. */
	public record SpecMatch(int spec, TokenPattern.Match match) {
	}

	private final List<List<SpecMatch>> byRole = new ArrayList<>(Role.values().length);

	RuleMatches() {
		for (int i = 0; i < Role.values().length; i++) byRole.add(new ArrayList<>(2));
	}

	void add(Role role, int spec, TokenPattern.Match m) {
		byRole.get(role.ordinal()).add(new SpecMatch(spec, m));
	}

	public List<SpecMatch> get(Role role) {
		return byRole.get(role.ordinal());
	}
}
