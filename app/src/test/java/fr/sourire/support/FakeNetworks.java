package fr.sourire.support;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * One WireMock server (standalone flavour, dynamic port) playing every network's OAuth and API endpoints for the whole
 * application. Test classes extending this share one Spring context (same properties), so it is started once.
 */
public abstract class FakeNetworks {

	protected static final WireMockServer fake = new WireMockServer(options().dynamicPort());

	static {
		fake.start();
		warmUp(fake);
		Runtime.getRuntime().addShutdownHook(new Thread(fake::stop));
	}

	/**
	 * The first request to a fresh WireMock pays for its thread pool and class loading (seconds on a loaded machine):
	 * paid here, not inside a connector's 2 s timeout.
	 */
	public static void warmUp(WireMockServer server) {
		try {
			java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.baseUrl() + "/__admin/health")).build(),
					java.net.http.HttpResponse.BodyHandlers.discarding());
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	@DynamicPropertySource
	static void networksAreFakes(DynamicPropertyRegistry registry) {
		String base = fake.baseUrl();
		registry.add("sourire.public-base-url", () -> "https://sourire.example.fr");
		registry.add("sourire.publishing.request-timeout", () -> "2s");
		registry.add("sourire.publishing.facebook.client-id", () -> "FB_APP");
		registry.add("sourire.publishing.facebook.client-secret", () -> "FB_SECRET");
		registry.add("sourire.publishing.facebook.authorize-url", () -> base + "/v20.0/dialog/oauth");
		registry.add("sourire.publishing.facebook.graph-url", () -> base + "/v20.0");
		registry.add("sourire.publishing.linkedin.client-id", () -> "LI_APP");
		registry.add("sourire.publishing.linkedin.client-secret", () -> "LI_SECRET");
		registry.add("sourire.publishing.linkedin.authorize-url", () -> base + "/oauth/v2/authorization");
		registry.add("sourire.publishing.linkedin.token-url", () -> base + "/oauth/v2/accessToken");
		registry.add("sourire.publishing.linkedin.api-url", () -> base);
		registry.add("sourire.publishing.google.client-id", () -> "G_APP");
		registry.add("sourire.publishing.google.client-secret", () -> "G_SECRET");
		registry.add("sourire.publishing.google.token-url", () -> base + "/token");
		registry.add("sourire.publishing.google.accounts-url", () -> base + "/v1");
		registry.add("sourire.publishing.google.information-url", () -> base + "/v1");
		registry.add("sourire.publishing.google.posts-url", () -> base + "/v4");
		registry.add("sourire.reputation.google.base-url", () -> base);
	}
}
