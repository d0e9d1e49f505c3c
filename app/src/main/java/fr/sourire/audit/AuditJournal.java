package fr.sourire.audit;

import fr.sourire.audit.internal.AuditLedger;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * The module's API: record an event, read a practice's recent entries, verify the chains. Recording joins the
 * caller's transaction, so an action and its journal entry are saved or rolled back together.
 */
@Service
public class AuditJournal {

	/** Chain of account-level events, which belong to no practice. */
	public static final String PLATFORM = "plateforme";

	private final AuditLedger ledger;

	AuditJournal(AuditLedger ledger) {
		this.ledger = ledger;
	}

	/**
	 * @param practiceId the practice concerned, or null for an account-level event
	 * @param actor      who did it (the user's e-mail, or "système")
	 * @param action     a stable, dotted code such as {@code practice.updated}
	 * @param details    short facts worth keeping (never secrets)
	 */
	public void record(Long practiceId, String actor, String action, Map<String, String> details) {
		ledger.append(practiceId, actor, action, details);
	}

	public List<AuditEntry> recent(long practiceId, int limit) {
		return ledger.recent(practiceId, limit);
	}

	/** Verifies every chain in the database. */
	public AuditVerification verifyAll() {
		return ledger.verify(null);
	}

	/** Verifies one practice's chain (what its administrator may see). */
	public AuditVerification verify(long practiceId) {
		return ledger.verify(practiceId);
	}
}
