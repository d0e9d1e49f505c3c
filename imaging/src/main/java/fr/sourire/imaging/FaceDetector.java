package fr.sourire.imaging;

import java.awt.image.BufferedImage;
import java.util.List;

/** Finds faces; regions are in the given image's pixels. Implementations are thread-safe. */
public interface FaceDetector extends AutoCloseable {
	List<Face> detect(BufferedImage image);

	/** A face box and the detector's confidence (0–1). */
	record Face(Region box, double score) {
	}

	@Override
	default void close() {
	}
}
