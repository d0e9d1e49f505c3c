package fr.sourire.imaging;

import java.awt.image.BufferedImage;
import java.util.List;

/** Finds faces; regions are in the given image's pixels. Implementations are thread-safe. */
public interface FaceDetector extends AutoCloseable {
	List<Face> detect(BufferedImage image);

	/**
	 * A detection that may start while the image is still being decoded. By default it waits for the whole image; a
	 * detector working on parts of the image (tiles) can run them as soon as their rows are there.
	 */
	default Scan scan() {
		return new Scan() {
			@Override
			public void rowsDecoded(BufferedImage image, int rows) {
			}

			@Override
			public List<Face> finish(BufferedImage image) {
				return detect(image);
			}
		};
	}

	/** One image's detection, fed with its rows as they are decoded. */
	interface Scan {
		/** The first {@code rows} rows of {@code image} are final (called on the decoding thread, rows only grow). */
		void rowsDecoded(BufferedImage image, int rows);

		/** The faces of the complete image (which may be another object than the one announced, e.g. after a conversion). */
		List<Face> finish(BufferedImage image);
	}

	/** A face box and the detector's confidence (0–1). */
	record Face(Region box, double score) {
	}

	@Override
	default void close() {
	}
}
