package fr.sourire.reputation;

import java.time.Instant;
import java.util.List;

/**
 * The practice's reply to one review. {@code verdict} and {@code findingRules} are the checker's result on the
 * current text; the approval is bound to {@code approvedSha256}, the SHA-256 of the exact text the dentist saw.
 * {@code aiMade}: the draft was written by the practice's AI service (and possibly edited since), shown as such.
 */
public record Reply(long id, long reviewId, ReplyState state, String text, String sha256, String verdict,
		List<String> findingRules, String draftedBy, String submittedBy, String approvedBy, String approvedSha256,
		Instant approvedAt, Instant notBefore, Instant postedAt, String lastError, boolean aiMade) {

	public boolean blocked() {
		return "block".equals(verdict);
	}
}
