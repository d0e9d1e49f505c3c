package fr.sourire.reputation;

import java.time.Instant;

/**
 * A review of the practice as the platform showed it. Its text and author are untrusted: pages and e-mails show them
 * as text only. {@code rating} is null on sites without stars, {@code comment} null for a rating-only review.
 */
public record Review(long id, long practiceId, String source, String externalId, String authorName, boolean anonymous,
		Integer rating, String comment, Instant createdAt, Instant updatedAt, boolean deleted, Instant capturedAt,
		String platformReply, Instant platformReplyAt) {

	/** Three stars or fewer: the practice is alerted and a reply may wait for a cooling-off delay. */
	public boolean negative() {
		return rating != null && rating <= 3;
	}

	public String commentOrEmpty() {
		return comment == null ? "" : comment;
	}
}
