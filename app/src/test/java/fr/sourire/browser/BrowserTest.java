package fr.sourire.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The real application in a real browser: Debian's Chromium, headless, driven by Playwright (which must never try to
 * download a browser of its own).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BrowserTest {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static Playwright playwright;
	static Browser browser;

	@LocalServerPort
	int port;

	BrowserContext context;
	Page page;

	@BeforeAll
	static void launchChromium() {
		playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
			.setExecutablePath(CHROMIUM)
			.setHeadless(true)
			.setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
					"--disable-component-update", "--disable-sync", "--no-first-run")));
	}

	@AfterAll
	static void closeChromium() {
		if (browser != null) {
			browser.close();
		}
		if (playwright != null) {
			playwright.close();
		}
	}

	@BeforeEach
	void freshBrowserProfile() {
		context = browser.newContext(new Browser.NewContextOptions().setLocale("fr-FR"));
		page = context.newPage();
	}

	@AfterEach
	void closeProfile() {
		context.close();
	}

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
		assertThat(page.getByText("Bientôt disponible")).isVisible();
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
		for (String path : List.of("/", "/cabinets/" + tilleuls() + "/cabinet", "/parametres", "/cabinets/" + tilleuls() + "/journal")) {
			page.navigate(url(path));
			Object overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth");
			assertThat(((Number) overflow).intValue()).as("sideways overflow on " + path).isLessThanOrEqualTo(0);
		}
	}

	private String tilleuls() {
		String dashboard = page.url();
		return dashboard.substring(dashboard.indexOf("/cabinets/") + "/cabinets/".length()).replaceAll("\\D.*", "");
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
		assertThat(page.getByText("Sourire API").first()).isVisible();
	}

	private void logIn(String email) {
		page.navigate(url("/"));
		page.getByLabel("Adresse e-mail").fill(email);
		page.getByLabel("Mot de passe").fill("demo");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se connecter")).click();
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	private HttpResponse<String> http(String path, String authorization) throws Exception {
		var request = HttpRequest.newBuilder(URI.create(url(path)));
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
	}
}
