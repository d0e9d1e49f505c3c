package fr.sourire.publishing;

import java.time.Duration;

/**
 * Signed, expiring public addresses at which the networks fetch a practice's images (Meta and Google download the
 * media themselves, so it must be reachable without a login). The token carries the practice, the media and the
 * expiry, signed with HMAC-SHA256; nothing else is needed to check it.
 */
public interface MediaLinks {

	/** The public address of a media for {@code validity}, under {@code sourire.public-base-url}. */
	String publicUrl(long practiceId, long mediaId, Duration validity);

	/** The media a token names, or {@link InvalidMediaLink} (bad signature → 404, expired → 410). */
	SignedMedia verify(String token);

	/** The bytes a valid, unexpired token names (empty when there is nothing to serve). */
	java.util.Optional<MediaSource.MediaContent> open(String token);

	record SignedMedia(long practiceId, long mediaId) {
	}

	class InvalidMediaLink extends RuntimeException {

		private final boolean expired;

		public InvalidMediaLink(String message, boolean expired) {
			super(message);
			this.expired = expired;
		}

		public boolean expired() {
			return expired;
		}
	}
}
