package fr.sourire.posts;

import fr.sourire.engine.PostCategory;
import fr.sourire.publishing.Network;
import java.time.Instant;
import java.util.List;

/**
 * What the composer sends: the post's content, its targets with their variants, its time (may be null in a draft) and
 * the ids of its photos in the practice's media library, in the order the networks receive them.
 */
public record PostDraft(PostCategory category, String text, Instant scheduledAt, List<TargetDraft> targets,
		List<Long> mediaIds) {

	public PostDraft {
		category = category == null ? PostCategory.OTHER : category;
		text = text == null ? "" : text.strip();
		targets = targets == null ? List.of() : List.copyOf(targets);
		mediaIds = mediaIds == null ? List.of() : List.copyOf(mediaIds);
	}

	/** A post without photos. */
	public PostDraft(PostCategory category, String text, Instant scheduledAt, List<TargetDraft> targets) {
		this(category, text, scheduledAt, targets, List.of());
	}

	/**
	 * One network with an optional own text and first comment (blank = none) and optional own photos: {@code null} =
	 * the post's photos, an empty list = no photo for this network.
	 */
	public record TargetDraft(Network network, String variantText, String firstComment, List<Long> mediaIds) {

		public TargetDraft {
			variantText = variantText == null || variantText.isBlank() ? null : variantText.strip();
			firstComment = firstComment == null || firstComment.isBlank() ? null : firstComment.strip();
			mediaIds = mediaIds == null ? null : List.copyOf(mediaIds);
		}

		/** With the post's photos. */
		public TargetDraft(Network network, String variantText, String firstComment) {
			this(network, variantText, firstComment, null);
		}
	}
}
