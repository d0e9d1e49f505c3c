package fr.sourire.publishing.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.head;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import fr.sourire.publishing.Network;
import fr.sourire.publishing.Publication;
import fr.sourire.publishing.Publication.PublishableMedia;
import fr.sourire.publishing.internal.DefaultConnections.Active;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.mock.env.MockEnvironment;
import tools.jackson.databind.JsonNode;

/**
 * A WireMock server (standalone flavour, dynamic port) playing one network, and the connector's settings pointing at
 * it: a 2 s request timeout (so a 4 s fixed delay is a timeout; 2 s leaves room for a loaded build machine) and fast Instagram polling.
 */
abstract class FakeNetworkTest {

	static final Instant NOW = Instant.parse("2026-11-28T16:00:00Z");
	static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

	static WireMockServer server;

	PublishingSettings settings;
	Http http;

	@BeforeAll
	static void start() {
		server = new WireMockServer(options().dynamicPort());
		server.start();
		fr.sourire.support.FakeNetworks.warmUp(server);
	}

	@AfterAll
	static void stop() {
		server.stop();
	}

	@BeforeEach
	void fresh() {
		server.resetAll();
		String base = server.baseUrl();
		var env = new MockEnvironment().withProperty("sourire.publishing.request-timeout", "2s")
			.withProperty("sourire.publishing.facebook.graph-url", base + "/v20.0")
			.withProperty("sourire.publishing.instagram.poll-interval", "10ms")
			.withProperty("sourire.publishing.instagram.max-polls", "5")
			.withProperty("sourire.publishing.linkedin.api-url", base)
			.withProperty("sourire.publishing.google.posts-url", base + "/v4");
		settings = new PublishingSettings(env);
		http = new Http(settings);
		server.stubFor(head(urlPathEqualTo("/media/1.jpg")).willReturn(aResponse().withStatus(200).withHeader("Content-Type", "image/jpeg")));
		server.stubFor(get(urlPathEqualTo("/media/1.jpg")).willReturn(aResponse().withStatus(200).withBody(new byte[] { 1, 2, 3 })));
	}

	Publication publication(Network network, int images) {
		var media = java.util.stream.IntStream.rangeClosed(1, images)
			.mapToObj(i -> new PublishableMedia(server.baseUrl() + "/media/" + i + ".jpg", "image/jpeg")).toList();
		return new Publication(1, "post-7-v2-" + network, network, "Le cabinet sera fermé le 15 août (pont).",
				"Bon été à tous !", media);
	}

	Publication text(Network network) {
		return new Publication(1, "post-8-" + network, network, "Brossez-vous les dents deux fois par jour.", null, List.of());
	}

	static Active active(Network network, String accountId) {
		return new Active(1, network, accountId, "Cabinet dentaire des Tilleuls", "PAGE_TOKEN");
	}

	static JsonNode body(LoggedRequest request) {
		return Http.JSON.readTree(request.getBodyAsString());
	}

	static String graphError(int code, int subcode, String message) {
		return "{\"error\":{\"message\":\"" + message + "\",\"type\":\"OAuthException\",\"code\":" + code
				+ (subcode == 0 ? "" : ",\"error_subcode\":" + subcode) + ",\"fbtrace_id\":\"EJplcsCHuLu\"}}";
	}
}
