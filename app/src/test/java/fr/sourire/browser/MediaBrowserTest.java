package fr.sourire.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The media library in Chromium: upload a photo with a face, see it blocked with its box, mask it, see it pass. */
class MediaBrowserTest extends ChromiumTest {

	private static final Path FACE = Path.of("../imaging/src/test/resources/faces/astronaut.jpg");

	@Test
	void assistantUploadsAFacePhotoSeesTheBoxAndMasksIt() {
		logIn("assistante@demo.sourire.fr");
		page.navigate(url("/cabinets/" + currentPracticeId() + "/medias"));

		page.getByLabel("ou choisissez des fichiers").setInputFiles(FACE);
		var tile = page.locator(".media-tile", new com.microsoft.playwright.Page.LocatorOptions().setHasText("astronaut.jpg")).first();
		assertThat(tile).containsText("Ne peut pas être publiée");

		tile.locator("a").click();
		assertThat(page.getByText("PATIENT.IMAGE").first()).isVisible();
		assertThat(page.locator(".media-stage .media-box").first()).isVisible();

		page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Masquer les zones encadrées")).click();
		assertThat(page.getByText("Les zones ont été masquées")).isVisible();
		assertThat(page.locator("[data-verdict]")).not().hasAttribute("data-verdict", "block");
	}

	@Test
	void aUserDrawsABoxAndRemovesAnother() {
		logIn("assistante@demo.sourire.fr");
		page.navigate(url("/cabinets/" + currentPracticeId() + "/medias"));
		page.locator(".media-tile a", new com.microsoft.playwright.Page.LocatorOptions().setHasText("portrait-equipe.jpg")).first().click();
		var boxes = page.locator(".media-stage .media-box");
		int detected = boxes.count();

		var stage = page.locator(".media-stage img").boundingBox();
		page.mouse().move(stage.x + 10, stage.y + 10);
		page.mouse().down();
		page.mouse().move(stage.x + 60, stage.y + 50, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(4));
		page.mouse().up();
		assertThat(boxes).hasCount(detected + 1);

		page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Retirer cette zone")).first().click();
		assertThat(boxes).hasCount(detected);
	}

	@Test
	void aRefusedFileIsExplainedOnThePage() {
		logIn("assistante@demo.sourire.fr");
		page.navigate(url("/cabinets/" + currentPracticeId() + "/medias"));

		page.getByLabel("ou choisissez des fichiers").setInputFiles(new com.microsoft.playwright.options.FilePayload("logo.svg",
				"image/svg+xml", "<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>".getBytes()));

		assertThat(page.locator(".upload-results .error")).containsText("logo.svg");
	}
}
