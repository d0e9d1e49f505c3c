package fr.sourire.posts;

import fr.sourire.engine.PostCategory;
import fr.sourire.publishing.Network;
import java.time.Instant;
import java.util.List;

/** What the composer sends: the post's content, its targets with their variants, and its time (may be null in a draft). */
public record PostDraft(PostCategory category, String text, Instant scheduledAt, List<TargetDraft> targets) {

	public PostDraft {
		category = category == null ? PostCategory.OTHER : category;
		text = text == null ? "" : text.strip();
		targets = targets == null ? List.of() : List.copyOf(targets);
	}

	/** One network with an optional own text and first comment (blank = none). */
	public record TargetDraft(Network network, String variantText, String firstComment) {

		public TargetDraft {
			variantText = variantText == null || variantText.isBlank() ? null : variantText.strip();
			firstComment = firstComment == null || firstComment.isBlank() ? null : firstComment.strip();
		}
	}
}
