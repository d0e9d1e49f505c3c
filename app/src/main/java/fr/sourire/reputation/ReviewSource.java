package fr.sourire.reputation;

import java.time.Instant;

/**
 * Where a practice's Google reviews come from and what the last sync saw. The token is never exposed: it is sealed
 * at rest (AES-GCM, {@link fr.sourire.publishing.Secrets}) and only its presence is shown.
 */
public record ReviewSource(long practiceId, String googleLocation, boolean hasToken, Instant lastSyncAt,
		String lastSyncError, Double averageRating, Integer totalCount, String alertEmail, int coolingOffHours) {
}
