package fr.sourire.imaging;

import java.util.Locale;

/** Severity of a finding, and verdict of a whole image (the highest severity found; {@link #OK} when nothing was found). */
public enum Severity {
	OK, INFO, WARN, BLOCK;

	/** The public word used in JSON and in the rule book: block, warn, info, ok. */
	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Severity max(Severity a, Severity b) {
		return a.compareTo(b) >= 0 ? a : b;
	}
}
