package fr.sourire.reputation;

import java.time.Instant;

/** A review entered by hand or read from a CSV line; {@code externalId} makes a second import a no-op. */
public record NewReview(String source, String externalId, String authorName, boolean anonymous, Integer rating,
		String comment, Instant createdAt) {
}
