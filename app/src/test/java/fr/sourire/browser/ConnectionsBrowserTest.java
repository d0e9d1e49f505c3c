package fr.sourire.browser;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * « Connexions » in Chromium: the administrator connects LinkedIn through a fake authorisation page (WireMock sends the
 * browser back to Sourire with a code, as LinkedIn does), then disconnects it. Proves the whole round trip works under
 * the application's Content-Security-Policy.
 */
class ConnectionsBrowserTest extends ChromiumTest {

	static final WireMockServer linkedin = new WireMockServer(options().dynamicPort());
	static final int APP_PORT = freePort();

	static {
		linkedin.start();
		Runtime.getRuntime().addShutdownHook(new Thread(linkedin::stop));
	}

	private static int freePort() {
		try (var socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The redirect URI must name the real server, so the port is chosen here rather than at random by Boot. */
	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("server.port", () -> APP_PORT);
		registry.add("sourire.public-base-url", () -> "http://localhost:" + APP_PORT);
		registry.add("sourire.publishing.linkedin.client-id", () -> "LI_APP");
		registry.add("sourire.publishing.linkedin.authorize-url", () -> linkedin.baseUrl() + "/oauth/v2/authorization");
		registry.add("sourire.publishing.linkedin.token-url", () -> linkedin.baseUrl() + "/oauth/v2/accessToken");
		registry.add("sourire.publishing.linkedin.api-url", () -> linkedin.baseUrl());
	}

	@Test
	void theAdministratorConnectsAndDisconnectsLinkedIn() {
		linkedin.resetAll();
		linkedin.stubFor(get(urlPathEqualTo("/oauth/v2/authorization")).willReturn(aResponse().withStatus(302)
			.withHeader("Location", "{{request.query.redirect_uri}}?code=LI_CODE&state={{request.query.state}}")
			.withTransformers("response-template")));
		linkedin.stubFor(post(urlPathEqualTo("/oauth/v2/accessToken")).willReturn(okJson(
				"{\"access_token\":\"LI_A\",\"expires_in\":5184000}")));
		linkedin.stubFor(get(urlPathEqualTo("/v2/organizationalEntityAcls")).willReturn(okJson("""
				{"elements":[{"role":"ADMINISTRATOR","organizationalTarget":"urn:li:organization:7",
				  "organizationalTarget~":{"localizedName":"Tilleuls sur LinkedIn"}}]}""")));

		logIn("admin@demo.sourire.fr");
		long practiceId = currentPracticeId();
		page.navigate(url("/cabinets/" + practiceId + "/connexions"));
		Locator row = page.locator("tr[data-network=linkedin]");
		if (row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Déconnecter")).count() > 0) {
			row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Déconnecter")).click();
		}
		assertThat(page.locator("tr[data-network=sandbox]")).containsText("Toujours connecté en démonstration");

		page.locator("tr[data-network=linkedin]").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Connecter")).click();

		page.waitForURL("**/cabinets/" + practiceId + "/connexions");
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("La connexion a réussi.");
		assertThat(page.locator("tr[data-network=linkedin]")).containsText("Tilleuls sur LinkedIn");
		assertThat(page.locator("tr[data-network=linkedin]")).containsText("Connecté");

		page.locator("tr[data-network=linkedin]").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Déconnecter")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Le réseau a été déconnecté.");
		assertThat(page.locator("tr[data-network=linkedin]")).containsText("Non connecté");
	}
}
