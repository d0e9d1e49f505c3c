package fr.sourire.web.pages;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * The e-mails about an account (invitation, forgotten password), sent when an SMTP server is configured
 * (spring.mail.host). Without one, an invitation link is shown to the administrator to pass on; a reset link is not
 * shown to anybody (the person asking has not proved who they are).
 */
@Component
class AccountMails {

	private static final Logger log = LoggerFactory.getLogger(AccountMails.class);

	private final ObjectProvider<JavaMailSender> sender;

	AccountMails(ObjectProvider<JavaMailSender> sender) {
		this.sender = sender;
	}

	/** @return whether the e-mail was handed to the mail server */
	boolean invitation(String to, String practiceName, String link) {
		return send(to, "Invitation à rejoindre " + practiceName + " sur Sourire", """
				Bonjour,

				Vous êtes invité(e) à rejoindre « %s » sur Sourire.
				Pour choisir votre mot de passe, ouvrez ce lien (valable 7 jours) :

				%s

				Si vous ne vous attendiez pas à cette invitation, ignorez ce message.
				""".formatted(practiceName, link));
	}

	/** @return whether the e-mail was handed to the mail server */
	boolean passwordReset(String to, String link) {
		return send(to, "Sourire : choisir un nouveau mot de passe", """
				Bonjour,

				Quelqu’un (vous, sans doute) a demandé à changer le mot de passe de votre compte Sourire.
				Pour en choisir un nouveau, ouvrez ce lien (valable une heure, une seule fois) :

				%s

				Si vous n’avez rien demandé, ignorez ce message : votre mot de passe reste le même.
				""".formatted(link));
	}

	private boolean send(String to, String subject, String text) {
		JavaMailSender mail = sender.getIfAvailable();
		if (mail == null) {
			log.warn("No SMTP server configured (spring.mail.host): the e-mail « {} » to {} was not sent", subject, to);
			return false;
		}
		var message = new SimpleMailMessage();
		message.setTo(to);
		message.setSubject(subject);
		message.setText(text);
		try {
			mail.send(message);
			return true;
		}
		catch (MailException e) {
			log.warn("The e-mail « {} » to {} could not be sent: {}", subject, to, e.getMessage());
			return false;
		}
	}
}
