package fr.sourire.posts;

import fr.sourire.publishing.Network;
import java.time.Instant;
import java.util.List;

/**
 * One network a post goes to: its own text (null = the post's text), first comment, own photos (null = the post's
 * photos, empty = none), status and, when it failed, the plain-French reason and the platform's raw answer (kept for
 * support).
 */
public record PostTarget(long id, Network network, String variantText, String firstComment, List<Long> mediaIds,
		TargetStatus status, String platformId, String permalink, String reason, String rawAnswer, int attempts,
		Instant nextAttemptAt, Instant publishedAt) {

	public PostTarget {
		mediaIds = mediaIds == null ? null : List.copyOf(mediaIds);
	}

	/** The text that goes to this network. */
	public String textFor(String postText) {
		return variantText == null || variantText.isBlank() ? postText : variantText;
	}
}
