package fr.sourire.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shell in a real browser: login, navigation, languages, practice switcher, tokens, errors, small screens. */
class BrowserTest extends ChromiumTest {

	@Test
	void assistantLogsInAndSeesTheFrenchDashboard() {
		logIn("assistante@demo.sourire.fr");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Tableau de bord").setLevel(1))).isVisible();
		assertThat(page.locator("html")).hasAttribute("lang", "fr");
		assertThat(page.getByText("Bonjour Camille Roche,")).isVisible();
		var navigation = page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Navigation principale"));
		for (String item : List.of("Tableau de bord", "Publications", "Calendrier", "Avis", "Médias", "Vérifier un texte", "Cabinet", "Paramètres")) {
			assertThat(navigation.getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName(item).setExact(true))).isVisible();
		}
		navigation.getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Avis")).click();
		assertThat(page.locator("#stat-average")).isVisible();
	}

	@Test
	void userSwitchesToEnglishAndItIsRemembered() {
		logIn("assistante@demo.sourire.fr");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("English")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Dashboard").setLevel(1))).isVisible();
		assertThat(page.locator("html")).hasAttribute("lang", "en");
		page.navigate(url("/parametres"));
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Settings").setLevel(1))).isVisible();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Français")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Paramètres").setLevel(1))).isVisible();
	}

	@Test
	void administratorSwitchesPracticeFromTheHeader() {
		logIn("admin@demo.sourire.fr");
		page.getByLabel("Cabinet", new Page.GetByLabelOptions().setExact(true)).selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Centre dentaire du Vieux-Port"));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Changer")).click();
		assertThat(page.getByText("bienvenue dans l’espace de « Centre dentaire du Vieux-Port »")).isVisible();
	}

	@Test
	void assistantCreatesAnApiTokenShownOnceThatWorks() throws Exception {
		logIn("assistante@demo.sourire.fr");
		page.navigate(url("/parametres"));
		page.getByLabel("Nom du jeton").fill("Mon intégration");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Créer un jeton")).click();
		String secret = page.locator("#nouveau-jeton").textContent().trim();
		HttpResponse<String> me = http("/api/v1/me", "Bearer " + secret);
		assertThat(me.statusCode()).isEqualTo(200);
		assertThat(me.body()).contains("assistante@demo.sourire.fr");
		page.reload();
		assertThat(page.locator("#nouveau-jeton")).hasCount(0);
	}

	@Test
	void pagesFitAPhoneScreenWithoutSidewaysScrolling() {
		page.setViewportSize(375, 740);
		logIn("admin@demo.sourire.fr");
		for (String path : List.of("/", "/cabinets/" + currentPracticeId() + "/cabinet", "/parametres", "/cabinets/" + currentPracticeId() + "/journal")) {
			page.navigate(url(path));
			Object overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth");
			assertThat(((Number) overflow).intValue()).as("sideways overflow on " + path).isLessThanOrEqualTo(0);
		}
	}

	@Test
	void skipLinkComesFirstForKeyboardUsers() {
		logIn("assistante@demo.sourire.fr");
		page.navigate(url("/parametres"));
		page.keyboard().press("Tab");
		assertThat(page.locator(":focus")).hasText("Aller au contenu");
		page.keyboard().press("Enter");
		assertThat(page.locator(":focus")).hasAttribute("id", "contenu");
	}

	@Test
	void realServerErrorsAreFriendlyPagesAndProblemDetails() throws Exception {
		logIn("assistante@demo.sourire.fr");
		page.navigate(url("/cabinets/999999"));
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Page introuvable"))).isVisible();

		HttpResponse<String> api = http("/api/v1/inconnu", "Bearer demo-assistante");
		assertThat(api.statusCode()).isEqualTo(404);
		assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		HttpResponse<String> health = http("/actuator/health", null);
		assertThat(health.statusCode()).isEqualTo(200);
	}

	@Test
	void swaggerUiLoadsUnderTheContentSecurityPolicy() {
		page.navigate(url("/swagger-ui.html"));
		// Swagger UI's 1.5 MB bundle renders slowly on a busy 2-core machine: more than the default 5 s was seen.
		assertThat(page.getByText("Sourire API").first()).isVisible(
				new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
	}
}
