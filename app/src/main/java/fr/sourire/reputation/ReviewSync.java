package fr.sourire.reputation;

import fr.sourire.audit.AuditJournal;
import fr.sourire.publishing.ConnectionException;
import fr.sourire.publishing.ConnectionStatus;
import fr.sourire.publishing.Connections;
import fr.sourire.publishing.Network;
import fr.sourire.publishing.Secrets;
import fr.sourire.reputation.internal.GoogleReviewsClient;
import fr.sourire.reputation.internal.GoogleReviewsClient.GoogleException;
import fr.sourire.reputation.internal.GoogleReviewsClient.GoogleReview;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Google reviews in: incremental sync (newest update first, stopping at the first review not updated since the last
 * sync), edits detected by updateTime, deletions by NOT_FOUND when Google's count falls below ours, and Google's own
 * average and count kept for reconciliation. Failures are stored in plain French for the page to show. Google is read
 * through the practice's Google Business Profile connection when it has one (publishing renews its token and warns
 * before it expires), else with the location and token entered on the reviews page.
 */
@Service
public class ReviewSync {

	private final JdbcClient jdbc;
	private final Reviews reviews;
	private final ReviewAlerts alerts;
	private final GoogleReviewsClient google;
	private final AuditJournal journal;
	private final Secrets secrets;
	private final Connections connections;
	private final Clock clock;

	ReviewSync(JdbcClient jdbc, Reviews reviews, ReviewAlerts alerts, GoogleReviewsClient google, AuditJournal journal,
			Secrets secrets, Connections connections, Clock clock) {
		this.jdbc = jdbc;
		this.reviews = reviews;
		this.alerts = alerts;
		this.google = google;
		this.journal = journal;
		this.secrets = secrets;
		this.connections = connections;
		this.clock = clock;
	}

	public record SyncResult(int added, int edited, int deleted, String error) {
	}

	/** What the page shows; empty when the practice has neither a Google connection nor saved settings. */
	public Optional<ReviewSource> source(long practiceId) {
		String connected = connections.list(practiceId).stream()
			.filter(c -> c.network() == Network.GOOGLE_BUSINESS && c.connected() && !c.awaitingChoice())
			.map(ConnectionStatus::accountName).findFirst().orElse(null);
		Optional<ReviewSource> saved = jdbc.sql("""
				select practice_id, google_location, google_token, last_sync_at, last_sync_error, average_rating,
				  total_count, alert_email, cooling_off_hours from review_source where practice_id = ?""").param(practiceId)
			.query((rs, n) -> new ReviewSource(rs.getLong(1), rs.getString(2), rs.getString(3) != null && !rs.getString(3).isBlank(),
					rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant(), rs.getString(5),
					rs.getObject(6) == null ? null : ((Number) rs.getObject(6)).doubleValue(),
					(Integer) rs.getObject(7, Integer.class), rs.getString(8), rs.getInt(9), connected))
			.optional();
		if (saved.isEmpty() && connected != null) {
			return Optional.of(new ReviewSource(practiceId, null, false, null, null, null, null, null, 0, connected));
		}
		return saved;
	}

	/** The location and token Google is called with. */
	private record GoogleAccess(String location, String token) {
	}

	/**
	 * The practice's Google Business Profile connection first; a plain-French {@link ConnectionException} when it has
	 * expired and must be redone (never a silent fall-back to an older pasted token).
	 */
	private Optional<GoogleAccess> access(long practiceId) {
		var connected = connections.access(practiceId, Network.GOOGLE_BUSINESS);
		if (connected.isPresent()) {
			return Optional.of(new GoogleAccess(connected.get().accountId(), connected.get().accessToken()));
		}
		return source(practiceId).filter(s -> s.googleLocation() != null && s.hasToken())
			.map(s -> new GoogleAccess(s.googleLocation(), token(practiceId)));
	}

	/** Saves the Google location, the token (kept when left blank), the alert address and the cooling-off delay. */
	public void configure(long practiceId, String googleLocation, String token, String alertEmail, int coolingOffHours,
			String actor) {
		String location = googleLocation == null ? "" : googleLocation.trim();
		if (!location.isEmpty() && !location.matches("accounts/[\\w-]+/locations/[\\w-]+")) {
			throw new ReputationException("La fiche Google s’écrit « accounts/123/locations/456 ».");
		}
		if (coolingOffHours < 0 || coolingOffHours > 168) {
			throw new ReputationException("Le délai de réflexion va de 0 à 168 heures (une semaine).");
		}
		ensureRow(practiceId);
		// The token is sealed at rest like the networks' tokens; a blank field keeps the one already saved.
		String sealed = token == null || token.isBlank() ? "" : secrets.encrypt(token.trim());
		jdbc.sql("""
				update review_source set google_location = ?, alert_email = ?, cooling_off_hours = ?,
				  google_token = case when ? = '' then google_token else ? end where practice_id = ?""")
			.param(location.isEmpty() ? null : location).param(alertEmail == null ? null : alertEmail.trim())
			.param(coolingOffHours).param(sealed).param(sealed)
			.param(practiceId).update();
		journal.record(practiceId, actor, "avis.source", Map.of("fiche", location, "jeton",
				token == null || token.isBlank() ? "inchangé" : "remplacé"));
	}

	private void ensureRow(long practiceId) {
		if (jdbc.sql("select count(*) from review_source where practice_id = ?").param(practiceId).query(Integer.class).single() == 0) {
			jdbc.sql("insert into review_source (practice_id) values (?)").param(practiceId).update();
		}
	}

	/** Practices with a Google connection, or a location and a token (the recurring job syncs each of them). */
	public List<Long> practicesToSync() {
		var practices = new TreeSet<>(connections.practicesConnectedTo(Network.GOOGLE_BUSINESS));
		practices.addAll(jdbc.sql("select practice_id from review_source where google_location is not null and google_token is not null")
			.query(Long.class).list());
		return List.copyOf(practices);
	}

	String token(long practiceId) {
		return jdbc.sql("select google_token from review_source where practice_id = ?").param(practiceId).query(String.class)
			.optional().map(secrets::decrypt).orElse(null);
	}

	public SyncResult sync(long practiceId, String actor) {
		GoogleAccess access;
		try {
			access = access(practiceId).orElseThrow(() -> new ReputationException("Aucune fiche Google n’est reliée à ce cabinet."));
		}
		catch (ConnectionException e) {
			ensureRow(practiceId);
			return failed(practiceId, actor, e.getMessage());
		}
		ensureRow(practiceId);
		Instant started = clock.instant();
		Instant since = source(practiceId).map(ReviewSource::lastSyncAt).orElse(null);
		int added = 0;
		int edited = 0;
		int deleted = 0;
		try {
			String pageToken = null;
			GoogleReviewsClient.Page page;
			boolean older = false;
			Double average = null;
			Integer total = null;
			do {
				page = google.list(access.location(), access.token(), pageToken);
				if (average == null) {
					average = page.averageRating();
					total = page.totalReviewCount();
				}
				for (GoogleReview g : page.reviews()) {
					if (since != null && g.updateTime() != null && g.updateTime().isBefore(since)) {
						older = true;
						break;
					}
					int outcome = upsert(practiceId, g, started);
					added += outcome == 1 ? 1 : 0;
					edited += outcome == 2 ? 1 : 0;
				}
				pageToken = page.nextPageToken();
			}
			while (!older && pageToken != null);
			deleted = reconcile(practiceId, access, total, started);
			jdbc.sql("""
					update review_source set last_sync_at = ?, last_sync_error = null, average_rating = ?, total_count = ?
					where practice_id = ?""").param(Timestamp.from(started)).param(average).param(total).param(practiceId).update();
			journal.record(practiceId, actor, "avis.synchronisation", Map.of("nouveaux", Integer.toString(added),
					"modifiés", Integer.toString(edited), "supprimés", Integer.toString(deleted)));
			return new SyncResult(added, edited, deleted, null);
		}
		catch (GoogleException e) {
			failed(practiceId, actor, e.getMessage());
			return new SyncResult(added, edited, deleted, e.getMessage());
		}
	}

	private SyncResult failed(long practiceId, String actor, String reason) {
		jdbc.sql("update review_source set last_sync_error = ? where practice_id = ?").param(reason).param(practiceId).update();
		journal.record(practiceId, actor, "avis.synchronisation.échec", Map.of("erreur", reason));
		return new SyncResult(0, 0, 0, reason);
	}

	/** 0 unchanged, 1 new, 2 edited. */
	private int upsert(long practiceId, GoogleReview g, Instant now) {
		Optional<Review> known = reviews.findByExternalId(practiceId, "google", g.reviewId());
		Instant created = g.createTime() == null ? now : g.createTime();
		Instant updated = g.updateTime() == null ? created : g.updateTime();
		if (known.isEmpty()) {
			long id = reviews.insertRow(practiceId, new NewReview("google", g.reviewId(), g.displayName(), g.anonymous(),
					g.rating(), g.comment(), created), created, updated, now);
			platformReply(id, g);
			alerts.newReview(reviews.get(practiceId, id));
			return 1;
		}
		Review r = known.get();
		platformReply(r.id(), g);
		if (!updated.isAfter(r.updatedAt())) {
			return 0;
		}
		boolean replied = r.platformReply() != null || jdbc.sql("select count(*) from review_reply where review_id = ? and state = 'posted'")
			.param(r.id()).query(Integer.class).single() > 0;
		jdbc.sql("""
				insert into review_change (practice_id, review_id, seen_at, what, old_rating, old_comment, after_reply)
				values (?, ?, ?, 'edited', ?, ?, ?)""").param(practiceId).param(r.id()).param(Timestamp.from(now))
			.param(r.rating()).param(r.comment()).param(replied).update();
		jdbc.sql("update review set rating = ?, comment = ?, updated_at = ?, captured_at = ?, author_name = ? where id = ?")
			.param(g.rating()).param(Reviews.clip(g.comment(), 10000)).param(Timestamp.from(updated)).param(Timestamp.from(now))
			.param(Reviews.clip(g.displayName(), 300)).param(r.id()).update();
		if (!r.negative() && g.rating() != null && g.rating() <= 3) {
			alerts.newReview(reviews.get(practiceId, r.id()));
		}
		return 2;
	}

	private void platformReply(long reviewId, GoogleReview g) {
		if (g.replyComment() != null) {
			jdbc.sql("update review set platform_reply = ?, platform_reply_at = ? where id = ?")
				.param(Reviews.clip(g.replyComment(), 10000)).param(g.replyTime() == null ? null : Timestamp.from(g.replyTime()))
				.param(reviewId).update();
		}
	}

	/** When Google counts fewer reviews than we hold, ask for each of ours: NOT_FOUND means deleted. */
	private int reconcile(long practiceId, GoogleAccess access, Integer googleTotal, Instant now) {
		List<Review> ours = reviews.list(practiceId, new ReviewFilter(null, false, false, "google", 5000));
		if (googleTotal == null || ours.size() <= googleTotal) {
			return 0;
		}
		int deleted = 0;
		for (Review r : ours) {
			if (!google.exists(access.location(), access.token(), r.externalId())) {
				boolean replied = r.platformReply() != null || jdbc.sql(
						"select count(*) from review_reply where review_id = ? and state = 'posted'").param(r.id())
					.query(Integer.class).single() > 0;
				jdbc.sql("update review set deleted = true, captured_at = captured_at where id = ?").param(r.id()).update();
				jdbc.sql("""
						insert into review_change (practice_id, review_id, seen_at, what, old_rating, old_comment, after_reply)
						values (?, ?, ?, 'deleted', ?, ?, ?)""").param(practiceId).param(r.id()).param(Timestamp.from(now))
					.param(r.rating()).param(r.comment()).param(replied).update();
				deleted++;
			}
		}
		return deleted;
	}

	/** Puts the reply on Google (used by {@link Replies}). */
	void putReply(long practiceId, Review review, String text) {
		GoogleAccess access;
		try {
			access = access(practiceId).orElseThrow(() -> new ReputationException(
					"Aucune fiche Google n’est reliée à ce cabinet : la réponse ne peut pas être publiée."));
		}
		catch (ConnectionException e) {
			throw new ReputationException(e.getMessage());
		}
		google.putReply(access.location(), access.token(), review.externalId(), text);
	}
}
