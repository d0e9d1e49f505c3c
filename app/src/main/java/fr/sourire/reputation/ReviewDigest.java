package fr.sourire.reputation;

import fr.sourire.audit.AuditJournal;
import fr.sourire.practices.Member;
import fr.sourire.practices.Members;
import fr.sourire.practices.Practices;
import fr.sourire.practices.Role;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;

/**
 * The weekly e-mail digest of the practice's reviews, off by default: sent to every active member when the
 * administrator turns it on for the practice, or to the members who asked for it themselves. Plain text only, so a
 * review's text can never run as HTML in a mail client. Sent on Monday at 08:00 (Paris) by a recurring job.
 */
@Service
public class ReviewDigest {

	private static final Logger log = LoggerFactory.getLogger(ReviewDigest.class);
	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
	private static final int LISTED = 10;

	private final JdbcClient jdbc;
	private final Reviews reviews;
	private final ReviewInsights insights;
	private final Practices practices;
	private final Members members;
	private final ObjectProvider<JavaMailSender> mail;
	private final AuditJournal journal;
	private final Clock clock;

	ReviewDigest(JdbcClient jdbc, Reviews reviews, ReviewInsights insights, Practices practices, Members members,
			ObjectProvider<JavaMailSender> mail, AuditJournal journal, Clock clock) {
		this.jdbc = jdbc;
		this.reviews = reviews;
		this.insights = insights;
		this.practices = practices;
		this.members = members;
		this.mail = mail;
		this.journal = journal;
		this.clock = clock;
	}

	/** Who receives it: the whole practice, or these members on their own request. */
	public record Subscribers(boolean everyone, Set<Long> userIds) {

		public boolean includes(long userId) {
			return everyone || userIds.contains(userId);
		}
	}

	/** The week's figures; the lists hold at most ten reviews each. */
	public record Week(Instant from, Instant to, int count, Double average, List<Review> negatives, int waiting,
			List<Review> waitingNewest, List<Suspicion> suspicious) {
	}

	public Subscribers subscribers(long practiceId) {
		boolean everyone = jdbc.sql("select digest_all from review_source where practice_id = ?").param(practiceId)
			.query(Boolean.class).optional().orElse(false);
		Set<Long> ids = Set.copyOf(jdbc.sql("select user_id from review_digest_member where practice_id = ?")
			.param(practiceId).query(Long.class).list());
		return new Subscribers(everyone, ids);
	}

	/** A member asks for the digest for themselves, or stops it. */
	public void subscribe(long practiceId, long userId, boolean wanted, String actor) {
		jdbc.sql("delete from review_digest_member where practice_id = ? and user_id = ?").param(practiceId).param(userId).update();
		if (wanted) {
			jdbc.sql("insert into review_digest_member (practice_id, user_id) values (?, ?)").param(practiceId).param(userId).update();
		}
		journal.record(practiceId, actor, "avis.résumé.abonnement", Map.of("membre", Long.toString(userId), "abonné",
				wanted ? "oui" : "non"));
	}

	/** The administrator sends the digest to every active member of the practice, or stops doing so. */
	public void sendToEveryone(long practiceId, boolean everyone, String actor, Role role) {
		if (role != Role.ADMIN) {
			throw new ReputationException("Seul un administrateur du cabinet peut envoyer le résumé à toute l’équipe.");
		}
		jdbc.sql("insert into review_source (practice_id) select ? where not exists (select 1 from review_source where practice_id = ?)")
			.param(practiceId).param(practiceId).update();
		jdbc.sql("update review_source set digest_all = ? where practice_id = ?").param(everyone).param(practiceId).update();
		journal.record(practiceId, actor, "avis.résumé.équipe", Map.of("envoyé à tous", everyone ? "oui" : "non"));
	}

	/** The seven days before {@code to}. */
	public Week week(long practiceId, Instant to) {
		Instant from = to.minus(Duration.ofDays(7));
		List<Review> week = reviews.history(practiceId).stream()
			.filter(r -> !r.deleted() && !r.createdAt().isBefore(from) && r.createdAt().isBefore(to))
			.sorted((a, b) -> b.createdAt().compareTo(a.createdAt())).toList();
		Double average = week.stream().filter(r -> r.rating() != null).mapToInt(Review::rating).average().stream()
			.boxed().findFirst().orElse(null);
		List<Review> waiting = reviews.list(practiceId, new ReviewFilter(null, false, true, null, 5000));
		SuspicionReport suspicion = insights.suspicion(practiceId);
		Set<Long> ids = week.stream().map(Review::id).collect(Collectors.toSet());
		List<Suspicion> suspicious = suspicion.reviews().values().stream()
			.filter(s -> ids.contains(s.reviewId()) && s.score() > 0)
			.sorted((a, b) -> Integer.compare(b.score(), a.score())).limit(LISTED).toList();
		return new Week(from, to, week.size(), average, week.stream().filter(Review::negative).limit(LISTED).toList(),
				waiting.size(), waiting.stream().limit(LISTED).toList(), suspicious);
	}

	/** Practices where at least one member gets the digest (the recurring job sends each of them). */
	public List<Long> practicesToSend() {
		return jdbc.sql("""
				select practice_id from review_source where digest_all = true
				union select practice_id from review_digest_member""").query(Long.class).list();
	}

	/** E-mails the week's digest to the practice's subscribed active members; returns how many were sent. */
	public int send(long practiceId) {
		JavaMailSender sender = mail.getIfAvailable();
		Subscribers subscribers = subscribers(practiceId);
		List<String> to = members.members(practiceId).stream()
			.filter(m -> m.active() && subscribers.includes(m.userId())).map(Member::email).toList();
		if (sender == null || to.isEmpty()) {
			return 0;
		}
		String name = practices.get(practiceId).name();
		Week week = week(practiceId, clock.instant());
		int sent = 0;
		for (String address : to) {
			var message = new SimpleMailMessage();
			message.setFrom("notifications@sourire.local");
			message.setTo(address);
			message.setSubject("Vos avis de la semaine – " + name);
			message.setText(text(name, week, practiceId));
			try {
				sender.send(message);
				sent++;
			}
			catch (MailException e) {
				log.warn("Weekly digest of practice {} not sent to one member: {}", practiceId, e.getMessage());
			}
		}
		journal.record(practiceId, "sourire", "avis.résumé", Map.of("destinataires", Integer.toString(sent), "avis",
				Integer.toString(week.count())));
		return sent;
	}

	static String text(String practiceName, Week week, long practiceId) {
		var text = new StringBuilder("Bonjour,\n\nVoici les avis de " + practiceName + " du "
				+ DAY.format(week.from().atZone(ReviewInsights.PARIS)) + " au "
				+ DAY.format(week.to().atZone(ReviewInsights.PARIS)) + ".\n\n");
		text.append("Nouveaux avis : ").append(week.count());
		if (week.average() != null) {
			text.append(" (moyenne ").append(String.format(java.util.Locale.FRANCE, "%.1f", week.average())).append("/5)");
		}
		text.append("\nAvis négatifs (3 étoiles ou moins) : ").append(week.negatives().size()).append('\n');
		week.negatives().forEach(r -> text.append(line(r)));
		text.append("\nAvis qui attendent une réponse (ou la décision de ne pas répondre) : ").append(week.waiting()).append('\n');
		week.waitingNewest().forEach(r -> text.append(line(r)));
		text.append("\nAvis suspects de la semaine : ").append(week.suspicious().size()).append('\n');
		week.suspicious().forEach(s -> text.append("- avis n° ").append(s.reviewId()).append(" : ")
			.append(String.join(" ; ", s.reasons())).append('\n'));
		text.append("""

				Rien ne presse : il n’est jamais obligatoire de répondre. Les avis sont dans Sourire, page « Avis »
				(/cabinets/%d/avis). Pour ne plus recevoir ce résumé, décochez-le sur cette page.

				Sourire
				""".formatted(practiceId));
		return text.toString();
	}

	private static String line(Review r) {
		String comment = r.commentOrEmpty().isBlank() ? "(note seule)" : Reviews.clip(r.comment().replaceAll("\\s+", " "), 300);
		return "- " + DAY.format(r.createdAt().atZone(ReviewInsights.PARIS)) + ", " + ReviewInsights.platform(r.source())
				+ ", " + (r.rating() == null ? "sans note" : r.rating() + "/5") + ", " + r.authorName() + " : " + comment + "\n";
	}
}
