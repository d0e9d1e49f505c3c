package fr.sourire.posts;

import fr.sourire.audit.AuditJournal;
import fr.sourire.posts.internal.SeriesStore;
import fr.sourire.practices.Role;
import fr.sourire.practices.RoleRequiredException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recurring posts. A series is a rule ({@link Recurrence}); each occurrence is an ordinary post with its own time,
 * content hash, jobs and idempotency keys, created up front. The dentist approves the series once: the
 * {@link #seriesHash series hash} binds the exact content and time of every occurrence awaiting approval, and approving
 * it approves each of them as {@link Posts#approve} would (same checks). Editing the series edits its future,
 * not yet published occurrences only, which voids their approvals; what went out stays as it was.
 */
@Service
public class PostSeries {

	/**
	 * A series with its occurrences in time order, and those that wait for the dentist and can still be approved (their
	 * time is ahead: one whose date passed while waiting does not block the others).
	 */
	public record Series(long id, Recurrence recurrence, String createdBy, Instant createdAt, List<Post> occurrences,
			List<Post> awaitingApproval) {

		public Series {
			occurrences = List.copyOf(occurrences);
			awaitingApproval = List.copyOf(awaitingApproval);
		}
	}

	private final SeriesStore store;
	private final Posts posts;
	private final AuditJournal journal;
	private final Notifications notifications;
	private final Clock clock;

	PostSeries(SeriesStore store, Posts posts, AuditJournal journal, Notifications notifications, Clock clock) {
		this.store = store;
		this.posts = posts;
		this.journal = journal;
		this.notifications = notifications;
		this.clock = clock;
	}

	public List<Series> list(long practiceId) {
		return store.list(practiceId).stream().map(row -> series(practiceId, row)).toList();
	}

	/** @throws PostNotFoundException also for another practice's series */
	public Series get(long practiceId, long seriesId) {
		return series(practiceId, store.find(practiceId, seriesId).orElseThrow(() -> new PostNotFoundException(seriesId)));
	}

	public Optional<Long> seriesOf(long practiceId, long postId) {
		return store.seriesOf(practiceId, postId);
	}

	/** Creates the series and all its occurrences as drafts; the draft's own time is ignored (the rule gives them). */
	@Transactional
	public Series create(long practiceId, Actor actor, PostDraft content, Recurrence rule) {
		List<Instant> times = rule.instants();
		if (!times.get(0).isAfter(Instant.now(clock))) {
			throw new PostRuleViolation("posts.error.timePassed");
		}
		long seriesId = store.insert(practiceId, rule, actor.name(), Instant.now(clock));
		for (Instant at : times) {
			Post post = posts.create(practiceId, actor, at(content, at));
			store.attach(practiceId, post.id(), seriesId);
		}
		journal.record(practiceId, actor.name(), "série.créée", Map.of("série", Long.toString(seriesId),
				"règle", rule.frequency().name(), "occurrences", Integer.toString(times.size()),
				"première", times.get(0).toString()));
		return get(practiceId, seriesId);
	}

	/** Sends every future draft of the series to the dentist, with one notification for the series. */
	@Transactional
	public Series submit(long practiceId, long seriesId, Actor actor) {
		Series series = get(practiceId, seriesId);
		var drafts = future(series, p -> p.state() == PostState.DRAFT || p.state() == PostState.CHANGES_REQUESTED);
		if (drafts.isEmpty()) {
			throw new PostRuleViolation("posts.error.wrongState");
		}
		drafts.forEach(p -> posts.submit(practiceId, p.id(), actor, false));
		journal.record(practiceId, actor.name(), "série.soumise", Map.of("série", Long.toString(seriesId),
				"occurrences", Integer.toString(drafts.size())));
		notifications.notify(practiceId, Role.DENTIST, "approval_requested", "Série à approuver",
				"Une série de " + drafts.size() + " publications attend votre approbation : « "
						+ Posts.excerpt(drafts.get(0).text()) + " ».", link(practiceId, seriesId));
		return get(practiceId, seriesId);
	}

	/** The SHA-256 of the content hashes (each with its time) of the occurrences awaiting approval, in time order. */
	public String seriesHash(Series series) {
		var out = new StringBuilder("sourire-series-v1");
		series.awaitingApproval().forEach(p -> out.append('|').append(posts.contentHash(p)));
		return sha256(out.toString());
	}

	/**
	 * Approves, in one go, every occurrence awaiting approval, if they are still exactly what the dentist saw.
	 *
	 * @param seenHash the {@link #seriesHash} shown with the findings
	 */
	@Transactional
	public Series approve(long practiceId, long seriesId, Actor dentist, String seenHash, boolean warningsAcknowledged) {
		if (dentist.role() != Role.DENTIST) {
			throw new RoleRequiredException();
		}
		Series series = get(practiceId, seriesId);
		var pending = series.awaitingApproval();
		if (pending.isEmpty()) {
			throw new PostRuleViolation("posts.error.wrongState");
		}
		String hash = seriesHash(series);
		if (!hash.equals(seenHash)) {
			throw new PostRuleViolation("posts.error.changedSinceShown");
		}
		pending.forEach(p -> posts.approve(practiceId, p.id(), dentist, posts.contentHash(p), warningsAcknowledged, false));
		journal.record(practiceId, dentist.name(), "série.approuvée", Map.of("série", Long.toString(seriesId),
				"empreinte", hash, "occurrences", Integer.toString(pending.size())));
		notifications.notify(practiceId, Role.ASSISTANT, "approved", "Série approuvée",
				"La série « " + Posts.excerpt(pending.get(0).text()) + " » (" + pending.size()
						+ " publications) a été approuvée par " + dentist.name() + ".", link(practiceId, seriesId));
		return get(practiceId, seriesId);
	}

	/**
	 * New content for the future occurrences still editable; each keeps its time. Approved ones lose their approval
	 * (and their jobs) like any edited post; published ones are left as they went out.
	 */
	@Transactional
	public Series edit(long practiceId, long seriesId, Actor actor, PostDraft content) {
		Series series = get(practiceId, seriesId);
		var editable = future(series, p -> p.state().editable());
		if (editable.isEmpty()) {
			throw new PostRuleViolation("posts.error.notEditable");
		}
		long voided = editable.stream().filter(p -> p.state() == PostState.SCHEDULED).count();
		editable.forEach(p -> posts.edit(practiceId, p.id(), actor, at(content, p.scheduledAt())));
		journal.record(practiceId, actor.name(), "série.modifiée", Map.of("série", Long.toString(seriesId),
				"occurrences modifiées", Integer.toString(editable.size()), "approbations annulées", Long.toString(voided)));
		return get(practiceId, seriesId);
	}

	/** Withdraws the future occurrences that have not gone out. */
	@Transactional
	public Series withdraw(long practiceId, long seriesId, Actor actor) {
		Series series = get(practiceId, seriesId);
		var editable = future(series, p -> p.state().editable());
		editable.forEach(p -> posts.withdraw(practiceId, p.id(), actor));
		journal.record(practiceId, actor.name(), "série.retirée", Map.of("série", Long.toString(seriesId),
				"occurrences retirées", Integer.toString(editable.size())));
		return get(practiceId, seriesId);
	}

	private List<Post> future(Series series, Predicate<Post> filter) {
		Instant now = Instant.now(clock);
		return series.occurrences().stream().filter(p -> p.scheduledAt() != null && p.scheduledAt().isAfter(now))
			.filter(filter).toList();
	}

	private Series series(long practiceId, SeriesStore.Row row) {
		var occurrences = store.occurrences(practiceId, row.id()).stream().map(id -> posts.get(practiceId, id)).toList();
		Instant now = Instant.now(clock);
		var awaiting = occurrences.stream().filter(p -> p.state() == PostState.SUBMITTED && p.scheduledAt().isAfter(now))
			.toList();
		return new Series(row.id(), row.recurrence(), row.createdBy(), row.createdAt(), occurrences, awaiting);
	}

	private static PostDraft at(PostDraft content, Instant time) {
		return new PostDraft(content.category(), content.text(), time, content.targets());
	}

	private static String link(long practiceId, long seriesId) {
		return "/cabinets/" + practiceId + "/publications/series/" + seriesId;
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
