package fr.sourire.engine;

import java.util.Locale;

/** How strongly a finding weighs on publication, in increasing order. {@code OK} is only a report verdict. */
public enum Severity {
	OK, INFO, WARN, BLOCK;

	/** The lower-case id used in rule packs, JSON and the command line. */
	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Severity fromId(String id) {
		return valueOf(id.trim().toUpperCase(Locale.ROOT));
	}

	public Severity max(Severity other) {
		return compareTo(other) >= 0 ? this : other;
	}

	public Severity min(Severity other) {
		return compareTo(other) <= 0 ? this : other;
	}
}
