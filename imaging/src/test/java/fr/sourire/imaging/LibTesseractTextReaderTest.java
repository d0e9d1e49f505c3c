package fr.sourire.imaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Needs Debian's libtesseract5 and tesseract-ocr-fra (installed with tesseract-ocr). */
class LibTesseractTextReaderTest {

	@Test
	void readsInProcessWhatTheCommandReads() throws Exception {
		BufferedImage label = TextGate.forOcr(TestImages.radiograph("DUPONT Marie 12/03/1985"));
		try (LibTesseractTextReader inProcess = new LibTesseractTextReader()) {
			assertThat(inProcess.inProcess()).as("libtesseract.so.5 and the French model load in process").isTrue();
			String command = new TesseractTextReader().read(label).text();
			long t0 = System.nanoTime();
			String text = inProcess.read(label).text();
			long ms = (System.nanoTime() - t0) / 1_000_000;
			assertThat(text).contains("DUPONT").contains("Marie").contains("12/03/1985").isEqualTo(command);
			System.out.println("in-process OCR of a 1200 x 600 radiograph label: " + ms + " ms");
		}
	}

	@Test
	void withoutTheLibraryTheCommandReads() throws Exception {
		TextReader missing = new TesseractTextReader("/nonexistent/tesseract", "fra", Duration.ofSeconds(5));
		try (LibTesseractTextReader reader = new LibTesseractTextReader("xx-no-such-model", 1, missing)) {
			assertThat(reader.inProcess()).isFalse();
			assertThat(reader.available()).isFalse();
		}
		try (LibTesseractTextReader reader = new LibTesseractTextReader("xx-no-such-model", 1, new TesseractTextReader())) {
			assertThat(reader.available()).isTrue();
			assertThat(reader.read(TextGate.forOcr(TestImages.radiograph("Tel 06 12 34 56 78"))).text()).contains("06 12 34 56 78");
		}
	}
}
