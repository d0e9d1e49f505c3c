package fr.sourire.posts;

import fr.sourire.engine.PostCategory;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/**
 * A post, its targets and its photos ({@code mediaIds}, in order, for every target without photos of its own).
 * {@code approvedHash} is the SHA-256 of the exact content the dentist approved, if any.
 */
public record Post(long id, long practiceId, PostCategory category, String text, Instant scheduledAt, PostState state,
		String createdBy, Instant createdAt, Instant updatedAt, String changeRequest, String approvedHash,
		String approvedBy, Instant approvedAt, String approvalFindings, boolean warningsAcknowledged, boolean late,
		List<PostTarget> targets, List<Long> mediaIds) {

	public Post {
		targets = List.copyOf(targets);
		mediaIds = List.copyOf(mediaIds);
	}

	/** The photos that go to this target, in order. */
	public List<Long> mediaIdsOf(PostTarget target) {
		return target.mediaIds() == null ? mediaIds : target.mediaIds();
	}

	/** Every photo that goes to at least one network, each once: the post's first, then the networks' own. */
	public List<Long> photosSent() {
		boolean postPhotosUsed = targets.stream().anyMatch(t -> t.mediaIds() == null);
		return Stream.concat(postPhotosUsed ? mediaIds.stream() : Stream.empty(),
				targets.stream().filter(t -> t.mediaIds() != null).flatMap(t -> t.mediaIds().stream())).distinct().toList();
	}
}
