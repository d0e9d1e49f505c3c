package fr.sourire.reputation;

import fr.sourire.audit.AuditJournal;
import fr.sourire.compliance.TextChecker;
import fr.sourire.compliance.TextToCheck;
import fr.sourire.engine.Finding;
import fr.sourire.engine.Kind;
import fr.sourire.posts.Notifications;
import fr.sourire.practices.Practice;
import fr.sourire.practices.Practices;
import fr.sourire.practices.Role;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Tells the practice about a new negative review (three stars or fewer, or legal findings): in the app's notification
 * list for every member, and by e-mail to the alert address. The e-mail is plain text only, so the review's text can
 * never run as HTML in a mail client; without an SMTP server (spring.mail.host) no e-mail is sent.
 */
@Component
class ReviewAlerts {

	private static final Logger log = LoggerFactory.getLogger(ReviewAlerts.class);

	private final ObjectProvider<JavaMailSender> sender;
	private final TextChecker checker;
	private final Practices practices;
	private final JdbcClient jdbc;
	private final AuditJournal journal;
	private final Notifications notifications;

	ReviewAlerts(ObjectProvider<JavaMailSender> sender, TextChecker checker, Practices practices, JdbcClient jdbc,
			AuditJournal journal, Notifications notifications) {
		this.sender = sender;
		this.checker = checker;
		this.practices = practices;
		this.jdbc = jdbc;
		this.journal = journal;
		this.notifications = notifications;
	}

	void newReview(Review review) {
		List<String> law = review.commentOrEmpty().isBlank() ? List.of()
				: checker.check(review.practiceId(), Role.DENTIST, new TextToCheck(review.comment(), Kind.REVIEW, null, null, null))
					.findings().stream().map(Finding::ruleId).filter(id -> id.startsWith("LAW.")).distinct().toList();
		if (!review.negative() && law.isEmpty()) {
			return;
		}
		// In the app for everyone, without the review's text: the list is short and the page shows the rest.
		notifications.notifyInApp(review.practiceId(), null, "review_negative", "Nouvel avis "
				+ (review.negative() ? "négatif" : "à examiner") + " sur " + ReviewInsights.platform(review.source())
				+ (review.rating() == null ? "" : " (" + review.rating() + "/5)") + " de « " + review.authorName() + " »"
				+ (law.isEmpty() ? "" : " – constats juridiques : " + String.join(", ", law)),
				"/cabinets/" + review.practiceId() + "/avis/" + review.id());
		JavaMailSender mail = sender.getIfAvailable();
		Practice practice = practices.get(review.practiceId());
		String to = jdbc.sql("select alert_email from review_source where practice_id = ?").param(review.practiceId())
			.query(String.class).optional().filter(s -> !s.isBlank()).orElse(practice.email());
		if (mail == null || to == null || to.isBlank()) {
			return;
		}
		var message = new SimpleMailMessage();
		message.setTo(to);
		message.setSubject("Nouvel avis " + (review.negative() ? "négatif" : "à examiner") + " – " + practice.name());
		message.setText("""
				Bonjour,

				Un nouvel avis %s a été publié sur %s.

				Auteur (nom affiché) : %s
				Note : %s
				%s
				Texte :
				%s

				Rien ne presse : il n’est jamais obligatoire de répondre. Si vous répondez, ne confirmez jamais que
				l’auteur est un patient et ne parlez d’aucun soin. Ouvrez Sourire pour préparer une réponse relue.

				Sourire
				""".formatted(review.negative() ? "négatif" : "à examiner", ReviewInsights.platform(review.source()),
				review.authorName(), review.rating() == null ? "aucune" : review.rating() + "/5",
				law.isEmpty() ? "" : "Constats juridiques : " + String.join(", ", law) + " (voir les recours possibles dans Sourire)\n",
				review.commentOrEmpty().isBlank() ? "(note seule)" : review.comment()));
		try {
			mail.send(message);
			journal.record(review.practiceId(), "sourire", "avis.alerte", Map.of("avis", Long.toString(review.id()),
					"destinataire", to));
		}
		catch (MailException e) {
			log.warn("Alert e-mail for review {} not sent: {}", review.id(), e.getMessage());
		}
	}
}
