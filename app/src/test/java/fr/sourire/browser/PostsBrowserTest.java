package fr.sourire.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/**
 * The whole flow in Chromium: the assistant writes a post with a forbidden phrase, sees it underlined, fixes it and
 * submits; the dentist approves; db-scheduler publishes it to the sandbox at its time; the calendar shows it published.
 */
class PostsBrowserTest extends ChromiumTest {

	@Test
	void assistantWritesDentistApprovesAndThePostGoesOutAtItsTime() {
		logIn("assistante@demo.sourire.fr");
		long practiceId = currentPracticeId();
		page.navigate(url("/cabinets/" + practiceId + "/publications"));

		var text = page.getByLabel("Texte de la publication");
		text.fill("Venez découvrir le meilleur cabinet dentaire de Lyon !");
		assertThat(page.locator(".checker-preview button.mark").first()).isVisible();
		assertThat(page.locator("#check-status")).containsText("à corriger");

		String fixed = "Pensez à changer de brosse à dents tous les trois mois, et brossez-vous les dents deux minutes matin et soir. " + System.nanoTime() % 100000;
		text.fill(fixed);
		assertThat(page.locator("#check-status")).hasText("Aucun problème détecté.");
		assertThat(page.locator("[data-preview=SANDBOX] .post-preview-text")).hasText(fixed);

		// Datetime inputs work to the minute: the next full minute at least 75 s away, in Paris time.
		LocalDateTime at = LocalDateTime.now(ZoneId.of("Europe/Paris")).plusSeconds(75).truncatedTo(ChronoUnit.MINUTES).plusMinutes(1);
		page.getByLabel("Date et heure de publication (heure de Paris)").fill(at.format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Envoyer pour approbation")).click();
		page.waitForURL("**/publications/*");
		assertThat(page.locator("p.notice[role=status]")).containsText("envoyée au chirurgien-dentiste");
		assertThat(page.locator("#post-state")).hasText("En attente d’approbation");
		String postPath = page.url().substring(page.url().indexOf("/cabinets/"));

		var dentistProfile = browser.newContext(new Browser.NewContextOptions().setLocale("fr-FR"));
		try {
			page = dentistProfile.newPage();
			logIn("dentiste@demo.sourire.fr");
			page.navigate(url(postPath));
			assertThat(page.locator(".approval")).containsText("Aucun problème relevé.");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approuver cette version")).click();
			assertThat(page.locator("p.notice[role=status]")).containsText("approuvée et programmée");
			assertThat(page.locator("#post-state")).hasText("Approuvée et programmée");
			assertThat(page.locator("[data-target=SANDBOX] .target-status")).hasText("Programmée");

			String week = "/cabinets/" + practiceId + "/calendrier?vue=semaine&date=" + at.toLocalDate();
			var entry = page.locator(".calendar .entry", new Page.LocatorOptions().setHasText(fixed.substring(0, 30)));
			long deadline = System.currentTimeMillis() + 240_000;
			do {
				page.navigate(url(week));
				if (entry.locator(".state-published").count() > 0) {
					break;
				}
				page.waitForTimeout(3000);
			}
			while (System.currentTimeMillis() < deadline);
			assertThat(entry.locator(".state")).hasText("Publiée");

			page.navigate(url(postPath));
			assertThat(page.locator("[data-target=SANDBOX] .target-status")).hasText("Publiée");
		}
		finally {
			dentistProfile.close();
		}
	}
}
