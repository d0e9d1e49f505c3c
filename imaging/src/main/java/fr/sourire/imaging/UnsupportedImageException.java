package fr.sourire.imaging;

/** A file of a type that Sourire does not check (HEIC, SVG, GIF, PDF, not an image…). */
public final class UnsupportedImageException extends ImageRejectedException {
	private final ImageType detectedType;

	UnsupportedImageException(ImageType detectedType, String messageFr, String messageEn) {
		super(messageFr, messageEn, null);
		this.detectedType = detectedType;
	}

	public ImageType detectedType() {
		return detectedType;
	}

	static UnsupportedImageException of(ImageType type) {
		return switch (type) {
			case HEIC, AVIF -> new UnsupportedImageException(type,
					"Cette photo est au format " + type.name() + " (iPhone) : convertissez la photo en JPEG puis déposez-la à nouveau.",
					"This photo is " + type.name() + ": convert it to JPEG and upload it again.");
			case SVG -> new UnsupportedImageException(type,
					"Les fichiers SVG sont refusés (ils peuvent contenir du code) : exportez l'image en PNG ou en JPEG.",
					"SVG files are refused (they may contain code): export the image as PNG or JPEG.");
			case UNKNOWN -> new UnsupportedImageException(type,
					"Ce fichier n'est pas une image reconnue : déposez une photo JPEG, PNG ou WebP.",
					"This file is not a recognised image: upload a JPEG, PNG or WebP photo.");
			default -> new UnsupportedImageException(type,
					"Le format " + type.name() + " n'est pas accepté : convertissez la photo en JPEG (ou PNG) puis déposez-la à nouveau.",
					"The " + type.name() + " format is not accepted: convert the photo to JPEG (or PNG) and upload it again.");
		};
	}

	static UnsupportedImageException polyglot(ImageType type) {
		return new UnsupportedImageException(type,
				"Ce fichier mélange une image et du code (fichier piégé) : il est refusé. Exportez la photo à nouveau depuis l'appareil.",
				"This file mixes an image with code (a polyglot file): it is refused. Export the photo again from the device.");
	}
}
