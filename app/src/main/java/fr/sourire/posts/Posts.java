package fr.sourire.posts;

import fr.sourire.audit.AuditJournal;
import fr.sourire.compliance.TextChecker;
import fr.sourire.compliance.TextToCheck;
import fr.sourire.engine.Channel;
import fr.sourire.engine.Finding;
import fr.sourire.engine.Kind;

import fr.sourire.media.MediaChanged;
import fr.sourire.media.MediaItem;
import fr.sourire.posts.internal.PostPhotos;
import fr.sourire.posts.internal.PostStore;
import fr.sourire.posts.internal.PublicationJobs;
import fr.sourire.practices.RoleRequiredException;
import fr.sourire.practices.Role;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The posts' state machine, enforced here whatever the entry point (page, API): the assistant prepares and submits,
 * only a dentist approves or asks for changes, an approval is bound to the SHA-256 of the exact content and any change
 * voids it (a photo re-masked or deleted in the library too, be it the post's or one network's own), a {@code block}
 * finding on a text or a photo makes approval impossible and a {@code warn} needs an acknowledgement.
 */
@Service
public class Posts {

	private static final Set<Role> WRITERS = EnumSet.of(Role.ASSISTANT, Role.DENTIST, Role.ADMIN);

	private final PostStore store;
	private final PublicationJobs jobs;
	private final PostPhotos photos;
	private final TextChecker checker;
	private final AuditJournal journal;
	private final Notifications notifications;
	private final Clock clock;

	Posts(PostStore store, PublicationJobs jobs, PostPhotos photos, TextChecker checker, AuditJournal journal,
			Notifications notifications, Clock clock) {
		this.store = store;
		this.jobs = jobs;
		this.photos = photos;
		this.checker = checker;
		this.journal = journal;
		this.notifications = notifications;
		this.clock = clock;
	}

	public List<Post> list(long practiceId) {
		return store.list(practiceId);
	}

	/** Posts (not withdrawn) whose time is in [from, to). */
	public List<Post> between(long practiceId, Instant from, Instant to) {
		return store.between(practiceId, from, to);
	}

	/** @throws PostNotFoundException also for another practice's post */
	public Post get(long practiceId, long postId) {
		return store.get(practiceId, postId);
	}

	/** The practice's publication record, one row per post and network, oldest first. */
	public List<RecordRow> record(long practiceId) {
		var all = new ArrayList<>(store.list(practiceId));
		java.util.Collections.reverse(all);
		return RecordRow.of(all);
	}

	/** The SHA-256 of the post's current content, its photos' bytes included (what an approval binds). */
	public String contentHash(Post post) {
		return photos.contentHash(post);
	}

	/** The post's own photos, in order, with the image check's verdict and findings. */
	public List<MediaItem> photos(Post post) {
		return photos.of(post);
	}

	@Transactional
	public Post create(long practiceId, Actor actor, PostDraft draft) {
		require(actor, WRITERS);
		validateDraft(practiceId, draft);
		long id = store.insert(practiceId, draft, actor.name(), now());
		journal.record(practiceId, actor.name(), "publication.créée", Map.of("publication", Long.toString(id),
				"réseaux", networks(draft), "photos", mediaIds(draft), "photos par réseau", ownMediaIds(draft)));
		return store.get(practiceId, id);
	}

	/** Changes content, targets or time. A change to an approved post voids the approval and cancels its jobs. */
	@Transactional
	public Post edit(long practiceId, long postId, Actor actor, PostDraft draft) {
		require(actor, WRITERS);
		Post post = store.lock(practiceId, postId);
		if (!post.state().editable()) {
			throw new PostRuleViolation("posts.error.notEditable");
		}
		validateDraft(practiceId, draft);
		boolean wasApproved = post.state() == PostState.SCHEDULED;
		if (wasApproved) {
			jobs.cancel(post, store);
			store.voidApproval(practiceId, postId);
		}
		store.updateContent(practiceId, postId, draft, now());
		store.setState(practiceId, postId, PostState.DRAFT, now());
		journal.record(practiceId, actor.name(), "publication.modifiée", Map.of("publication", Long.toString(postId),
				"photos", mediaIds(draft), "photos par réseau", ownMediaIds(draft),
				"approbation annulée", Boolean.toString(wasApproved)));
		return store.get(practiceId, postId);
	}

	/** Moves the post in time. For an approved post this is a change too: approval voided, back to the dentist. */
	@Transactional
	public Post reschedule(long practiceId, long postId, Actor actor, Instant scheduledAt) {
		require(actor, WRITERS);
		Post post = store.lock(practiceId, postId);
		if (!post.state().editable()) {
			throw new PostRuleViolation("posts.error.notEditable");
		}
		requireFuture(scheduledAt);
		boolean wasApproved = post.state() == PostState.SCHEDULED;
		// An expired approval is void already; the new time goes back to the dentist like a moved approved post.
		if (wasApproved || post.state() == PostState.APPROVAL_EXPIRED) {
			backToTheDentist(post);
		}
		store.updateTime(practiceId, postId, scheduledAt, now());
		journal.record(practiceId, actor.name(), "publication.reprogrammée", Map.of("publication", Long.toString(postId),
				"heure", scheduledAt.toString(), "approbation annulée", Boolean.toString(wasApproved)));
		return store.get(practiceId, postId);
	}

	@Transactional
	public Post submit(long practiceId, long postId, Actor actor) {
		return submit(practiceId, postId, actor, true);
	}

	/** {@code notify} false: a series submits its occurrences and tells the dentist once. */
	@Transactional
	Post submit(long practiceId, long postId, Actor actor, boolean notify) {
		require(actor, WRITERS);
		Post post = store.lock(practiceId, postId);
		if (post.state() != PostState.DRAFT && post.state() != PostState.CHANGES_REQUESTED) {
			throw new PostRuleViolation("posts.error.wrongState");
		}
		if (post.scheduledAt() == null) {
			throw new PostRuleViolation("posts.error.noTime");
		}
		requireFuture(post.scheduledAt());
		requireNetworkRules(post);
		store.setState(practiceId, postId, PostState.SUBMITTED, now());
		journal.record(practiceId, actor.name(), "publication.soumise", Map.of("publication", Long.toString(postId),
				"empreinte", photos.contentHash(post)));
		if (notify) {
			askForApproval(practiceId, postId, post.text());
		}
		return store.get(practiceId, postId);
	}

	/**
	 * Everything the dentist must see before approving: the checker's findings on each text that will go out, and the
	 * photos with the image check's findings.
	 */
	public ApprovalReview review(long practiceId, long postId, Role readerRole) {
		Post post = store.get(practiceId, postId);
		List<MediaItem> attached = photos.sent(post);
		var texts = new LinkedHashMap<String, String>();
		texts.put("post", post.text());
		for (PostTarget t : post.targets()) {
			if (t.variantText() != null) {
				texts.put(t.network().name(), t.variantText());
			}
			if (t.firstComment() != null) {
				texts.put(t.network().name() + ".comment", t.firstComment());
			}
		}
		var checked = new ArrayList<ApprovalReview.CheckedText>();
		texts.forEach((label, text) -> checked.add(new ApprovalReview.CheckedText(label, text,
				checker.check(practiceId, readerRole, new TextToCheck(text, Kind.POST, Channel.PRACTICE_SOCIAL, post.category(), null)))));
		var problems = post.targets().stream()
			.flatMap(t -> NetworkRules.check(t, post.text(), PostPhotos.forRules(photos.of(post, t))).stream()).toList();
		return new ApprovalReview(post, photos.contentHash(post), checked, attached, problems);
	}

	/**
	 * Approves exactly the version whose hash the dentist saw, and schedules one job per target at the post's time.
	 *
	 * @param seenHash the hash shown with the findings; a different current hash means the post changed meanwhile
	 */
	@Transactional
	public Post approve(long practiceId, long postId, Actor dentist, String seenHash, boolean warningsAcknowledged) {
		return approve(practiceId, postId, dentist, seenHash, warningsAcknowledged, true);
	}

	/** {@code notify} false: a series approves its occurrences and tells the assistant once. */
	@Transactional
	Post approve(long practiceId, long postId, Actor dentist, String seenHash, boolean warningsAcknowledged, boolean notify) {
		require(dentist, EnumSet.of(Role.DENTIST));
		Post post = store.lock(practiceId, postId);
		if (post.state() != PostState.SUBMITTED) {
			throw new PostRuleViolation("posts.error.wrongState");
		}
		String hash = photos.contentHash(post);
		if (!hash.equals(seenHash)) {
			throw new PostRuleViolation("posts.error.changedSinceShown");
		}
		if (post.scheduledAt() == null || !post.scheduledAt().isAfter(now())) {
			throw new PostRuleViolation("posts.error.timePassed");
		}
		requireNetworkRules(post);
		ApprovalReview review = review(practiceId, postId, Role.DENTIST);
		if (review.blocked()) {
			throw new PostRuleViolation("posts.error.blocked");
		}
		if (review.hasWarnings() && !warningsAcknowledged) {
			throw new PostRuleViolation("posts.error.acknowledge");
		}
		String findings = Stream.concat(
				review.texts().stream().flatMap(t -> t.report().findings().stream().map(f -> t.label() + ":" + describe(f))),
				review.photos().stream().flatMap(p -> p.findings().stream()
					.map(f -> "photo " + p.id() + " (" + p.fileName() + "):" + f.rule() + "/" + f.severity())))
			.collect(Collectors.joining("; "));
		store.approve(practiceId, postId, hash, dentist.name(), now(), findings, review.hasWarnings() && warningsAcknowledged);
		Post approved = store.get(practiceId, postId);
		jobs.schedule(approved, store);
		journal.record(practiceId, dentist.name(), "publication.approuvée", Map.of("publication", Long.toString(postId),
				"empreinte", hash, "constats", findings.isEmpty() ? "aucun" : findings,
				"avertissements acceptés", Boolean.toString(approved.warningsAcknowledged()),
				"heure", post.scheduledAt().toString()));
		if (notify) {
			notifications.notify(practiceId, Role.ASSISTANT, "approved", "Publication approuvée",
					"La publication « " + excerpt(post.text()) + " » a été approuvée par " + dentist.name() + ".", link(practiceId, postId));
		}
		return store.get(practiceId, postId);
	}

	@Transactional
	public Post requestChanges(long practiceId, long postId, Actor dentist, String comment) {
		require(dentist, EnumSet.of(Role.DENTIST));
		if (comment == null || comment.isBlank()) {
			throw new PostRuleViolation("posts.error.commentRequired");
		}
		Post post = store.lock(practiceId, postId);
		if (post.state() != PostState.SUBMITTED) {
			throw new PostRuleViolation("posts.error.wrongState");
		}
		store.setChangeRequest(practiceId, postId, comment.strip());
		store.setState(practiceId, postId, PostState.CHANGES_REQUESTED, now());
		journal.record(practiceId, dentist.name(), "publication.modifications-demandées",
				Map.of("publication", Long.toString(postId), "commentaire", comment.strip()));
		notifications.notify(practiceId, Role.ASSISTANT, "changes_requested", "Modifications demandées",
				dentist.name() + " demande des modifications sur « " + excerpt(post.text()) + " » : " + comment.strip(),
				link(practiceId, postId));
		return store.get(practiceId, postId);
	}

	/** Withdraws a post that has not gone out yet; its jobs are cancelled in the same transaction. */
	@Transactional
	public Post withdraw(long practiceId, long postId, Actor actor) {
		require(actor, WRITERS);
		Post post = store.lock(practiceId, postId);
		if (!post.state().editable()) {
			throw new PostRuleViolation("posts.error.notEditable");
		}
		jobs.cancel(post, store);
		store.setState(practiceId, postId, PostState.WITHDRAWN, now());
		journal.record(practiceId, actor.name(), "publication.retirée", Map.of("publication", Long.toString(postId)));
		return store.get(practiceId, postId);
	}

	/**
	 * A photo of the library was re-masked or deleted: the approvals that covered its old bytes are void, as after an
	 * edit. Runs in the media change's transaction, so both commit together.
	 */
	@EventListener
	@Transactional
	void photoChanged(MediaChanged change) {
		for (long postId : store.postsWithMedia(change.practiceId(), change.mediaId(), List.of(PostState.SCHEDULED))) {
			backToTheDentist(store.lock(change.practiceId(), postId));
			journal.record(change.practiceId(), change.actor(), "publication.approbation-annulée",
					Map.of("publication", Long.toString(postId), "raison", "photo " + change.mediaId() + " modifiée dans la photothèque"));
		}
	}

	/** Voids an approval: jobs cancelled, back to the dentist for a new approval. */
	private void backToTheDentist(Post post) {
		jobs.cancel(post, store);
		store.voidApproval(post.practiceId(), post.id());
		store.setState(post.practiceId(), post.id(), PostState.SUBMITTED, now());
		post.targets().forEach(t -> store.targetStatus(t.id(), TargetStatus.PENDING));
		askForApproval(post.practiceId(), post.id(), post.text());
	}

	private void askForApproval(long practiceId, long postId, String text) {
		notifications.notify(practiceId, Role.DENTIST, "approval_requested", "Publication à approuver",
				"Une publication attend votre approbation : « " + excerpt(text) + " ».", link(practiceId, postId));
	}

	private void validateDraft(long practiceId, PostDraft draft) {
		if (draft.text().isBlank()) {
			throw new PostRuleViolation("posts.error.emptyText");
		}
		if (draft.targets().isEmpty()) {
			throw new PostRuleViolation("posts.error.noTarget");
		}
		if (draft.targets().stream().map(PostDraft.TargetDraft::network).distinct().count() != draft.targets().size()) {
			throw new PostRuleViolation("posts.error.duplicateTarget");
		}
		if (draft.text().length() > 5000) {
			throw new PostRuleViolation("posts.error.tooLong", 5000);
		}
		photos.requireAttachable(practiceId, draft);
	}

	private void requireNetworkRules(Post post) {
		for (PostTarget t : post.targets()) {
			var problems = NetworkRules.check(t, post.text(), PostPhotos.forRules(photos.of(post, t)));
			if (!problems.isEmpty()) {
				var p = problems.get(0);
				throw new PostRuleViolation(p.key(), p.args().toArray());
			}
		}
	}

	private void requireFuture(Instant at) {
		if (at == null || !at.isAfter(now())) {
			throw new PostRuleViolation("posts.error.timePassed");
		}
	}

	private static void require(Actor actor, Set<Role> roles) {
		if (!roles.contains(actor.role())) {
			throw new RoleRequiredException();
		}
	}

	private static String describe(Finding f) {
		return f.ruleId() + "/" + f.severity().id() + " « " + f.excerpt() + " »";
	}

	private static String networks(PostDraft draft) {
		return draft.targets().stream().map(t -> t.network().name()).collect(Collectors.joining(","));
	}

	private static String mediaIds(PostDraft draft) {
		return ids(draft.mediaIds());
	}

	/** "INSTAGRAM=3,1 GOOGLE_BUSINESS=" for the networks with photos of their own, "aucune" if none has. */
	private static String ownMediaIds(PostDraft draft) {
		String own = draft.targets().stream().filter(t -> t.mediaIds() != null)
			.map(t -> t.network().name() + "=" + ids(t.mediaIds())).collect(Collectors.joining(" "));
		return own.isEmpty() ? "aucune" : own;
	}

	private static String ids(List<Long> mediaIds) {
		return mediaIds.stream().map(String::valueOf).collect(Collectors.joining(","));
	}

	static String excerpt(String text) {
		String oneLine = text.replaceAll("\\s+", " ").strip();
		return oneLine.length() <= 60 ? oneLine : oneLine.substring(0, 57) + "…";
	}

	private static String link(long practiceId, long postId) {
		return "/cabinets/" + practiceId + "/publications/" + postId;
	}

	private Instant now() {
		return Instant.now(clock);
	}

}
