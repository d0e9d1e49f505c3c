package fr.sourire.reputation;

import fr.sourire.audit.AuditJournal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The practice's reviews: reading them, entering them by hand, and the changes seen on them. */
@Service
public class Reviews {

	static final String COLUMNS = """
			id, practice_id, source, external_id, author_name, anonymous, rating, comment, created_at, updated_at,
			deleted, captured_at, platform_reply, platform_reply_at""";

	private final JdbcClient jdbc;
	private final AuditJournal journal;
	private final Clock clock;
	private final ReviewAlerts events;

	Reviews(JdbcClient jdbc, AuditJournal journal, Clock clock, ReviewAlerts events) {
		this.jdbc = jdbc;
		this.journal = journal;
		this.clock = clock;
		this.events = events;
	}

	public List<Review> list(long practiceId, ReviewFilter filter) {
		var sql = new StringBuilder("select " + COLUMNS + " from review r where practice_id = :p and deleted = false");
		var params = new java.util.HashMap<String, Object>(Map.of("p", practiceId));
		if (filter.rating() != null) {
			sql.append(" and rating = :rating");
			params.put("rating", filter.rating());
		}
		if (filter.negativeOnly()) {
			sql.append(" and rating <= 3");
		}
		if (filter.source() != null && !filter.source().isBlank()) {
			sql.append(" and source = :source");
			params.put("source", filter.source());
		}
		if (filter.unanswered()) {
			sql.append(" and platform_reply is null and not exists (select 1 from review_reply x where x.review_id = r.id"
					+ " and x.state in ('posted', 'declined'))");
		}
		sql.append(" order by created_at desc, id desc limit :limit");
		params.put("limit", Math.max(1, Math.min(filter.limit(), 5000)));
		return jdbc.sql(sql.toString()).params(params).query(Reviews::map).list();
	}

	/** Every review of the practice, deleted ones included, oldest first (statistics and the suspicion scan). */
	public List<Review> history(long practiceId) {
		return jdbc.sql("select " + COLUMNS + " from review where practice_id = ? order by created_at, id")
			.param(practiceId).query(Reviews::map).list();
	}

	public Optional<Review> find(long practiceId, long reviewId) {
		return jdbc.sql("select " + COLUMNS + " from review where id = ? and practice_id = ?").param(reviewId)
			.param(practiceId).query(Reviews::map).optional();
	}

	/** @throws ReviewNotFoundException when the review is not this practice's */
	public Review get(long practiceId, long reviewId) {
		return find(practiceId, reviewId).orElseThrow(ReviewNotFoundException::new);
	}

	public Optional<Review> findByExternalId(long practiceId, String source, String externalId) {
		return jdbc.sql("select " + COLUMNS + " from review where practice_id = ? and source = ? and external_id = ?")
			.param(practiceId).param(source).param(externalId).query(Reviews::map).optional();
	}

	/** Enters a review seen on another site. */
	@Transactional
	public Review addManual(long practiceId, NewReview review, String actor) {
		if (review.authorName() == null || review.authorName().isBlank()) {
			throw new ReputationException("Indiquez le nom affiché de l’auteur de l’avis (ou « Anonyme »).");
		}
		if (review.rating() != null && (review.rating() < 1 || review.rating() > 5)) {
			throw new ReputationException("La note doit être comprise entre 1 et 5 étoiles.");
		}
		String externalId = review.externalId() == null || review.externalId().isBlank()
				? "manuel-" + sha256(review.authorName() + "|" + review.createdAt() + "|" + review.comment()).substring(0, 16)
				: review.externalId();
		var created = insert(practiceId, new NewReview("manual", externalId, review.authorName(), review.anonymous(),
				review.rating(), review.comment(), review.createdAt() == null ? clock.instant() : review.createdAt()));
		Review saved = created.orElseThrow(() -> new ReputationException("Cet avis a déjà été saisi."));
		journal.record(practiceId, actor, "avis.saisie", Map.of("avis", Long.toString(saved.id()), "note",
				String.valueOf(saved.rating())));
		events.newReview(saved);
		return saved;
	}

	/** Inserts a review unless the same (source, external id) is already there; empty when it was. */
	public Optional<Review> insert(long practiceId, NewReview review) {
		if (findByExternalId(practiceId, review.source(), review.externalId()).isPresent()) {
			return Optional.empty();
		}
		Instant now = clock.instant();
		Instant created = review.createdAt() == null ? now : review.createdAt();
		long id = insertRow(practiceId, review, created, created, now);
		return find(practiceId, id);
	}

	long insertRow(long practiceId, NewReview review, Instant created, Instant updated, Instant captured) {
		var key = new org.springframework.jdbc.support.GeneratedKeyHolder();
		jdbc.sql("""
				insert into review (practice_id, source, external_id, author_name, anonymous, rating, comment,
				  created_at, updated_at, captured_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.param(practiceId).param(review.source()).param(review.externalId()).param(clip(review.authorName(), 300))
			.param(review.anonymous()).param(review.rating()).param(clip(review.comment(), 10000))
			.param(Timestamp.from(created)).param(Timestamp.from(updated)).param(Timestamp.from(captured))
			.update(key, "id");
		return key.getKeyAs(Number.class).longValue();
	}

	/** Changes seen on a review (edits, deletion), oldest first. */
	public List<ReviewChange> changes(long practiceId, long reviewId) {
		return jdbc.sql("""
				select seen_at, what, old_rating, old_comment, after_reply from review_change
				where review_id = ? and practice_id = ? order by seen_at, id""").param(reviewId).param(practiceId)
			.query((rs, n) -> new ReviewChange(rs.getTimestamp(1).toInstant(), rs.getString(2),
					(Integer) rs.getObject(3, Integer.class), rs.getString(4), rs.getBoolean(5)))
			.list();
	}

	/** A change of a review as seen on the platform. */
	public record ReviewChange(Instant seenAt, String what, Integer oldRating, String oldComment, boolean afterReply) {
	}

	static Review map(ResultSet rs, int row) throws SQLException {
		Timestamp replyAt = rs.getTimestamp("platform_reply_at");
		return new Review(rs.getLong("id"), rs.getLong("practice_id"), rs.getString("source"), rs.getString("external_id"),
				rs.getString("author_name"), rs.getBoolean("anonymous"), (Integer) rs.getObject("rating", Integer.class),
				rs.getString("comment"), rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant(),
				rs.getBoolean("deleted"), rs.getTimestamp("captured_at").toInstant(), rs.getString("platform_reply"),
				replyAt == null ? null : replyAt.toInstant());
	}

	static String clip(String s, int max) {
		return s == null || s.length() <= max ? s : s.substring(0, max);
	}

	/** Lower-case hex SHA-256 of the UTF-8 text. */
	public static String sha256(String text) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	static List<String> split(String joined) {
		return joined == null || joined.isBlank() ? List.of() : new ArrayList<>(List.of(joined.split(",")));
	}
}
