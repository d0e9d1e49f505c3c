package fr.sourire.imaging;

/** The real type of a file, read from its first bytes (never from its name). */
public enum ImageType {
	JPEG(true, "jpg"), PNG(true, "png"), WEBP(true, "webp"),
	HEIC(false, "heic"), AVIF(false, "avif"), GIF(false, "gif"), TIFF(false, "tif"), BMP(false, "bmp"),
	SVG(false, "svg"), PDF(false, "pdf"), UNKNOWN(false, "");

	private final boolean supported;
	private final String extension;

	ImageType(boolean supported, String extension) {
		this.supported = supported;
		this.extension = extension;
	}

	/** JPEG, PNG and WebP are checked; anything else is refused with a clear message. */
	public boolean supported() {
		return supported;
	}

	public String extension() {
		return extension;
	}
}
