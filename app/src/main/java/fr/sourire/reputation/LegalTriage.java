package fr.sourire.reputation;

import fr.sourire.engine.CheckReport;
import java.time.LocalDate;
import java.util.List;

/**
 * The checker's LAW.* findings on a review and what the practice may lawfully do about it (rulebook section 5).
 * {@code pressLawDeadline} is the last day to act under the press law (three months after first publication).
 */
public record LegalTriage(CheckReport report, List<String> lawRules, LocalDate pressLawDeadline) {

	public boolean flagged() {
		return !lawRules.isEmpty();
	}
}
