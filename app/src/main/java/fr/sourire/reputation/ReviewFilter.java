package fr.sourire.reputation;

/** Which reviews to list; null or false means "any". */
public record ReviewFilter(Integer rating, boolean negativeOnly, boolean unanswered, String source, int limit) {

	public static ReviewFilter all() {
		return new ReviewFilter(null, false, false, null, 500);
	}
}
