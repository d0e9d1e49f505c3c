package fr.sourire.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Drag and drop in the week view: a post keeps its time on the day it is dropped on; an approved post is moved only
 * after the page's confirmation, and then goes back to the dentist.
 */
class CalendarBrowserTest extends ChromiumTest {

	@Test
	void anApprovedPostDroppedOnAnotherDayAsksFirstThenGoesBackToTheDentist() {
		logIn("dentiste@demo.sourire.fr");
		long practiceId = currentPracticeId();
		LocalDate tuesday = LocalDate.now(ZoneId.of("Europe/Paris")).plusWeeks(3).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusDays(1);
		String text = "Le cabinet participe à la semaine de la prévention bucco-dentaire. " + System.nanoTime() % 100000;

		page.navigate(url("/cabinets/" + practiceId + "/publications"));
		page.getByLabel("Texte de la publication").fill(text);
		page.getByLabel("Date et heure de publication (heure de Paris)").fill(tuesday + "T10:15");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Envoyer pour approbation")).click();
		page.waitForURL("**/publications/*");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approuver cette version")).click();
		assertThat(page.locator("#post-state")).hasText("Approuvée et programmée");

		page.navigate(url("/cabinets/" + practiceId + "/calendrier?vue=semaine&date=" + tuesday));
		Locator entry = page.locator(".calendar .entry", new Page.LocatorOptions().setHasText(text.substring(0, 40)));
		assertThat(page.locator("td[data-date='" + tuesday + "'] .entry", new Page.LocatorOptions().setHasText(text.substring(0, 40)))).hasCount(1);

		// First refused: nothing moves.
		List<String> dialogs = new ArrayList<>();
		page.onceDialog(dialog -> {
			dialogs.add(dialog.message());
			dialog.dismiss();
		});
		entry.dragTo(page.locator("td[data-date='" + tuesday.plusDays(1) + "']"));
		assertThat(dialogs).singleElement().asString().contains("annule l’approbation");
		assertThat(page.locator("td[data-date='" + tuesday + "'] .entry", new Page.LocatorOptions().setHasText(text.substring(0, 40)))).hasCount(1);

		// Then accepted: the post is on Wednesday at the same time, waiting for the dentist again.
		page.onceDialog(dialog -> dialog.accept());
		entry.dragTo(page.locator("td[data-date='" + tuesday.plusDays(1) + "']"));
		page.waitForURL("**/calendrier?vue=semaine**");
		assertThat(page.locator("p.notice[role=status]")).containsText("reprogrammée");
		Locator moved = page.locator("td[data-date='" + tuesday.plusDays(1) + "'] .entry", new Page.LocatorOptions().setHasText(text.substring(0, 40)));
		assertThat(moved).containsText("10:15");
		assertThat(moved.locator(".state")).hasText("En attente d’approbation");
	}
}
