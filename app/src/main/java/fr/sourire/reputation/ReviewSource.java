package fr.sourire.reputation;

import java.time.Instant;

/**
 * Where a practice's Google reviews come from and what the last sync saw. {@code connectedLocation} names the location
 * of the practice's Google Business Profile connection (Cabinet → Connexions), which is used first when there is one;
 * otherwise the location and token entered on the reviews page. The token is never exposed: it is sealed at rest
 * (AES-GCM, {@link fr.sourire.publishing.Secrets}) and only its presence is shown.
 */
public record ReviewSource(long practiceId, String googleLocation, boolean hasToken, Instant lastSyncAt,
		String lastSyncError, Double averageRating, Integer totalCount, String alertEmail, int coolingOffHours,
		String connectedLocation) {

	/** Whether a sync can run: a connection, or a location with its token. */
	public boolean linked() {
		return connectedLocation != null || googleLocation != null && hasToken;
	}
}
