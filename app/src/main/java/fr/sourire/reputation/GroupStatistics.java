package fr.sourire.reputation;

import fr.sourire.reputation.SuspicionSweep.LastScan;
import fr.sourire.reputation.SuspicionSweep.StoredSuspicion;
import java.util.List;

/**
 * The review figures of every practice a user belongs to, one row each, and of all of them together: the group's
 * totals are computed on the reviews themselves (a weighted average, a true median), not averaged from the rows;
 * {@code suspects} are the most suspicious reviews of these practices at the last nightly scan.
 */
public record GroupStatistics(List<PracticeRow> practices, ReviewStatistics total, List<StoredSuspicion> suspects) {

	/** One practice's figures and what the last nightly suspicion scan found there (null: not scanned yet). */
	public record PracticeRow(long practiceId, String practiceName, ReviewStatistics statistics, LastScan lastScan) {
	}
}
