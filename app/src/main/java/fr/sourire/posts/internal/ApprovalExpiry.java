package fr.sourire.posts.internal;

import fr.sourire.audit.AuditJournal;
import fr.sourire.posts.Notifications;
import fr.sourire.posts.Post;
import fr.sourire.posts.PostState;
import fr.sourire.posts.PostTarget;
import fr.sourire.posts.TargetStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An approval is for a time: once that time has passed by more than the grace ({@code sourire.posts.approval-grace})
 * without the post going out (scheduler stopped, network refusing for hours), the approval expires. The post goes to
 * « approbation expirée » (or, if some networks did publish it, the others are marked failed), its waiting jobs are
 * cancelled, the journal records it and the practice is told: it needs a new time and a new approval.
 */
@Component
public class ApprovalExpiry {

	static final String REASON = "L’heure prévue est passée depuis trop longtemps : l’approbation a expiré. "
			+ "Reprogrammez la publication et faites-la approuver de nouveau.";

	private final PostStore store;
	private final PublicationJobs jobs;
	private final Notifications notifications;
	private final AuditJournal journal;
	private final Clock clock;
	private final Duration grace;

	ApprovalExpiry(PostStore store, PublicationJobs jobs, Notifications notifications, AuditJournal journal, Clock clock,
			@Value("${sourire.posts.approval-grace:PT2H}") Duration grace) {
		this.store = store;
		this.jobs = jobs;
		this.notifications = notifications;
		this.journal = journal;
		this.clock = clock;
		this.grace = grace;
	}

	/** @return how many approvals expired */
	@Transactional
	public int expire() {
		Instant now = Instant.now(clock);
		int expired = 0;
		for (long[] row : store.overdueApprovals(now.minus(grace))) {
			Post post = store.lock(row[0], row[1]);
			// A job being sent right now finishes first (its answer must be recorded); the next round decides.
			if (post.state() != PostState.SCHEDULED || jobs.running(post)) {
				continue;
			}
			jobs.cancel(post, store);
			boolean partly = post.targets().stream().anyMatch(t -> t.status() == TargetStatus.PUBLISHED);
			if (partly) {
				for (PostTarget t : post.targets()) {
					if (!t.status().finished()) {
						store.targetFailed(t.id(), REASON, "approval expired: scheduled " + post.scheduledAt() + ", now " + now);
					}
				}
				store.setState(post.practiceId(), post.id(), PostState.PARTIALLY_FAILED, now);
			}
			else {
				store.voidApproval(post.practiceId(), post.id());
				store.setState(post.practiceId(), post.id(), PostState.APPROVAL_EXPIRED, now);
			}
			journal.record(post.practiceId(), AuditJournal.PLATFORM, "publication.approbation-expirée",
					Map.of("publication", Long.toString(post.id()), "heure prévue", post.scheduledAt().toString(),
							"délai", grace.toString()));
			notifications.notify(post.practiceId(), null, "approval_expired", "Approbation expirée",
					"La publication « " + PublishJob.excerpt(post.text()) + " » n’est pas partie à l’heure prévue et son "
							+ "approbation a expiré. Choisissez une nouvelle date : elle repartira en approbation.",
					"/cabinets/" + post.practiceId() + "/publications/" + post.id());
			expired++;
		}
		return expired;
	}

	/** The same limit the publication job applies at fire time. */
	Duration grace() {
		return grace;
	}
}
