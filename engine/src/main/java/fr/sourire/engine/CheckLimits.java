package fr.sourire.engine;

/** Input limits of a check. A longer text is refused with {@link TextTooLongException} (the API answers 413). */
public final class CheckLimits {
	/** About 15 pages of French; far above any post, reply or review. */
	public static final int MAX_CHARS = 100_000;

	private CheckLimits() {
	}
}
