package fr.sourire.imaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Needs Debian's tesseract-ocr and tesseract-ocr-fra (installed by .ci/run). */
class TextInImageTest {
	static ImageInspector inspector;

	@BeforeAll
	static void setUp() {
		inspector = ImageInspector.create();
		assertThat(new TesseractTextReader().available())
				.as("tesseract with French is needed: apt-get install tesseract-ocr tesseract-ocr-fra").isTrue();
	}

	@AfterAll
	static void tearDown() {
		inspector.close();
	}

	@Test
	void nameAndDateBurnedIntoARadiographAreCaught() throws Exception {
		byte[] xray = TestImages.png(TestImages.radiograph("DUPONT Marie 12/03/1985"));
		ImageReport report = inspector.inspect(xray, ImageContext.france());
		assertThat(report.textCheck()).isEqualTo(TextCheck.READ);
		assertThat(report.verdict()).isEqualTo(Severity.BLOCK);
		ImageFinding identity = report.findings().stream()
				.filter(f -> f.rule().equals(Rules.PATIENT_IDENTITY) && f.severity() == Severity.BLOCK).findFirst().orElseThrow();
		assertThat(identity.messageFr()).contains("un nom");
		assertThat(identity.regions()).isNotEmpty();
		Region r = identity.regions().get(0);
		assertThat(r.y()).isLessThan(100); // the label is at the top left
		assertThat(r.x()).isLessThan(100);
		// the date is reported too, and masking the regions removes the text
		CleanImage clean = new ImageCleaner().cleanCopy(xray, report.regionsToMask(), BlurStyle.PIXELATE);
		ImageReport after = inspector.inspect(clean.bytes(), ImageContext.france());
		assertThat(after.findings()).noneMatch(f -> f.rule().equals(Rules.PATIENT_IDENTITY) && f.severity() == Severity.BLOCK);
	}

	@Test
	void phoneAndNirInAnImage() throws Exception {
		byte[] img = TestImages.png(TestImages.radiograph("Tel 06 12 34 56 78"));
		ImageReport report = inspector.inspect(img, ImageContext.france());
		assertThat(report.findings()).anyMatch(f -> f.severity() == Severity.BLOCK && f.messageFr().contains("numéro de téléphone"));
	}

	@Test
	void withoutOcrTheTextIsReportedAsNotChecked() throws Exception {
		try (ImageInspector noOcr = ImageInspector.builder().tesseract("/nonexistent/tesseract").build()) {
			ImageReport report = noOcr.inspect(TestImages.png(TestImages.radiograph("DUPONT Marie 12/03/1985")), ImageContext.france());
			assertThat(report.textCheck()).isEqualTo(TextCheck.NOT_CHECKED);
			assertThat(report.verdict()).isEqualTo(Severity.WARN);
			assertThat(report.findings()).anyMatch(f -> f.severity() == Severity.WARN && f.messageFr().contains("exte de l'image non vérifié"));
			// even a photo without any text is never passed silently
			assertThat(noOcr.inspect(TestImages.face("coffee.jpg"), ImageContext.france()).textCheck()).isEqualTo(TextCheck.NOT_CHECKED);
		}
	}

	@Test
	void ocrIsSkippedWhereNothingLooksLikeText() throws Exception {
		ImageReport report = inspector.inspect(TestImages.face("orange.jpg"), ImageContext.france());
		assertThat(report.textCheck()).isIn(TextCheck.NO_TEXT_SEEN, TextCheck.READ);
		assertThat(report.findings()).noneMatch(f -> f.rule().equals(Rules.PATIENT_IDENTITY) && f.severity() == Severity.BLOCK);
	}

	@Test
	void photosWithoutNamesDoNotBlockOnText() throws Exception {
		for (String name : List.of("astronaut.jpg", "page.jpg", "sudoku.jpg", "text_defocus.jpg", "baboon.jpg", "building.jpg")) {
			ImageReport report = inspector.inspect(TestImages.face(name), ImageContext.france());
			assertThat(report.findings()).as(name).noneMatch(f -> f.rule().equals(Rules.PATIENT_IDENTITY) && f.severity() == Severity.BLOCK);
		}
	}
}
