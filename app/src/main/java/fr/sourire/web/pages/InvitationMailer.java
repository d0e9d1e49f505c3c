package fr.sourire.web.pages;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends the invitation link when an SMTP server is configured (spring.mail.host); otherwise the administrator is
 * shown the link to pass on themselves.
 */
@Component
class InvitationMailer {

	private static final Logger log = LoggerFactory.getLogger(InvitationMailer.class);

	private final ObjectProvider<JavaMailSender> sender;

	InvitationMailer(ObjectProvider<JavaMailSender> sender) {
		this.sender = sender;
	}

	/** @return whether the e-mail was handed to the mail server */
	boolean send(String to, String practiceName, String link) {
		JavaMailSender mail = sender.getIfAvailable();
		if (mail == null) {
			return false;
		}
		var message = new SimpleMailMessage();
		message.setTo(to);
		message.setSubject("Invitation à rejoindre " + practiceName + " sur Sourire");
		message.setText("""
				Bonjour,

				Vous êtes invité(e) à rejoindre « %s » sur Sourire.
				Pour choisir votre mot de passe, ouvrez ce lien (valable 7 jours) :

				%s

				Si vous ne vous attendiez pas à cette invitation, ignorez ce message.
				""".formatted(practiceName, link));
		try {
			mail.send(message);
			return true;
		}
		catch (MailException e) {
			log.warn("Invitation e-mail to {} could not be sent: {}", to, e.getMessage());
			return false;
		}
	}
}
