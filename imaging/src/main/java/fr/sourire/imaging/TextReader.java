package fr.sourire.imaging;

import java.awt.image.BufferedImage;
import java.util.List;

/** Reads the text drawn in an image (OCR). */
public interface TextReader {
	/** False when no OCR engine can run here: the report then says that the text of the image was not checked. */
	boolean available();

	/** Words with their boxes in the given image's pixels. Never null; empty when there is no text. */
	OcrText read(BufferedImage image) throws OcrUnavailableException;

	/**
	 * As {@link #read}, for a copy whose text areas are already dark on light (the text gate's copy): a reader may skip
	 * its own attempts at reading lines inverted.
	 */
	default OcrText readDarkOnLight(BufferedImage image) throws OcrUnavailableException {
		return read(image);
	}

	/** Text read from an image: words in reading order, with boxes. */
	record OcrText(List<Word> words) {
		public OcrText {
			words = List.copyOf(words);
		}

		/** Words joined by spaces, lines by new lines. */
		public String text() {
			StringBuilder sb = new StringBuilder();
			for (Word w : words) {
				if (sb.length() > 0) {
					sb.append(w.newLine() ? '\n' : ' ');
				}
				sb.append(w.text());
			}
			return sb.toString();
		}

		/** The union of the boxes of the words that overlap [start, end) of {@link #text()}. */
		public Region regionOf(int start, int end) {
			Region r = null;
			int pos = 0;
			for (int i = 0; i < words.size(); i++) {
				Word w = words.get(i);
				if (i > 0) {
					pos++;
				}
				int s = pos, e = pos + w.text().length();
				if (s < end && start < e) {
					r = r == null ? w.box() : r.union(w.box());
				}
				pos = e;
			}
			return r;
		}
	}

	/** One word, its box, the OCR confidence (0–100) and whether it starts a new line. */
	record Word(String text, Region box, double confidence, boolean newLine) {
	}

	final class OcrUnavailableException extends Exception {
		public OcrUnavailableException(String message, Throwable cause) {
			super(message, cause);
		}
	}
}
