package fr.sourire.reputation;

import java.time.Instant;

/**
 * Where a practice's Google reviews come from and what the last sync saw. The token is a plain setting for now; it
 * will come from the publishing module's encrypted connections once both are merged.
 */
public record ReviewSource(long practiceId, String googleLocation, boolean hasToken, Instant lastSyncAt,
		String lastSyncError, Double averageRating, Integer totalCount, String alertEmail, int coolingOffHours) {
}
