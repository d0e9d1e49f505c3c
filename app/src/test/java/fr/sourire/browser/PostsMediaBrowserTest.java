package fr.sourire.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/**
 * The composer's photo picker in Chromium: a blocked library photo cannot be ticked and says why; a ticked one gets its
 * rank and appears in the Instagram preview, whose photo count turns from "needs a photo" to "1 of 10"; the saved post
 * shows it.
 */
class PostsMediaBrowserTest extends ChromiumTest {

	@Test
	void theAssistantAttachesALibraryPhotoAndSeesItInTheInstagramPreview() {
		logIn("assistante@demo.sourire.fr");
		long practiceId = currentPracticeId();
		page.navigate(url("/cabinets/" + practiceId + "/publications"));

		page.locator("input[name=networks][value=INSTAGRAM]").check();
		Locator instagram = page.locator("[data-preview=INSTAGRAM]");
		assertThat(instagram.locator(".post-preview-photo-count")).hasText("Instagram exige au moins une photo.");

		Locator portrait = page.locator(".photo-choice", new Page.LocatorOptions().setHasText("portrait-equipe.jpg")).first();
		assertThat(portrait.locator("input[name=media]")).isDisabled();
		assertThat(portrait).containsText("Ne peut pas être jointe");

		Locator coffee = page.locator(".photo-choice", new Page.LocatorOptions().setHasText("pause-cafe.jpg")).first();
		coffee.locator("input[name=media]").check();
		assertThat(coffee.locator(".photo-rank")).hasText("1");
		assertThat(instagram.locator(".post-preview-photos img")).hasCount(1);
		assertThat(instagram.locator(".post-preview-photo-count")).hasText("1 photo(s), 10 au maximum");

		page.getByLabel("Texte de la publication").fill("La pause café de l’équipe du cabinet. " + System.nanoTime() % 100000);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer le brouillon")).click();
		page.waitForURL("**/publications/*");
		assertThat(page.locator(".post-photos-list img")).hasCount(1);
		assertThat(page.locator(".photo-choice.chosen")).containsText("pause-cafe.jpg");
	}
}
