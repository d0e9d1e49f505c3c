package fr.sourire.practices;

import java.time.Instant;

/** A token as listed to its owner: never the secret, only its first characters ({@code hint}). */
public record PersonalAccessToken(long id, String name, String hint, Instant createdAt, Instant lastUsedAt,
		Instant revokedAt) {

	public boolean active() {
		return revokedAt == null;
	}
}
