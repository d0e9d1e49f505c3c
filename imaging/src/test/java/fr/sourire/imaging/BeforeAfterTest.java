package fr.sourire.imaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BeforeAfterTest {
	static ImageInspector inspector;

	@BeforeAll
	static void setUp() {
		inspector = ImageInspector.create();
	}

	@AfterAll
	static void tearDown() {
		inspector.close();
	}

	@Test
	void twoPanelMontagesAreFound() {
		for (String name : List.of("coffee.jpg", "fruits.jpg", "leuvenA.jpg", "orange.jpg")) {
			BufferedImage photo = TestImages.image(TestImages.face(name));
			for (boolean side : List.of(true, false)) {
				for (boolean divider : List.of(true, false)) {
					BufferedImage montage = TestImages.montage(photo, side, divider);
					assertThat(BeforeAfterDetector.layout(montage)).as(name + " side=" + side + " divider=" + divider).isPresent();
				}
			}
		}
	}

	@Test
	void singlePhotosAreNotMontages() {
		int flagged = 0;
		List<String> flaggedNames = new java.util.ArrayList<>();
		for (String line : new String(TestImages.face("labels.csv"), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
			if (line.startsWith("#") || line.isBlank()) {
				continue;
			}
			String name = line.split(";")[0];
			if (name.equals("example.jpg") || name.equals("inpaint_result.jpg") || name.equals("facereg.jpg")) {
				continue; // tutorial results that are themselves panels of the same photo
			}
			if (BeforeAfterDetector.layout(TestImages.image(TestImages.face(name))).isPresent()) {
				flagged++;
				flaggedNames.add(name);
			}
		}
		assertThat(flagged).as("single photos taken for montages: " + flaggedNames).isLessThanOrEqualTo(1);
	}

	@Test
	void montageBlocksInFranceWarnsInBelgium() throws Exception {
		byte[] montage = TestImages.jpeg(TestImages.montage(TestImages.image(TestImages.face("coffee.jpg")), true, true));
		ImageReport fr = inspector.inspect(montage, ImageContext.france());
		ImageFinding f = fr.findings().stream().filter(x -> x.rule().equals(Rules.PATIENT_BEFORE_AFTER)).findFirst().orElseThrow();
		assertThat(f.severity()).isEqualTo(Severity.BLOCK);
		assertThat(f.regions()).hasSize(2);
		ImageReport be = inspector.inspect(montage, ImageContext.of(Jurisdiction.BE));
		assertThat(be.findings()).anyMatch(x -> x.rule().equals(Rules.PATIENT_BEFORE_AFTER) && x.severity() == Severity.WARN);
	}

	@Test
	void captionWordsAreASignalToo() throws Exception {
		byte[] photo = TestImages.face("coffee.jpg");
		assertThat(inspector.inspect(photo, ImageContext.france().withCaption("Avant / Après : 6 facettes en 2 séances")).findings())
				.anyMatch(x -> x.rule().equals(Rules.PATIENT_BEFORE_AFTER));
		assertThat(inspector.inspect(photo, ImageContext.france().withCaption("Résultat à J+30")).findings())
				.anyMatch(x -> x.rule().equals(Rules.PATIENT_BEFORE_AFTER));
		assertThat(inspector.inspect(photo, ImageContext.france().withCaption("Avant de vous brosser les dents, mouillez la brosse")).findings())
				.noneMatch(x -> x.rule().equals(Rules.PATIENT_BEFORE_AFTER));
	}

	@Test
	void textInTheImageCounts() {
		assertThat(BeforeAfterDetector.textSuggests("AVANT\nAPRÈS")).isTrue();
		assertThat(BeforeAfterDetector.textSuggests("Before after")).isTrue();
		assertThat(BeforeAfterDetector.textSuggests("Transformation du mois")).isTrue();
		assertThat(BeforeAfterDetector.textSuggests("après le repas")).isFalse();
	}
}
