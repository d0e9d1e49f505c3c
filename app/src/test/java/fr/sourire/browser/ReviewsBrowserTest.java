package fr.sourire.browser;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fr.sourire.practices.Practices;
import fr.sourire.reputation.ReviewSync;
import fr.sourire.reputation.Reviews;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Replying to a negative review in Chromium, from the assistant's draft to Google (a WireMock fake), and a review
 * carrying a script shown as text.
 */
class ReviewsBrowserTest extends ChromiumTest {

	static final WireMockServer google = new WireMockServer(wireMockConfig().dynamicPort());

	static {
		google.start();
	}

	@AfterAll
	static void stopGoogle() {
		google.stop();
	}

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("sourire.reputation.google.base-url", google::baseUrl);
	}

	@Autowired
	Practices practices;

	@Autowired
	Reviews reviews;

	@Autowired
	ReviewSync sync;

	@Autowired
	JdbcClient jdbc;

	@Test
	void assistantDraftsFixesAndSubmitsTheDentistApprovesAndTheReplyReachesGoogle() {
		long practiceId = practices.findByName("Cabinet dentaire des Tilleuls").orElseThrow().id();
		sync.configure(practiceId, "accounts/77/locations/88", "jeton-demo", "", 0, "test");
		long reviewId = reviews.findByExternalId(practiceId, "google", "demo-waiting").orElseThrow().id();
		jdbc.sql("delete from review_reply where review_id = ?").param(reviewId).update();
		google.stubFor(put(urlPathEqualTo("/v4/accounts/77/locations/88/reviews/demo-waiting/reply"))
			.willReturn(okJson("{\"comment\":\"ok\",\"updateTime\":\"2026-11-28T10:00:00Z\"}")));

		logIn("assistante@demo.sourire.fr");
		page.navigate(url("/cabinets/" + practiceId + "/avis"));
		page.locator("#reviews tr", new Page.LocatorOptions().setHasText("Julien M.")).getByRole(AriaRole.LINK).click();
		assertThat(page.locator(".review-text")).containsText("1h15");

		page.getByLabel("Votre réponse").fill("Bonjour, merci pour votre message. Nous espérons que votre détartrage "
				+ "s’est bien passé. L’équipe du cabinet");
		button("Enregistrer et vérifier").click();
		assertThat(page.locator("#reply-findings")).containsText("SECRET.");
		assertThat(page.locator("#reply-findings")).containsText("bloque");
		button("Soumettre au dentiste").click();
		assertThat(page.locator("#review-error")).containsText("corrigez");

		page.getByLabel("Votre réponse").fill("Bonjour, merci pour votre message. Nous sommes désolés de lire ce ressenti."
				+ " Si vous le souhaitez, vous pouvez joindre le cabinet au 04 78 00 12 34 pour en parler directement."
				+ " L’équipe du cabinet");
		button("Enregistrer et vérifier").click();
		assertThat(page.locator("#reply-findings")).not().containsText("SECRET.");
		button("Soumettre au dentiste").click();
		assertThat(page.locator("#reply-state")).containsText("soumise au dentiste");
		assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approuver ce texte"))).hasCount(0);

		context.close();
		context = browser.newContext(new Browser.NewContextOptions().setLocale("fr-FR"));
		page = context.newPage();
		logIn("dentiste@demo.sourire.fr");
		page.navigate(url("/cabinets/" + practiceId + "/avis/" + reviewId));
		button("Approuver ce texte").click();
		assertThat(page.locator("#reply-state")).containsText("approuvée");
		assertThat(page.locator("#reply-state")).containsText("Claire Martin");
		button("Publier sur Google").click();
		assertThat(page.locator("#reply-state")).containsText("publiée");
		assertThat(page.locator("#posted-reply")).containsText("désolés de lire ce ressenti");

		google.verify(1, putRequestedFor(urlPathEqualTo("/v4/accounts/77/locations/88/reviews/demo-waiting/reply"))
			.withHeader("Authorization", containing("jeton-demo"))
			.withRequestBody(containing("désolés de lire ce ressenti")));
	}

	@Test
	void aReviewCarryingAScriptIsShownAsText() {
		logIn("assistante@demo.sourire.fr");
		long practiceId = currentPracticeId();
		page.onDialog(dialog -> {
			throw new AssertionError("a script ran: " + dialog.message());
		});
		page.navigate(url("/cabinets/" + practiceId + "/avis"));
		assertThat(page.locator("#reviews")).containsText("<script>alert(1)</script>");
		assertThat(page.locator("#reviews img")).hasCount(0);

		long reviewId = reviews.findByExternalId(practiceId, "google", "demo-script").orElseThrow().id();
		page.navigate(url("/cabinets/" + practiceId + "/avis/" + reviewId));
		assertThat(page.locator(".review-text")).containsText("<script>alert(1)</script>");
		assertThat(page.locator(".review-text")).containsText("<img src=x onerror=alert(2)>");
		assertThat(page.locator(".review-author")).hasText("Robin <b>H.</b>");
		assertThat(page.locator(".review img")).hasCount(0);
	}

	private Locator button(String name) {
		return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
	}
}
