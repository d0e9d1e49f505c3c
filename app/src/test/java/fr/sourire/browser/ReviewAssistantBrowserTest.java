package fr.sourire.browser;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import fr.sourire.practices.Practices;
import fr.sourire.practices.Role;
import fr.sourire.reputation.AiReplies;
import fr.sourire.reputation.Reviews;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * In Chromium: the administrator turns AI drafting on (a WireMock fake of the chat completions API), drafts a reply
 * marked as AI-made, and follows a CSV import's progress on its own page until it is done.
 */
class ReviewAssistantBrowserTest extends ChromiumTest {

	static final WireMockServer ai = new WireMockServer(wireMockConfig().dynamicPort());

	static {
		ai.start();
	}

	@AfterAll
	static void stopAi() {
		ai.stop();
	}

	@Autowired
	Practices practices;

	@Autowired
	Reviews reviews;

	@Autowired
	AiReplies aiReplies;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theAdministratorTurnsAiDraftingOnAndGetsAMarkedDraft() {
		long practiceId = practices.findByName("Cabinet dentaire des Tilleuls").orElseThrow().id();
		long reviewId = reviews.findByExternalId(practiceId, "google", "demo-rude").orElseThrow().id();
		jdbc.sql("delete from review_reply where review_id = ?").param(reviewId).update();
		ai.stubFor(post(urlPathEqualTo("/v1/chat/completions")).willReturn(okJson("{\"choices\":[{\"message\":{\"role\":"
				+ "\"assistant\",\"content\":\"Bonjour, merci pour votre message. Nous sommes désolés de lire ce ressenti."
				+ " Si vous le souhaitez, vous pouvez joindre le cabinet pour en parler directement. L’équipe du cabinet\"}}]}")));
		try {
			logIn("admin@demo.sourire.fr");
			page.navigate(url("/cabinets/" + practiceId + "/avis"));
			page.locator("#reviews-settings-link").click();
			assertThat(page.locator("#ai-state")).containsText("désactivée");
			page.locator("#ai-enabled").check();
			page.getByLabel("Adresse du service").fill(ai.baseUrl());
			page.getByLabel("Modèle").fill("modele-demo");
			page.getByLabel("Clé d’API").fill("cle-du-navigateur");
			button("Enregistrer").last().click();
			assertThat(page.locator("#ai-state")).containsText("activée");
			assertThat(page.locator("#ai-key")).hasValue("");
			org.assertj.core.api.Assertions.assertThat(page.content()).doesNotContain("cle-du-navigateur");

			page.navigate(url("/cabinets/" + practiceId + "/avis/" + reviewId));
			page.getByLabel("Partir d’un modèle").selectOption("rudeness");
			button("Rédiger avec l’IA").click();
			assertThat(page.locator("#reply-ai")).hasText("Brouillon rédigé par l’IA");
			assertThat(page.locator("#reply-text")).hasValue(java.util.regex.Pattern.compile("^Bonjour, merci pour votre message.*"));
			assertThat(page.locator("#reply-findings")).not().containsText("bloque");
		}
		finally {
			aiReplies.configure(practiceId, false, null, null, null, "test", Role.ADMIN);
			jdbc.sql("delete from review_reply where review_id = ?").param(reviewId).update();
		}
	}

	@Test
	void aCsvImportShowsItsProgressUntilItIsDone() {
		String unique = UUID.randomUUID().toString().substring(0, 8);
		var csv = new StringBuilder("id;auteur;note;date\n");
		for (int i = 0; i < 1100; i++) {
			csv.append("nav-").append(unique).append('-').append(i).append(";Auteur;").append(1 + i % 5).append(";2019-03-0")
				.append(1 + i % 9).append('\n');
		}
		logIn("assistante@demo.sourire.fr");
		long practiceId = currentPracticeId();
		page.navigate(url("/cabinets/" + practiceId + "/avis"));
		page.getByLabel("Fichier CSV").setInputFiles(new FilePayload("avis.csv", "text/csv",
				csv.toString().getBytes(StandardCharsets.UTF_8)));
		button("Aperçu").click();
		button("Importer").click();
		page.waitForURL("**/avis/imports/**");
		assertThat(page.locator("#import-total")).hasText("1100");
		assertThat(page.locator("#import-state")).hasText("Terminé", new com.microsoft.playwright.assertions.LocatorAssertions
			.HasTextOptions().setTimeout(60_000));
		assertThat(page.locator("#import-done")).hasText("1100");
		assertThat(page.locator("#import-added")).hasText("1100");

		// Coming back later from the reviews page shows the same import.
		page.navigate(url("/cabinets/" + practiceId + "/avis"));
		page.locator("#recent-imports a").first().click();
		assertThat(page.locator("#import-state")).hasText("Terminé");
		jdbc.sql("delete from review where practice_id = ? and external_id like ?").param(practiceId).param("nav-" + unique + "-%")
			.update();
	}

	private Locator button(String name) {
		return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
	}
}
