package fr.sourire.posts;

import fr.sourire.practices.Member;
import fr.sourire.practices.Members;
import fr.sourire.practices.Role;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells the practice what happened: in the app (a short list on the dashboard) and by e-mail to the active members
 * concerned when an SMTP server is configured ({@code spring.mail.host}). E-mails leave only after the transaction
 * commits, so nobody is told about something that was rolled back. Other modules (reputation) use this too.
 */
@Service
public class Notifications {

	private static final Logger log = LoggerFactory.getLogger(Notifications.class);

	private final JdbcClient jdbc;
	private final Members members;
	private final ObjectProvider<JavaMailSender> mail;
	private final Clock clock;

	Notifications(JdbcClient jdbc, Members members, ObjectProvider<JavaMailSender> mail, Clock clock) {
		this.jdbc = jdbc;
		this.members = members;
		this.mail = mail;
		this.clock = clock;
	}

	/**
	 * @param role who is concerned (null: every member)
	 * @param kind a short machine word (approval_requested, published…)
	 * @param link a path inside Sourire, or null
	 */
	public void notify(long practiceId, Role role, String kind, String subject, String message, String link) {
		notifyInApp(practiceId, role, kind, message, link);
		List<String> to = members.members(practiceId).stream()
			.filter(Member::active)
			.filter(m -> role == null || m.role() == role)
			.map(Member::email)
			.toList();
		Runnable send = () -> email(to, subject, message);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					send.run();
				}
			});
		}
		else {
			send.run();
		}
	}

	/** In the app only: for modules that send their own e-mail (the reviews' alert address). */
	public void notifyInApp(long practiceId, Role role, String kind, String message, String link) {
		jdbc.sql("insert into notification (practice_id, role, kind, message, link, created_at) values (?, ?, ?, ?, ?, ?)")
			.params(practiceId, role == null ? null : role.name(), kind, message.length() > 2000 ? message.substring(0, 2000) : message,
					link, java.time.OffsetDateTime.ofInstant(Instant.now(clock), java.time.ZoneOffset.UTC))
			.update();
	}

	/** The newest notices a member of this role sees. */
	public List<Notification> recent(long practiceId, Role role, int limit) {
		return jdbc.sql("""
				select id, practice_id, role, kind, message, link, created_at from notification
				where practice_id = ? and (role is null or role = ?) order by id desc limit ?""")
			.params(practiceId, role.name(), limit)
			.query((rs, n) -> new Notification(rs.getLong(1), rs.getLong(2),
					rs.getString(3) == null ? null : Role.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5),
					rs.getString(6), rs.getTimestamp(7).toInstant()))
			.list();
	}

	private void email(List<String> to, String subject, String text) {
		JavaMailSender sender = mail.getIfAvailable();
		if (sender == null || to.isEmpty()) {
			return;
		}
		var message = new SimpleMailMessage();
		message.setFrom("notifications@sourire.local");
		message.setTo(to.toArray(String[]::new));
		message.setSubject(subject);
		message.setText(text + "\n\n— Sourire");
		try {
			sender.send(message);
		}
		catch (MailException e) {
			log.warn("Notification e-mail '{}' could not be sent: {}", subject, e.getMessage());
		}
	}
}
