package fr.sourire.practices;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Production's first start: with {@code SOURIRE_SETUP_ADMIN_EMAIL} (and optionally {@code SOURIRE_SETUP_PRACTICE_NAME},
 * {@code SOURIRE_PUBLIC_URL}) and a database without any practice, creates the first practice and invites its
 * administrator; the one-time link to choose a password is written to the log. Does nothing once a practice exists.
 */
@Component
@Order(1)
class FirstStart implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstStart.class);

	private final Environment environment;
	private final Practices practices;
	private final Members members;
	private final TransactionTemplate transaction;
	private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

	FirstStart(Environment environment, Practices practices, Members members, TransactionTemplate transaction,
			org.springframework.jdbc.core.simple.JdbcClient jdbc) {
		this.environment = environment;
		this.practices = practices;
		this.members = members;
		this.transaction = transaction;
		this.jdbc = jdbc;
	}

	@Override
	public void run(ApplicationArguments args) {
		String email = environment.getProperty("sourire.setup.admin-email", "").trim();
		if (email.isEmpty()) {
			return;
		}
		String practiceName = environment.getProperty("sourire.setup.practice-name", "Mon cabinet dentaire").trim();
		String publicUrl = environment.getProperty("sourire.public-url", "http://localhost:8080").replaceAll("/+$", "");
		transaction.executeWithoutResult(status -> {
			if (jdbc.sql("select count(*) from practice").query(Long.class).single() > 0) {
				return;
			}
			Practice practice = practices.create(new PracticeDetails(practiceName, "", "", "", "FR", ""), "installation");
			Invitation invitation = members.invite(practice.id(), email, "", Role.ADMIN, "installation");
			if (invitation.newAccount()) {
				log.info("Premier démarrage : cabinet « {} » créé. Son administrateur ({}) choisit son mot de passe ici "
						+ "(lien à usage unique, valable 7 jours) : {}{}", practiceName, email, publicUrl, invitation.path());
			}
		});
	}
}
