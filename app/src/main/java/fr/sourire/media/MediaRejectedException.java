package fr.sourire.media;

import java.util.Locale;

/** An image Sourire will not take or will not let out, with one plain sentence in French and in English. */
public class MediaRejectedException extends RuntimeException {

	private final String messageEn;

	public MediaRejectedException(String messageFr, String messageEn) {
		super(messageFr);
		this.messageEn = messageEn;
	}

	public String message(Locale locale) {
		return "en".equals(locale.getLanguage()) ? messageEn : getMessage();
	}
}
