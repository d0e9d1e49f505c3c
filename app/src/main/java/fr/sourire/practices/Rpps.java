package fr.sourire.practices;

/**
 * A practitioner's RPPS number (Répertoire partagé des professionnels de santé): exactly 11 digits. Spaces typed by
 * the user are ignored.
 */
public record Rpps(String value) {

	public Rpps {
		if (!isValid(value)) {
			throw new IllegalArgumentException("An RPPS number has exactly 11 digits");
		}
		value = normalise(value);
	}

	public static boolean isValid(String candidate) {
		return candidate != null && normalise(candidate).matches("\\d{11}");
	}

	private static String normalise(String candidate) {
		return candidate.replaceAll("\\s", "");
	}

	@Override
	public String toString() {
		return value;
	}
}
