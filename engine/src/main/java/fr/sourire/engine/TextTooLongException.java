package fr.sourire.engine;

/** Thrown when a text exceeds {@link CheckLimits#MAX_CHARS}. */
public final class TextTooLongException extends IllegalArgumentException {
	private final int length;

	public TextTooLongException(int length) {
		super("Texte trop long : " + length + " caractères (maximum " + CheckLimits.MAX_CHARS + ").");
		this.length = length;
	}

	public int length() {
		return length;
	}

	public int limit() {
		return CheckLimits.MAX_CHARS;
	}
}
