package fr.sourire.imaging;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Fuzzes the whole path an upload takes: type sniffing, header limits, decoding, metadata, faces, cleaning.
 * Any exception other than {@link ImageRejectedException} (or an error) is a bug. In {@code mvn verify} this runs in
 * regression mode (the seed inputs in src/test/resources/fr/sourire/imaging/DecodingFuzzTestInputs); with
 * {@code JAZZER_FUZZ=1} it fuzzes for at most 30 s per test (see docs/imaging.md).
 */
class DecodingFuzzTest {
	static ImageInspector inspector;
	static final ImageLimits SMALL = new ImageLimits(2_000_000, 4_000_000, 4096);

	@BeforeAll
	static void setUp() {
		// No OCR: the fuzzer must exercise the decoders, not wait for tesseract.
		inspector = ImageInspector.builder().limits(SMALL).tesseract("/nonexistent/tesseract").build();
	}

	@AfterAll
	static void tearDown() {
		inspector.close();
	}

	@FuzzTest(maxDuration = "30s")
	void inspectNeverCrashes(byte[] data) {
		try {
			inspector.inspect(data, ImageContext.france());
		} catch (ImageRejectedException expected) {
			// a clear refusal is the right answer to a bad file
		}
	}

	@FuzzTest(maxDuration = "30s")
	void cleanNeverCrashes(byte[] data) {
		try {
			new ImageCleaner(SMALL).cleanCopy(data, List.of(new Region(0, 0, 8, 8)), BlurStyle.PIXELATE);
		} catch (ImageRejectedException expected) {
			// refused
		}
	}
}
