package fr.sourire.publishing.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import fr.sourire.publishing.Network;
import fr.sourire.publishing.PublicationOutcome;
import org.junit.jupiter.api.Test;

/** Instagram connector against a fake Graph API: container, polling, media_publish, permalink (platform-apis.md §3.3). */
class InstagramConnectorTest extends FakeNetworkTest {

	InstagramConnector connector() {
		return new InstagramConnector(http, settings);
	}

	private void container(String id, String... statuses) {
		String scenario = "container " + id;
		String state = Scenario.STARTED;
		for (int i = 0; i < statuses.length; i++) {
			String next = i == statuses.length - 1 ? state : "poll " + (i + 1);
			server.stubFor(get(urlPathEqualTo("/v20.0/" + id)).inScenario(scenario).whenScenarioStateIs(state)
				.willReturn(okJson("{\"status_code\":\"" + statuses[i] + "\",\"status\":\"" + (statuses[i].equals("ERROR") ? "Error: 2207003" : "")
						+ "\",\"id\":\"" + id + "\"}"))
				.willSetStateTo(next));
			state = next;
		}
	}

	@Test
	void aContainerInProgressIsPolledUntilFinishedThenPublishedWithPermalinkAndFirstComment() {
		server.stubFor(post(urlPathEqualTo("/v20.0/IG_ID/media")).willReturn(okJson("{\"id\":\"C_1\"}")));
		container("C_1", "IN_PROGRESS", "IN_PROGRESS", "FINISHED");
		server.stubFor(post(urlPathEqualTo("/v20.0/IG_ID/media_publish")).willReturn(okJson("{\"id\":\"M_1\"}")));
		server.stubFor(get(urlPathEqualTo("/v20.0/M_1")).willReturn(okJson("{\"permalink\":\"https://www.instagram.com/p/abc/\",\"id\":\"M_1\"}")));
		server.stubFor(post(urlPathEqualTo("/v20.0/M_1/comments")).willReturn(okJson("{\"id\":\"CM_1\"}")));

		var sent = connector().send(publication(Network.INSTAGRAM, 1), active(Network.INSTAGRAM, "IG_ID"));

		assertThat(sent.outcome()).isEqualTo(new PublicationOutcome.Published("M_1", "https://www.instagram.com/p/abc/"));
		var created = body(server.findAll(postRequestedFor(urlPathEqualTo("/v20.0/IG_ID/media"))).get(0));
		assertThat(created.path("image_url").asString()).isEqualTo(server.baseUrl() + "/media/1.jpg");
		assertThat(created.path("caption").asString()).isEqualTo("Le cabinet sera fermé le 15 août (pont).");
		server.verify(3, getRequestedFor(urlPathEqualTo("/v20.0/C_1")).withQueryParam("fields",
				com.github.tomakehurst.wiremock.client.WireMock.equalTo("status_code,status")));
		server.verify(1, postRequestedFor(urlPathEqualTo("/v20.0/IG_ID/media_publish"))
			.withRequestBody(matchingJsonPath("$.creation_id", com.github.tomakehurst.wiremock.client.WireMock.equalTo("C_1"))));
		server.verify(1, postRequestedFor(urlPathEqualTo("/v20.0/M_1/comments"))
			.withRequestBody(matchingJsonPath("$.message", com.github.tomakehurst.wiremock.client.WireMock.equalTo("Bon été à tous !"))));
	}

	@Test
	void aContainerInErrorFailsAndNothingIsPublished() {
		server.stubFor(post(urlPathEqualTo("/v20.0/IG_ID/media")).willReturn(okJson("{\"id\":\"C_2\"}")));
		container("C_2", "IN_PROGRESS", "ERROR");

		var sent = connector().send(publication(Network.INSTAGRAM, 1), active(Network.INSTAGRAM, "IG_ID"));

		assertThat(sent.ambiguous()).isFalse();
		assertThat(sent.outcome()).isInstanceOfSatisfying(PublicationOutcome.Failed.class,
				failed -> assertThat(failed.reason()).contains("n’a pas pu préparer l’image").contains("2207003"));
		server.verify(0, postRequestedFor(urlPathEqualTo("/v20.0/IG_ID/media_publish")));
	}

	@Test
	void anExpiredContainerIsRetryableAndNothingIsPublished() {
		server.stubFor(post(urlPathEqualTo("/v20.0/IG_ID/media")).willReturn(okJson("{\"id\":\"C_3\"}")));
		container("C_3", "EXPIRED");

		var sent = connector().send(publication(Network.INSTAGRAM, 1), active(Network.INSTAGRAM, "IG_ID"));

		assertThat(sent.ambiguous()).isFalse();
		assertThat(sent.outcome()).isInstanceOfSatisfying(PublicationOutcome.Retryable.class,
				retry -> assertThat(retry.reason()).contains("expiré"));
		server.verify(0, postRequestedFor(urlPathEqualTo("/v20.0/IG_ID/media_publish")));
	}

	@Test
	void aContainerStillInProgressAfterTheLastPollIsRetriedLater() {
		server.stubFor(post(urlPathEqualTo("/v20.0/IG_ID/media")).willReturn(okJson("{\"id\":\"C_4\"}")));
		container("C_4", "IN_PROGRESS");

		var outcome = connector().send(publication(Network.INSTAGRAM, 1), active(Network.INSTAGRAM, "IG_ID")).outcome();

		assertThat(outcome).isInstanceOf(PublicationOutcome.Retryable.class);
		server.verify(5, getRequestedFor(urlPathEqualTo("/v20.0/C_4")));
	}

	@Test
	void aCarouselHasOneContainerPerImageThenAParent() {
		server.stubFor(post(urlPathEqualTo("/v20.0/IG_ID/media")).withRequestBody(matchingJsonPath("$.is_carousel_item"))
			.willReturn(okJson("{\"id\":\"CHILD\"}")));
		server.stubFor(post(urlPathEqualTo("/v20.0/IG_ID/media")).withRequestBody(matchingJsonPath("$.media_type",
				com.github.tomakehurst.wiremock.client.WireMock.equalTo("CAROUSEL"))).willReturn(okJson("{\"id\":\"PARENT\"}")));
		server.stubFor(get(urlPathEqualTo("/v20.0/CHILD")).willReturn(okJson("{\"status_code\":\"FINISHED\"}")));
		server.stubFor(get(urlPathEqualTo("/v20.0/PARENT")).willReturn(okJson("{\"status_code\":\"FINISHED\"}")));
		server.stubFor(head(urlPathEqualTo("/media/2.jpg")).willReturn(aResponse().withStatus(200)));
		server.stubFor(post(urlPathEqualTo("/v20.0/IG_ID/media_publish")).willReturn(okJson("{\"id\":\"M_9\"}")));
		server.stubFor(post(urlPathEqualTo("/v20.0/M_9/comments")).willReturn(okJson("{\"id\":\"x\"}")));

		var outcome = connector().send(publication(Network.INSTAGRAM, 2), active(Network.INSTAGRAM, "IG_ID")).outcome();

		// The permalink read-back finds nothing (no stub): the post is live all the same.
		assertThat(outcome).isEqualTo(new PublicationOutcome.Published("M_9", null));
		var creates = server.findAll(postRequestedFor(urlPathEqualTo("/v20.0/IG_ID/media")));
		assertThat(creates).hasSize(3);
		assertThat(body(creates.get(0)).path("is_carousel_item").asString()).isEqualTo("true");
		assertThat(creates.subList(0, 2)).extracting(r -> body(r).path("image_url").asString())
			.as("each child fetches its own photo, in order")
			.containsExactly(server.baseUrl() + "/media/1.jpg", server.baseUrl() + "/media/2.jpg");
		assertThat(body(creates.get(0)).has("caption")).isFalse();
		var parent = body(creates.get(2));
		assertThat(parent.path("children").asString()).isEqualTo("CHILD,CHILD");
		assertThat(parent.path("caption").asString()).isEqualTo("Le cabinet sera fermé le 15 août (pont).");
	}

	private static com.github.tomakehurst.wiremock.client.MappingBuilder head(
			com.github.tomakehurst.wiremock.matching.UrlPathPattern url) {
		return com.github.tomakehurst.wiremock.client.WireMock.head(url);
	}

	@Test
	void aMissingContentPublishPermissionSaysWhichOne() {
		server.stubFor(post(urlPathEqualTo("/v20.0/IG_ID/media")).willReturn(aResponse().withStatus(403)
			.withBody(graphError(10, 0, "(#10) Requires instagram_content_publish permission to manage the object"))));

		var outcome = connector().send(publication(Network.INSTAGRAM, 1), active(Network.INSTAGRAM, "IG_ID")).outcome();

		assertThat(outcome).isInstanceOfSatisfying(PublicationOutcome.Failed.class,
				failed -> assertThat(failed.reason()).contains("instagram_content_publish"));
	}

	@Test
	void aMediaMetaCannotFetchIsExplained() {
		server.stubFor(post(urlPathEqualTo("/v20.0/IG_ID/media")).willReturn(aResponse().withStatus(400).withBody("""
				{"error":{"code":9004,"type":"OAuthException","message":"Only photo or video can be accepted as media type.",
				 "error_subcode":2207052,"error_user_msg":"The media could not be fetched from this URI: .",
				 "error_user_title":"Media download has failed."}}""")));

		var outcome = connector().send(publication(Network.INSTAGRAM, 1), active(Network.INSTAGRAM, "IG_ID")).outcome();

		assertThat(outcome).isInstanceOfSatisfying(PublicationOutcome.Failed.class,
				failed -> assertThat(failed.reason()).contains("n’a pas pu être téléchargée"));
	}

	@Test
	void anExpiredTokenDuringPublishFails() {
		server.stubFor(post(urlPathEqualTo("/v20.0/IG_ID/media")).willReturn(okJson("{\"id\":\"C_5\"}")));
		container("C_5", "FINISHED");
		server.stubFor(post(urlPathEqualTo("/v20.0/IG_ID/media_publish")).willReturn(aResponse().withStatus(401)
			.withBody(graphError(190, 460, "Error validating access token: The session has been invalidated because the user changed their password"))));

		var sent = connector().send(publication(Network.INSTAGRAM, 1), active(Network.INSTAGRAM, "IG_ID"));

		assertThat(sent.ambiguous()).isFalse();
		assertThat(sent.outcome()).isInstanceOfSatisfying(PublicationOutcome.Failed.class,
				failed -> assertThat(failed.reason()).startsWith("La connexion Instagram a expiré"));
	}

	@Test
	void aTimeoutOnMediaPublishIsAmbiguousAndFindRecognisesTheCaption() throws Exception {
		server.stubFor(post(urlPathEqualTo("/v20.0/IG_ID/media")).willReturn(okJson("{\"id\":\"C_6\"}")));
		container("C_6", "FINISHED");
		server.stubFor(post(urlPathEqualTo("/v20.0/IG_ID/media_publish")).willReturn(okJson("{\"id\":\"M_6\"}").withFixedDelay(4000)));
		server.stubFor(get(urlPathEqualTo("/v20.0/IG_ID/media")).willReturn(okJson("""
				{"data":[{"id":"M_6","caption":"Le cabinet sera fermé le 15 août (pont).","permalink":"https://www.instagram.com/p/x/",
				          "timestamp":"2026-11-28T16:00:10+0000"}]}""")));

		var sent = connector().send(publication(Network.INSTAGRAM, 1), active(Network.INSTAGRAM, "IG_ID"));
		assertThat(sent.ambiguous()).isTrue();

		assertThat(connector().find(publication(Network.INSTAGRAM, 1), active(Network.INSTAGRAM, "IG_ID"), NOW))
			.contains(new PublicationOutcome.Published("M_6", "https://www.instagram.com/p/x/"));
	}

	@Test
	void aPublishingQuotaAlreadyUsedUpWaitsWithoutCreatingAnything() {
		server.stubFor(get(urlPathEqualTo("/v20.0/IG_ID/content_publishing_limit")).willReturn(okJson(
				"{\"data\":[{\"quota_usage\":50,\"config\":{\"quota_total\":50,\"quota_duration\":86400}}]}")));

		var sent = connector().send(publication(Network.INSTAGRAM, 1), active(Network.INSTAGRAM, "IG_ID"));

		assertThat(sent.ambiguous()).isFalse();
		assertThat(sent.outcome()).isInstanceOfSatisfying(PublicationOutcome.Retryable.class,
				retry -> assertThat(retry.retryAfter()).isEqualTo(java.time.Duration.ofHours(1)));
		server.verify(0, postRequestedFor(urlPathEqualTo("/v20.0/IG_ID/media")));
	}

	@Test
	void theDailyPublishingLimitWaitsAnHour() {
		server.stubFor(post(urlPathEqualTo("/v20.0/IG_ID/media")).willReturn(okJson("{\"id\":\"C_7\"}")));
		container("C_7", "FINISHED");
		server.stubFor(post(urlPathEqualTo("/v20.0/IG_ID/media_publish")).willReturn(aResponse().withStatus(400)
			.withBody(graphError(9, 2207042, "Application request limit reached"))));

		var outcome = connector().send(publication(Network.INSTAGRAM, 1), active(Network.INSTAGRAM, "IG_ID")).outcome();

		assertThat(outcome).isInstanceOfSatisfying(PublicationOutcome.Retryable.class,
				retry -> assertThat(retry.retryAfter()).isEqualTo(java.time.Duration.ofHours(1)));
	}
}
