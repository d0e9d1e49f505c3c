package fr.sourire.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/**
 * The composer's photo picker in Chromium: a blocked library photo cannot be ticked and says why; a ticked one gets its
 * rank and appears in the Instagram preview, whose photo count turns from "needs a photo" to "1 of 10"; Google's own
 * photos (« Photos propres à ce réseau ») change Google's preview only; the saved post shows them.
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

		Locator postPhotos = page.locator("[data-post-photos]");
		Locator portrait = postPhotos.locator(".photo-choice", new Locator.LocatorOptions().setHasText("portrait-equipe.jpg")).first();
		assertThat(portrait.locator("input[name=media]")).isDisabled();
		assertThat(portrait).containsText("Ne peut pas être jointe");

		Locator coffee = postPhotos.locator(".photo-choice", new Locator.LocatorOptions().setHasText("pause-cafe.jpg")).first();
		coffee.locator("input[name=media]").check();
		assertThat(coffee.locator(".photo-rank")).hasText("1");
		assertThat(instagram.locator(".post-preview-photos img")).hasCount(1);
		assertThat(instagram.locator(".post-preview-photo-count")).hasText("1 photo(s), 10 au maximum");

		page.locator("input[name=networks][value=GOOGLE_BUSINESS]").check();
		Locator google = page.locator("[data-preview=GOOGLE_BUSINESS]");
		assertThat(google.locator(".post-preview-photos img")).hasCount(1);
		page.getByText("Variante pour Google Business Profile").click();
		Locator googleOwn = page.locator("[data-own-photos=GOOGLE_BUSINESS]");
		assertThat(googleOwn.locator("[data-own-picker]")).isHidden();
		googleOwn.getByLabel("Photos propres à ce réseau", new Locator.GetByLabelOptions().setExact(true)).check();
		assertThat(googleOwn.locator("[data-own-picker]")).isVisible();
		assertThat(google.locator(".post-preview-photo-count")).hasText("0 photo(s), 1 au maximum");
		assertThat(instagram.locator(".post-preview-photos img")).hasCount(1);
		googleOwn.locator(".photo-choice", new Locator.LocatorOptions().setHasText("pause-cafe.jpg")).first().locator("input").check();
		assertThat(google.locator(".post-preview-photo-count")).hasText("1 photo(s), 1 au maximum");

		page.getByLabel("Texte de la publication").fill("La pause café de l’équipe du cabinet. " + System.nanoTime() % 100000);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer le brouillon")).click();
		page.waitForURL("**/publications/*");
		assertThat(page.locator(".post-photos-list img")).hasCount(1);
		assertThat(page.locator("[data-target=GOOGLE_BUSINESS]")).containsText("photos propres : 1");
		assertThat(page.locator("[data-post-photos] .photo-choice.chosen")).containsText("pause-cafe.jpg");
		assertThat(page.locator("[data-own-photos=GOOGLE_BUSINESS] .photo-choice.chosen")).containsText("pause-cafe.jpg");
	}
}
