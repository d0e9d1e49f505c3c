package fr.sourire.publishing.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import fr.sourire.publishing.Network;
import fr.sourire.publishing.PublicationOutcome;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** LinkedIn organisation connector against a fake /rest API (platform-apis.md §3.4). */
class LinkedInConnectorTest extends FakeNetworkTest {

	static final String ORG = "urn:li:organization:123";

	LinkedInConnector connector() {
		return new LinkedInConnector(http, settings, CLOCK);
	}

	@Test
	void aTextPostCarriesTheVersionHeadersAndEscapedCommentaryAndItsIdComesFromXRestliId() {
		server.stubFor(post(urlPathEqualTo("/rest/posts"))
			.willReturn(aResponse().withStatus(201).withHeader("x-restli-id", "urn:li:share:7000")));

		var sent = connector().send(text(Network.LINKEDIN), active(Network.LINKEDIN, ORG));

		assertThat(sent.outcome()).isEqualTo(new PublicationOutcome.Published("urn:li:share:7000",
				"https://www.linkedin.com/feed/update/urn:li:share:7000/"));
		var request = server.findAll(postRequestedFor(urlPathEqualTo("/rest/posts"))
			.withHeader("LinkedIn-Version", equalTo("202601")).withHeader("X-Restli-Protocol-Version", equalTo("2.0.0"))
			.withHeader("Authorization", equalTo("Bearer PAGE_TOKEN")));
		assertThat(request).hasSize(1);
		var post = body(request.get(0));
		assertThat(post.path("author").asString()).isEqualTo(ORG);
		assertThat(post.path("commentary").asString()).isEqualTo("Brossez-vous les dents deux fois par jour.");
		assertThat(post.path("visibility").asString()).isEqualTo("PUBLIC");
		assertThat(post.path("distribution").path("feedDistribution").asString()).isEqualTo("MAIN_FEED");
		assertThat(post.path("lifecycleState").asString()).isEqualTo("PUBLISHED");
	}

	@Test
	void theCreatedPostIsReadBackWithTheSameHeadersAndItsPermalinkBuiltFromItsUrn() {
		server.stubFor(post(urlPathEqualTo("/rest/posts"))
			.willReturn(aResponse().withStatus(201).withHeader("x-restli-id", "urn:li:share:7003")));
		server.stubFor(get(urlPathEqualTo("/rest/posts/urn%3Ali%3Ashare%3A7003"))
			.willReturn(okJson("{\"id\":\"urn:li:share:7003\",\"author\":\"" + ORG + "\",\"lifecycleState\":\"PUBLISHED\"}")));

		var sent = connector().send(text(Network.LINKEDIN), active(Network.LINKEDIN, ORG));

		assertThat(sent.ambiguous()).isFalse();
		assertThat(sent.outcome()).isEqualTo(new PublicationOutcome.Published("urn:li:share:7003",
				"https://www.linkedin.com/feed/update/urn:li:share:7003/"));
		server.verify(1, getRequestedFor(urlPathEqualTo("/rest/posts/urn%3Ali%3Ashare%3A7003"))
			.withHeader("LinkedIn-Version", equalTo("202601")).withHeader("X-Restli-Protocol-Version", equalTo("2.0.0"))
			.withHeader("Authorization", equalTo("Bearer PAGE_TOKEN")));
	}

	@Test
	void aFailedReadBackLeavesThePostPublished() {
		server.stubFor(post(urlPathEqualTo("/rest/posts"))
			.willReturn(aResponse().withStatus(201).withHeader("x-restli-id", "urn:li:share:7004")));
		var published = new PublicationOutcome.Published("urn:li:share:7004", "https://www.linkedin.com/feed/update/urn:li:share:7004/");
		for (var readBack : List.of(aResponse().withStatus(404).withBody("{\"status\":404,\"message\":\"Not found\"}"),
				aResponse().withStatus(500), aResponse().withStatus(200).withBody("<html>garbage"),
				aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("{}").withFixedDelay(4000))) {
			server.stubFor(get(urlPathEqualTo("/rest/posts/urn%3Ali%3Ashare%3A7004")).willReturn(readBack));

			var sent = connector().send(text(Network.LINKEDIN), active(Network.LINKEDIN, ORG));

			assertThat(sent.ambiguous()).isFalse();
			assertThat(sent.outcome()).isEqualTo(published);
		}
		server.verify(4, getRequestedFor(urlPathEqualTo("/rest/posts/urn%3Ali%3Ashare%3A7004")));
	}

	@Test
	void reservedCharactersAreEscapedInLittleText() {
		assertThat(LinkedInConnector.littleText("Fermé (15 août) #vacances @cabinet"))
			.isEqualTo("Fermé \\(15 août\\) \\#vacances \\@cabinet");
	}

	@Test
	void anImageIsInitialisedUploadedThenReferencedAndTheFirstCommentFollows() {
		server.stubFor(post(urlPathEqualTo("/rest/images")).withQueryParam("action", equalTo("initializeUpload"))
			.willReturn(okJson("{\"value\":{\"uploadUrl\":\"" + server.baseUrl() + "/upload/abc\",\"image\":\"urn:li:image:C4\"}}")));
		server.stubFor(put(urlPathEqualTo("/upload/abc")).willReturn(aResponse().withStatus(201)));
		server.stubFor(get(urlPathEqualTo("/rest/images/urn%3Ali%3Aimage%3AC4")).inScenario("image")
			.whenScenarioStateIs(com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED)
			.willReturn(okJson("{\"id\":\"urn:li:image:C4\",\"status\":\"PROCESSING\"}")).willSetStateTo("ready"));
		server.stubFor(get(urlPathEqualTo("/rest/images/urn%3Ali%3Aimage%3AC4")).inScenario("image").whenScenarioStateIs("ready")
			.willReturn(okJson("{\"id\":\"urn:li:image:C4\",\"status\":\"AVAILABLE\"}")));
		server.stubFor(post(urlPathEqualTo("/rest/posts"))
			.willReturn(aResponse().withStatus(201).withHeader("x-restli-id", "urn:li:share:7001")));
		server.stubFor(post(urlPathEqualTo("/rest/socialActions/urn%3Ali%3Ashare%3A7001/comments")).willReturn(aResponse().withStatus(201)));

		var outcome = connector().send(publication(Network.LINKEDIN, 1), active(Network.LINKEDIN, ORG)).outcome();

		assertThat(outcome).isInstanceOf(PublicationOutcome.Published.class);
		assertThat(body(server.findAll(postRequestedFor(urlPathEqualTo("/rest/images"))).get(0))
			.path("initializeUploadRequest").path("owner").asString()).isEqualTo(ORG);
		assertThat(server.findAll(putRequestedFor(urlPathEqualTo("/upload/abc"))).get(0).getBody()).containsExactly(1, 2, 3);
		server.verify(2, com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(urlPathEqualTo("/rest/images/urn%3Ali%3Aimage%3AC4")));
		var post = body(server.findAll(postRequestedFor(urlPathEqualTo("/rest/posts"))).get(0));
		assertThat(post.path("content").path("media").path("id").asString()).isEqualTo("urn:li:image:C4");
		assertThat(post.path("commentary").asString()).isEqualTo("Le cabinet sera fermé le 15 août \\(pont\\).");
		var comment = body(server.findAll(postRequestedFor(urlPathEqualTo("/rest/socialActions/urn%3Ali%3Ashare%3A7001/comments"))).get(0));
		assertThat(comment.path("actor").asString()).isEqualTo(ORG);
		assertThat(comment.path("object").asString()).isEqualTo("urn:li:share:7001");
		assertThat(comment.path("message").path("text").asString()).isEqualTo("Bon été à tous !");
	}

	@Test
	void twoPhotosAreEachDownloadedFromTheirLinkUploadedAndPostedAsAMultiImage() {
		server.stubFor(get(urlPathEqualTo("/media/2.jpg")).willReturn(aResponse().withStatus(200).withBody(new byte[] { 4, 5 })));
		server.stubFor(post(urlPathEqualTo("/rest/images")).inScenario("uploads").whenScenarioStateIs(Scenario.STARTED)
			.willReturn(okJson("{\"value\":{\"uploadUrl\":\"" + server.baseUrl() + "/upload/one\",\"image\":\"urn:li:image:A\"}}"))
			.willSetStateTo("second"));
		server.stubFor(post(urlPathEqualTo("/rest/images")).inScenario("uploads").whenScenarioStateIs("second")
			.willReturn(okJson("{\"value\":{\"uploadUrl\":\"" + server.baseUrl() + "/upload/two\",\"image\":\"urn:li:image:B\"}}")));
		server.stubFor(put(urlPathEqualTo("/upload/one")).willReturn(aResponse().withStatus(201)));
		server.stubFor(put(urlPathEqualTo("/upload/two")).willReturn(aResponse().withStatus(201)));
		server.stubFor(get(urlPathEqualTo("/rest/images/urn%3Ali%3Aimage%3AA")).willReturn(okJson("{\"status\":\"AVAILABLE\"}")));
		server.stubFor(get(urlPathEqualTo("/rest/images/urn%3Ali%3Aimage%3AB")).willReturn(okJson("{\"status\":\"AVAILABLE\"}")));
		server.stubFor(post(urlPathEqualTo("/rest/posts")).willReturn(aResponse().withStatus(201).withHeader("x-restli-id", "urn:li:share:7002")));

		var outcome = connector().send(publication(Network.LINKEDIN, 2), active(Network.LINKEDIN, ORG)).outcome();

		assertThat(outcome).isInstanceOf(PublicationOutcome.Published.class);
		assertThat(server.findAll(putRequestedFor(urlPathEqualTo("/upload/one"))).get(0).getBody()).containsExactly(1, 2, 3);
		assertThat(server.findAll(putRequestedFor(urlPathEqualTo("/upload/two"))).get(0).getBody()).containsExactly(4, 5);
		var post = body(server.findAll(postRequestedFor(urlPathEqualTo("/rest/posts"))).get(0));
		assertThat(post.path("content").path("multiImage").path("images").values()).extracting(i -> i.path("id").asString())
			.containsExactly("urn:li:image:A", "urn:li:image:B");
	}

	@Test
	void http426MeansTheConfiguredVersionWasRetired() {
		server.stubFor(post(urlPathEqualTo("/rest/posts")).willReturn(aResponse().withStatus(426)
			.withBody("{\"code\":\"NONEXISTENT_VERSION\",\"status\":426,\"message\":\"Requested version 20240701 is not active\"}")));

		var sent = connector().send(text(Network.LINKEDIN), active(Network.LINKEDIN, ORG));

		assertThat(sent.ambiguous()).isFalse();
		assertThat(sent.outcome()).isInstanceOfSatisfying(PublicationOutcome.Failed.class, failed -> {
			assertThat(failed.reason()).contains("202601").contains("n’est plus acceptée").contains("sourire.publishing.linkedin.version");
			assertThat(failed.raw()).contains("NONEXISTENT_VERSION");
		});
	}

	@Test
	void aRevokedTokenAsksToReconnect() {
		server.stubFor(post(urlPathEqualTo("/rest/posts")).willReturn(aResponse().withStatus(401).withBody(
				"{\"status\":401,\"serviceErrorCode\":65601,\"code\":\"REVOKED_ACCESS_TOKEN\",\"message\":\"The token used in the request has been revoked by the user\"}")));

		var outcome = connector().send(text(Network.LINKEDIN), active(Network.LINKEDIN, ORG)).outcome();

		assertThat(outcome).isInstanceOfSatisfying(PublicationOutcome.Failed.class,
				failed -> assertThat(failed.reason()).startsWith("La connexion LinkedIn a expiré ou a été révoquée"));
	}

	@Test
	void aMemberWhoIsNotAdministratorIsToldSo() {
		server.stubFor(post(urlPathEqualTo("/rest/posts")).willReturn(aResponse().withStatus(403).withBody(
				"{\"status\":403,\"serviceErrorCode\":100,\"message\":\"Not enough permissions to access: partnerApiPostsExternal.CREATE\"}")));

		var outcome = connector().send(text(Network.LINKEDIN), active(Network.LINKEDIN, ORG)).outcome();

		assertThat(outcome).isInstanceOfSatisfying(PublicationOutcome.Failed.class,
				failed -> assertThat(failed.reason()).contains("administrateur"));
	}

	@Test
	void theDailyLimitWaitsUntilMidnightUtc() {
		server.stubFor(post(urlPathEqualTo("/rest/posts")).willReturn(aResponse().withStatus(429)
			.withBody("{\"status\":429,\"message\":\"Resource level throttle APPLICATION DAY limit for calls to this resource is reached.\"}")));

		var outcome = connector().send(text(Network.LINKEDIN), active(Network.LINKEDIN, ORG)).outcome();

		// NOW is 16:00 UTC.
		assertThat(outcome).isInstanceOfSatisfying(PublicationOutcome.Retryable.class,
				retry -> assertThat(retry.retryAfter()).isEqualTo(Duration.ofHours(8)));
	}

	@Test
	void aServerErrorAndATimeoutAreRetryableAndAmbiguous() {
		server.stubFor(post(urlPathEqualTo("/rest/posts")).willReturn(aResponse().withStatus(504)));
		var fiveHundred = connector().send(text(Network.LINKEDIN), active(Network.LINKEDIN, ORG));
		server.stubFor(post(urlPathEqualTo("/rest/posts")).willReturn(aResponse().withStatus(201)
			.withHeader("x-restli-id", "urn:li:share:1").withFixedDelay(4000)));
		var timeout = connector().send(text(Network.LINKEDIN), active(Network.LINKEDIN, ORG));

		assertThat(fiveHundred.ambiguous()).isTrue();
		assertThat(fiveHundred.outcome()).isInstanceOf(PublicationOutcome.Retryable.class);
		assertThat(timeout.ambiguous()).isTrue();
		assertThat(timeout.outcome()).isInstanceOf(PublicationOutcome.Retryable.class);
	}

	@Test
	void aCreatedAnswerWithoutThePostsIdIsNotTakenForASuccess() {
		server.stubFor(post(urlPathEqualTo("/rest/posts")).willReturn(aResponse().withStatus(201)));

		var sent = connector().send(text(Network.LINKEDIN), active(Network.LINKEDIN, ORG));

		assertThat(sent.ambiguous()).isTrue();
		assertThat(sent.outcome()).isInstanceOf(PublicationOutcome.Retryable.class);
	}

	@Test
	void findMatchesTheEscapedCommentaryAmongTheOrganisationsPosts() throws Exception {
		server.stubFor(get(urlPathEqualTo("/rest/posts")).withQueryParam("q", equalTo("author")).withQueryParam("author", equalTo(ORG))
			.withHeader("LinkedIn-Version", equalTo("202601"))
			.willReturn(okJson("{\"elements\":[{\"id\":\"urn:li:share:7002\",\"commentary\":\"Brossez-vous les dents deux fois par jour.\","
					+ "\"createdAt\":" + NOW.plusSeconds(5).toEpochMilli() + "}]}")));

		assertThat(connector().find(text(Network.LINKEDIN), active(Network.LINKEDIN, ORG), NOW))
			.contains(new PublicationOutcome.Published("urn:li:share:7002", "https://www.linkedin.com/feed/update/urn:li:share:7002/"));
	}
}
