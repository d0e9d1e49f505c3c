package fr.sourire.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import fr.sourire.practices.Practices;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** « Tous mes cabinets » in Chromium: reached from a practice's reviews, both practices listed, the trend drawn. */
class GroupReviewsBrowserTest extends ChromiumTest {

	@Autowired
	Practices practices;

	@Test
	void theAdministratorOfLyonAndMarseilleSeesBothPracticesAndTheGroupTrend() {
		long lyon = practices.findByName("Cabinet dentaire des Tilleuls").orElseThrow().id();
		logIn("admin@demo.sourire.fr");
		page.navigate(url("/cabinets/" + lyon + "/avis"));
		page.locator("#group-link").click();

		assertThat(page.locator("h1")).containsText("tous mes cabinets");
		assertThat(page.locator("#group-practices tbody tr")).hasCount(2);
		assertThat(page.locator("#group-practices")).containsText("Cabinet dentaire des Tilleuls");
		assertThat(page.locator("#group-practices")).containsText("Centre dentaire du Vieux-Port");
		assertThat(page.locator("#group-total")).containsText("Ensemble (2 cabinets)");
		page.waitForFunction("() => typeof Chart !== 'undefined' && Chart.getChart('chart-group-trend') !== undefined");
	}
}
