package fr.sourire.reputation;

import java.time.Instant;
import java.util.List;

/**
 * A CSV import processed in the background: {@code position} data lines of {@code total} are done (committed chunk
 * by chunk), {@code rejected} lists the first refused lines in plain French. {@code state}: running, done or failed.
 */
public record ImportJob(long id, long practiceId, String state, int total, int position, int added, int skipped,
		int rejectedCount, List<String> rejected, String error, String createdBy, Instant createdAt, Instant updatedAt) {

	public boolean running() {
		return "running".equals(state);
	}

	public int percent() {
		return total == 0 ? 100 : (int) (100L * position / total);
	}
}
