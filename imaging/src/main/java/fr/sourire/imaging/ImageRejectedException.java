package fr.sourire.imaging;

/**
 * An image that Sourire cannot check. {@link #getMessage()} is one plain French sentence for the user;
 * {@link #messageEn()} the same in English.
 */
public class ImageRejectedException extends Exception {
	private final String messageEn;

	ImageRejectedException(String messageFr, String messageEn, Throwable cause) {
		super(messageFr, cause);
		this.messageEn = messageEn;
	}

	public String messageFr() {
		return getMessage();
	}

	public String messageEn() {
		return messageEn;
	}
}
