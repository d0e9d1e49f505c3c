package fr.sourire.imaging;

/**
 * Safety limits checked before any pixel is decoded.
 *
 * @param maxUploadBytes largest accepted file (the app uses it for its upload limit too)
 * @param maxPixels      largest width × height accepted, read from the header (decompression bombs are refused)
 * @param maxSide        largest width or height accepted
 */
public record ImageLimits(long maxUploadBytes, long maxPixels, int maxSide) {
	/** 25 MiB: a 48-megapixel phone JPEG is 10–20 MB. */
	public static final long DEFAULT_MAX_UPLOAD_BYTES = 25L * 1024 * 1024;
	/** 50 megapixels (a 48 MP phone photo passes; a 20000 × 20000 bomb does not). */
	public static final long DEFAULT_MAX_PIXELS = 50_000_000L;
	public static final int DEFAULT_MAX_SIDE = 16_384;

	public static final ImageLimits DEFAULT = new ImageLimits(DEFAULT_MAX_UPLOAD_BYTES, DEFAULT_MAX_PIXELS, DEFAULT_MAX_SIDE);

	public ImageLimits {
		if (maxUploadBytes <= 0 || maxPixels <= 0 || maxSide <= 0) {
			throw new IllegalArgumentException("limits must be positive");
		}
	}

	void checkSize(long bytes) throws ImageTooLargeException {
		if (bytes > maxUploadBytes) {
			throw new ImageTooLargeException(
					"Ce fichier est trop lourd (" + mb(bytes) + " Mo, maximum " + mb(maxUploadBytes) + " Mo) : réduisez la photo puis déposez-la à nouveau.",
					"This file is too large (" + mb(bytes) + " MB, at most " + mb(maxUploadBytes) + " MB): reduce the photo and upload it again.");
		}
	}

	void checkDimensions(int width, int height) throws ImageTooLargeException {
		if (width <= 0 || height <= 0 || width > maxSide || height > maxSide || (long) width * height > maxPixels) {
			throw new ImageTooLargeException(
					"Cette image annonce " + width + " × " + height + " pixels, au-delà de la limite de " + (maxPixels / 1_000_000)
							+ " mégapixels : elle est refusée avant d'être ouverte. Réduisez la photo puis déposez-la à nouveau.",
					"This image declares " + width + " × " + height + " pixels, over the " + (maxPixels / 1_000_000)
							+ " megapixel limit: it is refused before decoding. Reduce the photo and upload it again.");
		}
	}

	private static String mb(long bytes) {
		return String.valueOf(Math.round(bytes / (1024.0 * 1024.0) * 10) / 10.0).replace('.', ',');
	}
}
