package fr.sourire.imaging;

/**
 * A copy fit to leave Sourire: no EXIF, XMP, IPTC, comments or text chunks, orientation applied to the pixels,
 * requested regions pixelated. {@code type} is JPEG for JPEG input, PNG otherwise.
 */
public record CleanImage(byte[] bytes, ImageType type, int width, int height, boolean reencoded) {
	public String suggestedExtension() {
		return type.extension();
	}
}
