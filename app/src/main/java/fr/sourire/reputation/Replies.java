package fr.sourire.reputation;

import fr.sourire.audit.AuditJournal;
import fr.sourire.compliance.TextChecker;
import fr.sourire.compliance.TextToCheck;
import fr.sourire.engine.Channel;
import fr.sourire.engine.CheckReport;
import fr.sourire.engine.Finding;
import fr.sourire.engine.Kind;
import fr.sourire.practices.Practice;
import fr.sourire.practices.Practices;
import fr.sourire.practices.Role;
import fr.sourire.reputation.internal.GoogleReviewsClient;
import fr.sourire.reputation.internal.GoogleReviewsClient.GoogleException;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Replies to reviews: drafted (from a template or by hand), checked on every change (a block finding forbids
 * submitting, approving and posting), submitted, approved by a dentist on the SHA-256 of the exact text, and posted to
 * Google once: the result is stored as soon as Google accepts it, and a retry after an ambiguous failure re-sends the
 * same text, which replaces the reply with itself. "Ne pas répondre" is a recorded decision.
 */
@Service
public class Replies {

	private final JdbcClient jdbc;
	private final Reviews reviews;
	private final ReviewSync sync;
	private final TextChecker checker;
	private final Practices practices;
	private final AuditJournal journal;
	private final Clock clock;

	Replies(JdbcClient jdbc, Reviews reviews, ReviewSync sync, TextChecker checker, Practices practices,
			AuditJournal journal, Clock clock) {
		this.jdbc = jdbc;
		this.reviews = reviews;
		this.sync = sync;
		this.checker = checker;
		this.practices = practices;
		this.journal = journal;
		this.clock = clock;
	}

	public Optional<Reply> find(long practiceId, long reviewId) {
		return jdbc.sql("select * from review_reply where review_id = ? and practice_id = ?").param(reviewId)
			.param(practiceId).query(Replies::map).optional();
	}

	/** The checker on a reply, with the review it answers as context. */
	public CheckReport check(long practiceId, long reviewId, String text, Role role) {
		Review review = reviews.get(practiceId, reviewId);
		return checker.check(practiceId, role, new TextToCheck(text, Kind.REPLY, Channel.GOOGLE_BUSINESS_REPLY, null,
				review.comment()));
	}

	/**
	 * A first draft for the situation: thanks for the message (never for a "visit"), the feeling acknowledged
	 * without discussing facts, a general policy at most, the practice's contact channel and a signature.
	 */
	public String template(long practiceId, ReplySituation situation) {
		Practice p = practices.get(practiceId);
		String contact = contact(p);
		return switch (situation) {
			case WAITING_TIME -> "Bonjour, merci d’avoir pris le temps de nous écrire. Nous sommes désolés de lire ce ressenti :"
					+ " le respect des horaires compte pour toute l’équipe, même si des urgences imposent parfois des décalages."
					+ contact + " L’équipe du cabinet";
			case PRICE -> "Bonjour, nous prenons connaissance de votre message. Les honoraires du cabinet sont affichés et tout"
					+ " traitement prothétique fait l’objet d’un devis écrit remis avant les soins." + contact
					+ " L’équipe du cabinet";
			case PAIN -> "Bonjour, merci pour votre message. Le secret professionnel nous interdit de commenter publiquement"
					+ " toute situation individuelle. Toute personne qui souhaite échanger sur une prise en charge peut nous"
					+ " contacter directement." + contact + " L’équipe du cabinet";
			case RUDENESS -> "Bonjour, merci pour votre message. Nous sommes désolés de lire ce ressenti : la qualité de"
					+ " l’accueil est importante pour toute l’équipe." + contact + " L’équipe du cabinet";
			case NOT_A_PATIENT -> "Bonjour, nous prenons connaissance de votre message. Le secret professionnel nous interdit"
					+ " de commenter publiquement toute situation individuelle." + contact + " L’équipe du cabinet";
			case PRAISE -> "Bonjour, merci pour votre message et pour ces mots aimables, qui font plaisir à toute l’équipe."
					+ " L’équipe du cabinet";
		};
	}

	private static String contact(Practice p) {
		if (!p.phone().isBlank() && !p.email().isBlank()) {
			return " Si vous le souhaitez, vous pouvez joindre le cabinet au " + p.phone() + " ou à " + p.email()
					+ " pour en parler directement.";
		}
		if (!p.phone().isBlank() || !p.email().isBlank()) {
			return " Si vous le souhaitez, vous pouvez joindre le cabinet au " + p.phone() + p.email()
					+ " pour en parler directement.";
		}
		return " Si vous le souhaitez, vous pouvez joindre le cabinet pour en parler directement.";
	}

	/** Saves the text as a draft (a new text undoes a submission or an approval: it must be approved again). */
	public Reply saveDraft(long practiceId, long reviewId, String text, String actor, Role role) {
		return save(practiceId, reviewId, text, Origin.HAND, actor, role);
	}

	/** Saves the situation's template as the draft (no longer marked as written by an AI). */
	public Reply saveTemplate(long practiceId, long reviewId, ReplySituation situation, String actor, Role role) {
		return save(practiceId, reviewId, template(practiceId, situation), Origin.TEMPLATE, actor, role);
	}

	/** Saves a draft an AI wrote: checked like any other, and marked as such until a template replaces it. */
	Reply saveAiDraft(long practiceId, long reviewId, String text, String actor, Role role) {
		return save(practiceId, reviewId, text, Origin.AI, actor, role);
	}

	/** Where a draft's text comes from; editing an AI draft by hand keeps it marked as AI-made. */
	private enum Origin {
		HAND, TEMPLATE, AI
	}

	private Reply save(long practiceId, long reviewId, String text, Origin origin, String actor, Role role) {
		Review review = reviews.get(practiceId, reviewId);
		String clean = text == null ? "" : text.strip();
		Optional<Reply> current = find(practiceId, reviewId);
		if (current.filter(r -> r.state() == ReplyState.POSTED).isPresent()) {
			throw new ReputationException("Cette réponse est déjà publiée.");
		}
		CheckReport report = checker.check(practiceId, role, new TextToCheck(clean, Kind.REPLY,
				Channel.GOOGLE_BUSINESS_REPLY, null, review.comment()));
		Timestamp now = Timestamp.from(clock.instant());
		String rules = String.join(",", report.findings().stream().map(Finding::ruleId).distinct().toList());
		boolean aiMade = origin == Origin.AI || origin == Origin.HAND && current.map(Reply::aiMade).orElse(false);
		if (current.isEmpty()) {
			jdbc.sql("""
					insert into review_reply (practice_id, review_id, state, text, verdict, finding_rules, drafted_by,
					  ai_made, created_at, updated_at) values (?, ?, 'draft', ?, ?, ?, ?, ?, ?, ?)""").param(practiceId)
				.param(reviewId).param(clean).param(report.verdict().id()).param(Reviews.clip(rules, 2000)).param(actor)
				.param(aiMade).param(now).param(now).update();
		}
		else {
			jdbc.sql("""
					update review_reply set state = 'draft', text = ?, verdict = ?, finding_rules = ?, drafted_by = ?,
					  ai_made = ?, submitted_by = null, approved_by = null, approved_sha256 = null, approved_at = null,
					  not_before = null, last_error = null, updated_at = ? where review_id = ? and practice_id = ?""")
				.param(clean).param(report.verdict().id()).param(Reviews.clip(rules, 2000)).param(actor).param(aiMade)
				.param(now).param(reviewId).param(practiceId).update();
		}
		journal.record(practiceId, actor, "avis.réponse.brouillon", Map.of("avis", Long.toString(reviewId), "sha256",
				Reviews.sha256(clean), "verdict", report.verdict().id(), "constats", rules, "rédaction",
				switch (origin) {
					case AI -> "IA";
					case TEMPLATE -> "modèle";
					case HAND -> aiMade ? "équipe, sur un brouillon de l’IA" : "équipe";
				}));
		return find(practiceId, reviewId).orElseThrow();
	}

	public Reply submit(long practiceId, long reviewId, String actor, Role role) {
		Reply reply = require(practiceId, reviewId, ReplyState.DRAFT, "Seul un brouillon peut être soumis.");
		recheck(practiceId, reviewId, reply.text(), role);
		update(practiceId, reviewId, "state = 'submitted', submitted_by = ?", actor);
		journal.record(practiceId, actor, "avis.réponse.soumise", Map.of("avis", Long.toString(reviewId), "sha256",
				reply.sha256()));
		return find(practiceId, reviewId).orElseThrow();
	}

	/**
	 * The dentist approves the exact text they read ({@code sha256}); a text changed in between is refused. For a
	 * negative review, the practice's cooling-off delay starts now.
	 */
	public Reply approve(long practiceId, long reviewId, String sha256, String dentist, Role role) {
		if (role != Role.DENTIST) {
			throw new ReputationException("Seul un chirurgien-dentiste du cabinet peut approuver une réponse.");
		}
		Reply reply = require(practiceId, reviewId, ReplyState.SUBMITTED, "Seule une réponse soumise peut être approuvée.");
		if (sha256 == null || !sha256.equals(reply.sha256())) {
			throw new ReputationException("Le texte a changé depuis que vous l’avez lu : relisez-le avant d’approuver.");
		}
		recheck(practiceId, reviewId, reply.text(), role);
		Review review = reviews.get(practiceId, reviewId);
		int hours = sync.source(practiceId).map(ReviewSource::coolingOffHours).orElse(0);
		Instant now = clock.instant();
		Instant notBefore = review.negative() && hours > 0 ? now.plus(Duration.ofHours(hours)) : null;
		jdbc.sql("""
				update review_reply set state = 'approved', approved_by = ?, approved_sha256 = ?, approved_at = ?,
				  not_before = ?, updated_at = ? where review_id = ? and practice_id = ? and state = 'submitted'""")
			.param(dentist).param(reply.sha256()).param(Timestamp.from(now))
			.param(notBefore == null ? null : Timestamp.from(notBefore)).param(Timestamp.from(now)).param(reviewId)
			.param(practiceId).update();
		journal.record(practiceId, dentist, "avis.réponse.approuvée", Map.of("avis", Long.toString(reviewId), "sha256",
				reply.sha256(), "constats", String.join(",", reply.findingRules()), "brouillon IA", reply.aiMade() ? "oui" : "non"));
		return find(practiceId, reviewId).orElseThrow();
	}

	/** Posts the approved text to Google; stored as posted as soon as Google accepts it. */
	public Reply post(long practiceId, long reviewId, String actor, Role role) {
		Reply reply = require(practiceId, reviewId, ReplyState.APPROVED, "Seule une réponse approuvée peut être publiée.");
		if (!reply.sha256().equals(reply.approvedSha256())) {
			throw new ReputationException("Le texte ne correspond plus à celui qui a été approuvé.");
		}
		if (reply.notBefore() != null && clock.instant().isBefore(reply.notBefore())) {
			throw new ReputationException("Délai de réflexion : cette réponse pourra être publiée à partir du "
					+ reply.notBefore().atZone(ReviewInsights.PARIS).format(DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm"))
					+ ".");
		}
		if (reply.text().getBytes(StandardCharsets.UTF_8).length > GoogleReviewsClient.MAX_REPLY_BYTES) {
			throw new ReputationException("Google accepte 4 096 octets au plus : raccourcissez la réponse.");
		}
		recheck(practiceId, reviewId, reply.text(), role);
		Review review = reviews.get(practiceId, reviewId);
		if (!"google".equals(review.source())) {
			throw new ReputationException("Cet avis ne vient pas de Google : copiez la réponse approuvée sur le site d’origine.");
		}
		try {
			sync.putReply(practiceId, review, reply.text());
		}
		catch (GoogleException e) {
			jdbc.sql("update review_reply set last_error = ? where review_id = ? and practice_id = ?").param(e.getMessage())
				.param(reviewId).param(practiceId).update();
			journal.record(practiceId, actor, "avis.réponse.échec", Map.of("avis", Long.toString(reviewId), "erreur",
					e.getMessage()));
			throw new ReputationException(e.getMessage());
		}
		Timestamp now = Timestamp.from(clock.instant());
		jdbc.sql("""
				update review_reply set state = 'posted', posted_at = ?, posted_sha256 = ?, last_error = null, updated_at = ?
				where review_id = ? and practice_id = ?""").param(now).param(reply.sha256()).param(now).param(reviewId)
			.param(practiceId).update();
		journal.record(practiceId, actor, "avis.réponse.publiée", Map.of("avis", Long.toString(reviewId), "sha256",
				reply.sha256(), "brouillon IA", reply.aiMade() ? "oui" : "non"));
		return find(practiceId, reviewId).orElseThrow();
	}

	/** "Ne pas répondre": a legitimate decision, recorded as such. */
	public Reply decline(long practiceId, long reviewId, String actor) {
		reviews.get(practiceId, reviewId);
		Optional<Reply> current = find(practiceId, reviewId);
		if (current.filter(r -> r.state() == ReplyState.POSTED).isPresent()) {
			throw new ReputationException("Cette réponse est déjà publiée.");
		}
		Timestamp now = Timestamp.from(clock.instant());
		if (current.isEmpty()) {
			jdbc.sql("""
					insert into review_reply (practice_id, review_id, state, drafted_by, created_at, updated_at)
					values (?, ?, 'declined', ?, ?, ?)""").param(practiceId).param(reviewId).param(actor).param(now).param(now)
				.update();
		}
		else {
			update(practiceId, reviewId, "state = 'declined', submitted_by = ?", actor);
		}
		journal.record(practiceId, actor, "avis.réponse.ne-pas-répondre", Map.of("avis", Long.toString(reviewId)));
		return find(practiceId, reviewId).orElseThrow();
	}

	private void recheck(long practiceId, long reviewId, String text, Role role) {
		if (text.isBlank()) {
			throw new ReputationException("La réponse est vide.");
		}
		CheckReport report = check(practiceId, reviewId, text, role);
		if (report.blocks()) {
			throw new ReputationException("La vérification bloque cette réponse ("
					+ String.join(", ", report.findings().stream().map(Finding::ruleId).distinct().toList())
					+ ") : corrigez-la d’abord.");
		}
	}

	private Reply require(long practiceId, long reviewId, ReplyState state, String otherwise) {
		reviews.get(practiceId, reviewId);
		return find(practiceId, reviewId).filter(r -> r.state() == state).orElseThrow(() -> new ReputationException(otherwise));
	}

	private void update(long practiceId, long reviewId, String set, String actor) {
		jdbc.sql("update review_reply set " + set + ", updated_at = ? where review_id = ? and practice_id = ?").param(actor)
			.param(Timestamp.from(clock.instant())).param(reviewId).param(practiceId).update();
	}

	static Reply map(ResultSet rs, int row) throws SQLException {
		String text = rs.getString("text");
		return new Reply(rs.getLong("id"), rs.getLong("review_id"), ReplyState.of(rs.getString("state")), text,
				Reviews.sha256(text), rs.getString("verdict"), List.copyOf(Reviews.split(rs.getString("finding_rules"))),
				rs.getString("drafted_by"), rs.getString("submitted_by"), rs.getString("approved_by"),
				rs.getString("approved_sha256"), instant(rs, "approved_at"), instant(rs, "not_before"),
				instant(rs, "posted_at"), rs.getString("last_error"), rs.getBoolean("ai_made"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}
}
