package fr.sourire.reputation;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import fr.sourire.practices.PracticeDetails;
import fr.sourire.practices.Practices;
import fr.sourire.publishing.Connections;
import fr.sourire.publishing.Network;
import fr.sourire.support.FakeNetworks;
import fr.sourire.support.H2Test;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Reviews read through the practice's Google Business Profile connection (the one publishing uses), not a pasted token:
 * the location comes from the connection, an expiring token is renewed first, and a revoked one is reported in plain
 * French on the reviews page, as for publishing.
 */
@H2Test
class ReviewsThroughGoogleConnectionH2Test extends FakeNetworks {

	private static final String REVIEWS = "/v4/accounts/111/locations/222/reviews";

	@Autowired
	Connections connections;

	@Autowired
	ReviewSync sync;

	@Autowired
	Reviews reviews;

	@Autowired
	Practices practices;

	long practiceId;

	@BeforeEach
	void aPracticeConnectedToGoogle() {
		fake.resetAll();
		practiceId = practices.create(new PracticeDetails("Cabinet " + UUID.randomUUID(), "2 rue des Lilas, 69003 Lyon",
				"04 11 22 33 44", "contact@lilas.fr", "FR", null), "test").id();
		fake.stubFor(post(urlPathEqualTo("/token")).withRequestBody(containing("grant_type=authorization_code"))
			.willReturn(okJson("{\"access_token\":\"G1\",\"expires_in\":300,\"refresh_token\":\"G_REFRESH\"}")));
		fake.stubFor(get(urlPathEqualTo("/v1/accounts")).willReturn(okJson("{\"accounts\":[{\"name\":\"accounts/111\"}]}")));
		fake.stubFor(get(urlPathEqualTo("/v1/accounts/111/locations")).willReturn(okJson(
				"{\"locations\":[{\"name\":\"locations/222\",\"title\":\"Cabinet des Lilas\"}]}")));
		connections.complete(practiceId, Network.GOOGLE_BUSINESS, "G_CODE", "admin@lilas.fr");
	}

	@Test
	void theConnectionGivesTheLocationAndARenewedTokenWithoutAnythingPasted() {
		fake.stubFor(post(urlPathEqualTo("/token")).withRequestBody(containing("grant_type=refresh_token"))
			.willReturn(okJson("{\"access_token\":\"G2\",\"expires_in\":3599}")));
		fake.stubFor(get(urlPathEqualTo(REVIEWS)).willReturn(okJson("""
				{"reviews":[{"reviewId":"c1","reviewer":{"displayName":"Inès P."},"starRating":"FOUR",
				  "comment":"Accueil très gentil.","createTime":"2026-11-20T09:00:00Z","updateTime":"2026-11-20T09:00:00Z"}],
				 "averageRating":4,"totalReviewCount":1}""")));

		assertThat(sync.practicesToSync()).contains(practiceId);
		assertThat(sync.source(practiceId)).hasValueSatisfying(s -> {
			assertThat(s.connectedLocation()).isEqualTo("Cabinet des Lilas");
			assertThat(s.linked()).isTrue();
		});

		var result = sync.sync(practiceId, "test");

		assertThat(result.error()).isNull();
		assertThat(result.added()).isEqualTo(1);
		assertThat(reviews.findByExternalId(practiceId, "google", "c1")).isPresent();
		// Five minutes left on G1: renewed before Google was called.
		fake.verify(getRequestedFor(urlPathEqualTo(REVIEWS)).withHeader("Authorization", equalTo("Bearer G2")));
	}

	@Test
	void aRevokedConnectionIsReportedInPlainFrenchAndNothingIsLost() {
		fake.stubFor(post(urlPathEqualTo("/token")).withRequestBody(containing("grant_type=refresh_token"))
			.willReturn(aResponse().withStatus(400).withBody("{\"error\":\"invalid_grant\"}")));

		var result = sync.sync(practiceId, "test");

		assertThat(result.error()).contains("reconnectez");
		assertThat(sync.source(practiceId).orElseThrow().lastSyncError()).contains("reconnectez");
		fake.verify(0, getRequestedFor(urlPathEqualTo(REVIEWS)));
	}
}
