package fr.sourire.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
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
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the browser tests: the real application with its demo data, in Debian's Chromium, headless, driven by
 * Playwright (which must never try to download a browser of its own). Each test gets a fresh browser profile.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class ChromiumTest {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	/** Password of every demo user. */
	protected static final String DEMO_PASSWORD = "demo";

	static Playwright playwright;
	static Browser browser;

	@LocalServerPort
	protected int port;

	protected BrowserContext context;
	protected Page page;

	@BeforeAll
	static void launchChromium() {
		// Two shared cores under a full build: a page that checks a photo or builds the OpenAPI document can take
		// several seconds, well past Playwright's 5-second default, without anything being wrong.
		PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
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
		context.setDefaultTimeout(30_000);
		page = context.newPage();
	}

	@AfterEach
	void closeProfile() {
		context.close();
	}

	/** Logs a demo user in through the login form; the browser lands on that user's dashboard. */
	protected void logIn(String email) {
		page.navigate(url("/"));
		page.getByLabel("Adresse e-mail").fill(email);
		page.getByLabel("Mot de passe").fill(DEMO_PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se connecter")).click();
		page.waitForURL("**/cabinets/**");
	}

	/** Id of the practice whose page is shown (read from the address, e.g. /cabinets/12/…). */
	protected long currentPracticeId() {
		String address = page.url();
		return Long.parseLong(address.substring(address.indexOf("/cabinets/") + "/cabinets/".length()).replaceAll("\\D.*", ""));
	}

	protected String url(String path) {
		return "http://localhost:" + port + path;
	}

	/** A plain HTTP GET beside the browser (API, health), with an optional Authorization header. */
	protected HttpResponse<String> http(String path, String authorization) throws Exception {
		var request = HttpRequest.newBuilder(URI.create(url(path)));
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
	}
}
