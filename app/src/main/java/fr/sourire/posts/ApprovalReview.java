package fr.sourire.posts;

import fr.sourire.engine.CheckReport;
import fr.sourire.media.MediaItem;
import java.util.List;

/**
 * What the dentist is shown before approving: the checker's findings on every text that will go out, the photos with
 * the image check's findings, the networks' limits not met, and the hash of the exact content they are looking at
 * (sent back with the approval, so a change in between is noticed).
 */
public record ApprovalReview(Post post, String contentHash, List<CheckedText> texts, List<MediaItem> photos,
		List<NetworkRules.Problem> networkProblems) {

	public record CheckedText(String label, String text, CheckReport report) {
	}

	public boolean blocked() {
		return texts.stream().anyMatch(t -> t.report().blocks()) || photos.stream().anyMatch(MediaItem::blocked)
				|| !networkProblems.isEmpty();
	}

	/** A {@code warn} on a text or on a photo needs the dentist's explicit acknowledgement. */
	public boolean hasWarnings() {
		return texts.stream().anyMatch(t -> t.report().findings().stream()
			.anyMatch(f -> f.severity() == fr.sourire.engine.Severity.WARN))
				|| photos.stream().anyMatch(p -> p.findings().stream().anyMatch(f -> "warn".equals(f.severity())));
	}
}
