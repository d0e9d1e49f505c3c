package fr.sourire.posts.internal;

import fr.sourire.audit.AuditJournal;
import fr.sourire.media.MediaItem;
import fr.sourire.posts.NetworkRules;
import fr.sourire.posts.Notifications;
import fr.sourire.posts.Post;
import fr.sourire.posts.PostState;
import fr.sourire.posts.PostTarget;
import fr.sourire.posts.TargetStatus;
import fr.sourire.publishing.MediaLinks;
import fr.sourire.publishing.Publication;
import fr.sourire.publishing.PublicationOutcome;
import fr.sourire.publishing.Publisher;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What one job does for one (approved version, target). Exactly once rests on three things: the approval is
 * re-checked at fire time (a changed or withdrawn post never goes out); the network receives an idempotency key
 * derived from (approved version, target), so calling again after a crash returns the first post instead of a second
 * one; and the platform's id is committed in its own transaction as soon as the call returns.
 */
@Component
public class PublishJob {

	static final int MAX_ATTEMPTS = 6;
	/**
	 * How long a photo's signed link stays valid. Meta and Google download it themselves, Instagram while its
	 * containers are polled (at most 11 containers × 40 polls × 3 s ≈ 22 min) and Google while a local post is
	 * PROCESSING; a retry signs new links. Kept to hours: the link is public.
	 */
	static final Duration MEDIA_LINK_VALIDITY = Duration.ofHours(6);

	private static final Logger log = LoggerFactory.getLogger(PublishJob.class);

	private final PostStore store;
	private final Publisher publisher;
	private final PostPhotos photos;
	private final MediaLinks links;
	private final Notifications notifications;
	private final AuditJournal journal;
	private final TransactionTemplate transaction;
	private final Clock clock;
	/** After this, an approved time is stale: the post is not sent late without the dentist knowing. */
	private final Duration approvalGrace;

	PublishJob(PostStore store, Publisher publisher, PostPhotos photos, MediaLinks links, Notifications notifications,
			AuditJournal journal, TransactionTemplate transaction, Clock clock, ApprovalExpiry expiry) {
		this.store = store;
		this.publisher = publisher;
		this.photos = photos;
		this.links = links;
		this.notifications = notifications;
		this.journal = journal;
		this.transaction = transaction;
		this.clock = clock;
		this.approvalGrace = expiry.grace();
	}

	/** What the scheduler should do next with this job: nothing (done) or run it again at a time. */
	public record Next(Instant retryAt) {
		static final Next DONE = new Next(null);
	}

	private record Work(long practiceId, Post post, PostTarget target, Publication publication) {
	}

	public Next run(long targetId) {
		Optional<Work> work = transaction.execute(status -> prepare(targetId));
		if (work.isEmpty()) {
			return Next.DONE;
		}
		Work w = work.get();
		PublicationOutcome outcome = publisher.publish(w.publication());
		return transaction.execute(status -> record(w, outcome));
	}

	private Optional<Work> prepare(long targetId) {
		Optional<Long> practiceId = store.practiceOfTarget(targetId);
		Optional<Long> postId = store.postOfTarget(targetId);
		if (practiceId.isEmpty() || postId.isEmpty()) {
			return Optional.empty();
		}
		Post post = store.get(practiceId.get(), postId.get());
		PostTarget target = post.targets().stream().filter(t -> t.id() == targetId).findFirst().orElseThrow();
		if (target.status().finished()) {
			return Optional.empty();
		}
		if (post.state() != PostState.SCHEDULED || post.approvedHash() == null
				|| !post.approvedHash().equals(photos.contentHash(post))) {
			// Edited or withdrawn after approval and this job escaped cancellation: never send an unapproved version.
			store.targetStatus(targetId, TargetStatus.CANCELLED);
			journal.record(post.practiceId(), AuditJournal.PLATFORM, "publication.annulée",
					Map.of("publication", Long.toString(post.id()), "réseau", target.network().name(),
							"raison", "version non approuvée au moment de l’envoi"));
			return Optional.empty();
		}
		Instant now = Instant.now(clock);
		if (post.scheduledAt() != null && now.isAfter(post.scheduledAt().plus(approvalGrace))) {
			fail(post, target, ApprovalExpiry.REASON,
					"approval expired: scheduled " + post.scheduledAt() + ", now " + now);
			return Optional.empty();
		}
		List<MediaItem> attached = photos.of(post, target);
		if (attached.stream().anyMatch(MediaItem::blocked)) {
			fail(post, target, "Une photo de la publication est bloquée par la vérification des images : corrigez-la dans la photothèque, puis faites approuver de nouveau.",
					"blocked media " + attached.stream().filter(MediaItem::blocked).map(MediaItem::id).toList());
			return Optional.empty();
		}
		var problems = NetworkRules.check(target, post.text(), PostPhotos.forRules(attached));
		if (!problems.isEmpty()) {
			fail(post, target, "La publication ne respecte pas les limites du réseau : corrigez-la dans Sourire.", problems.toString());
			return Optional.empty();
		}
		var media = attached.stream().map(item -> new Publication.PublishableMedia(
				links.publicUrl(post.practiceId(), item.id(), MEDIA_LINK_VALIDITY), item.contentType())).toList();
		var publication = new Publication(post.practiceId(), ContentHash.idempotencyKey(post.approvedHash(), target.network().name()),
				target.network(), target.textFor(post.text()), target.firstComment(), media);
		return Optional.of(new Work(post.practiceId(), post, target, publication));
	}

	private Next record(Work w, PublicationOutcome outcome) {
		Post post = w.post();
		PostTarget target = w.target();
		Instant now = Instant.now(clock);
		if (outcome instanceof PublicationOutcome.Published p) {
				store.targetPublished(target.id(), p.platformId(), p.permalink(), now);
				journal.record(post.practiceId(), AuditJournal.PLATFORM, "publication.publiée",
						Map.of("publication", Long.toString(post.id()), "réseau", target.network().name(),
								"identifiant", p.platformId()));
				settle(post.practiceId(), post.id());
			return Next.DONE;
		}
		if (outcome instanceof PublicationOutcome.Retryable r) {
				int attempt = target.attempts() + 1;
				if (attempt >= MAX_ATTEMPTS) {
					fail(post, target, r.reason() + " (abandon après " + attempt + " essais)", r.raw());
					return Next.DONE;
				}
				Duration backoff = Duration.ofMinutes(1L << Math.min(attempt - 1, 6));
				Duration wait = r.retryAfter() != null && r.retryAfter().compareTo(backoff) > 0 ? r.retryAfter() : backoff;
				Instant next = now.plus(wait);
				store.targetRetrying(target.id(), r.reason(), r.raw(), next);
				journal.record(post.practiceId(), AuditJournal.PLATFORM, "publication.nouvel-essai",
						Map.of("publication", Long.toString(post.id()), "réseau", target.network().name(),
								"raison", r.reason(), "prochain essai", next.toString()));
			return new Next(next);
		}
		var f = (PublicationOutcome.Failed) outcome;
		fail(post, target, f.reason(), f.raw());
		return Next.DONE;
	}

	private void fail(Post post, PostTarget target, String reason, String raw) {
		store.targetFailed(target.id(), reason, raw);
		journal.record(post.practiceId(), AuditJournal.PLATFORM, "publication.échec",
				Map.of("publication", Long.toString(post.id()), "réseau", target.network().name(), "raison", reason));
		log.info("Post {} to {} failed: {}", post.id(), target.network(), reason);
		settle(post.practiceId(), post.id());
	}

	/** When every target is finished, the post's state says how it ended, and the practice is told. */
	private void settle(long practiceId, long postId) {
		Post post = store.lock(practiceId, postId);
		if (post.state() != PostState.SCHEDULED || !post.targets().stream().allMatch(t -> t.status().finished())) {
			return;
		}
		long published = post.targets().stream().filter(t -> t.status() == TargetStatus.PUBLISHED).count();
		long failed = post.targets().stream().filter(t -> t.status() == TargetStatus.FAILED).count();
		PostState end = failed == 0 ? PostState.PUBLISHED : published == 0 ? PostState.FAILED : PostState.PARTIALLY_FAILED;
		store.setState(practiceId, postId, end, Instant.now(clock));
		String link = "/cabinets/" + practiceId + "/publications/" + postId;
		String excerpt = excerpt(post.text());
		if (end == PostState.PUBLISHED) {
			notifications.notify(practiceId, null, "published", "Publication en ligne",
					"Votre publication « " + excerpt + " » est en ligne.", link);
		}
		else {
			var reasons = post.targets().stream().filter(t -> t.status() == TargetStatus.FAILED)
				.map(t -> t.network().name() + " : " + t.reason()).toList();
			notifications.notify(practiceId, null, "failed", "Publication non envoyée",
					"La publication « " + excerpt + " » n’a pas pu partir partout. " + String.join(" ; ", reasons), link);
		}
	}

	static String excerpt(String text) {
		String oneLine = text.replaceAll("\\s+", " ").strip();
		return oneLine.length() <= 60 ? oneLine : oneLine.substring(0, 57) + "…";
	}
}
