package fr.sourire.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/** "Vérifier un texte" in Chromium: underlining while typing, the explanation, applying a better wording. */
class CheckPageBrowserTest extends ChromiumTest {

	@Test
	void assistantSeesAForbiddenPhraseUnderlinedAndAppliesTheSuggestion() {
		logIn("assistante@demo.sourire.fr");
		page.navigate(url("/cabinets/" + currentPracticeId() + "/verifier"));

		page.getByLabel("Votre texte").fill("Venez découvrir le meilleur cabinet dentaire de Lyon !");

		var mark = page.locator(".checker-preview button.mark").first();
		assertThat(mark).isVisible();
		assertThat(page.locator("#check-status")).containsText("à corriger");
		mark.click();
		var details = page.locator(".checker-details");
		assertThat(details).isVisible();
		assertThat(details).containsText("PUB.");
		assertThat(details.getByRole(AriaRole.HEADING, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Sources"))).isVisible();

		details.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Appliquer")).first().click();
		assertThat(page.getByLabel("Votre texte")).not().hasValue("Venez découvrir le meilleur cabinet dentaire de Lyon !");
	}

	@Test
	void aPreventionTipPassesWithoutAnyUnderline() {
		logIn("assistante@demo.sourire.fr");
		page.navigate(url("/cabinets/" + currentPracticeId() + "/verifier"));

		page.getByLabel("Votre texte").fill("Pensez à changer de brosse à dents tous les trois mois, et brossez-vous les dents deux minutes matin et soir.");

		assertThat(page.locator("#check-status")).hasText("Aucun problème détecté.");
		assertThat(page.locator(".checker-preview button.mark")).hasCount(0);
	}

	@Test
	void htmlTypedIntoTheTextStaysText() {
		logIn("assistante@demo.sourire.fr");
		page.navigate(url("/cabinets/" + currentPracticeId() + "/verifier"));
		page.onDialog(dialog -> {
			throw new AssertionError("a script ran: " + dialog.message());
		});

		page.getByLabel("Votre texte").fill("<img src=x onerror=alert(1)> le meilleur cabinet <script>alert(2)</script>");

		assertThat(page.locator(".checker-preview button.mark").first()).isVisible();
		assertThat(page.locator(".checker-preview img")).hasCount(0);
		assertThat(page.locator(".checker-preview")).containsText("<script>alert(2)</script>");
	}
}
