package fr.sourire.imaging;

/** A file or an image too large to be checked safely (upload size or pixel count over {@link ImageLimits}). */
public final class ImageTooLargeException extends ImageRejectedException {
	ImageTooLargeException(String messageFr, String messageEn) {
		super(messageFr, messageEn, null);
	}
}
