package fr.sourire.imaging;

/** A truncated, damaged or unreadable image file. */
public final class CorruptImageException extends ImageRejectedException {
	CorruptImageException(ImageType type, Throwable cause) {
		super("Cette image " + (type == ImageType.UNKNOWN ? "" : type.name() + " ")
						+ "est abîmée ou incomplète (fichier tronqué ?) : exportez-la à nouveau depuis l'appareil.",
				"This " + (type == ImageType.UNKNOWN ? "" : type.name() + " ")
						+ "image is damaged or incomplete (truncated file?): export it again from the device.", cause);
	}
}
