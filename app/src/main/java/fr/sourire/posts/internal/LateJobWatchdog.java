package fr.sourire.posts.internal;

import fr.sourire.audit.AuditJournal;
import fr.sourire.posts.Notifications;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Posts must never sit silently in a queue: a post still waiting {@link #GRACE} after its time (scheduler stopped,
 * job lost) is flagged once, shown as late on its page and the calendar, and the practice is told.
 */
@Component
public class LateJobWatchdog {

	static final Duration GRACE = Duration.ofMinutes(10);

	private final PostStore store;
	private final Notifications notifications;
	private final AuditJournal journal;
	private final Clock clock;

	LateJobWatchdog(PostStore store, Notifications notifications, AuditJournal journal, Clock clock) {
		this.store = store;
		this.notifications = notifications;
		this.journal = journal;
		this.clock = clock;
	}

	/** @return how many posts were newly flagged */
	@Transactional
	public int check() {
		var late = store.lateTargets(Instant.now(clock).minus(GRACE));
		for (long[] row : late) {
			long practiceId = row[0];
			long postId = row[1];
			store.setLate(postId);
			journal.record(practiceId, AuditJournal.PLATFORM, "publication.en-retard", Map.of("publication", Long.toString(postId)));
			notifications.notify(practiceId, null, "late", "Publication en retard",
					"Une publication programmée n’est pas encore partie, plus de 10 minutes après l’heure prévue. Sourire continue d’essayer ; vérifiez son état.",
					"/cabinets/" + practiceId + "/publications/" + postId);
		}
		return late.size();
	}
}
