package fr.sourire.audit;

import java.time.Instant;
import java.util.Map;

/**
 * One line of the journal. {@code practiceId} is null for account-level events (e.g. a personal access token created).
 */
public record AuditEntry(long seq, Long practiceId, Instant occurredAt, String actor, String action,
                         Map<String, String> details) {
}
