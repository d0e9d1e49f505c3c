package fr.sourire.posts;

import fr.sourire.engine.CheckReport;
import java.util.List;

/**
 * What the dentist is shown before approving: the checker's findings on every text that will go out, and the hash of
 * the exact content they are looking at (sent back with the approval, so a change in between is noticed).
 */
public record ApprovalReview(Post post, String contentHash, List<CheckedText> texts, List<String> networkProblems) {

	public record CheckedText(String label, String text, CheckReport report) {
	}

	public boolean blocked() {
		return texts.stream().anyMatch(t -> t.report().blocks()) || !networkProblems.isEmpty();
	}

	public boolean hasWarnings() {
		return texts.stream().anyMatch(t -> t.report().findings().stream()
			.anyMatch(f -> f.severity() == fr.sourire.engine.Severity.WARN));
	}
}
