package fr.sourire.posts;

import fr.sourire.engine.PostCategory;
import java.time.Instant;
import java.util.List;

/**
 * A post, its targets and its photos ({@code mediaIds}, in order, the same for every target). {@code approvedHash} is
 * the SHA-256 of the exact content the dentist approved, if any.
 */
public record Post(long id, long practiceId, PostCategory category, String text, Instant scheduledAt, PostState state,
		String createdBy, Instant createdAt, Instant updatedAt, String changeRequest, String approvedHash,
		String approvedBy, Instant approvedAt, String approvalFindings, boolean warningsAcknowledged, boolean late,
		List<PostTarget> targets, List<Long> mediaIds) {

	public Post {
		targets = List.copyOf(targets);
		mediaIds = List.copyOf(mediaIds);
	}
}
