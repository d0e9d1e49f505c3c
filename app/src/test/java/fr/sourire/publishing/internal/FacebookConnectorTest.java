package fr.sourire.publishing.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.WireMock;
import fr.sourire.publishing.Network;
import fr.sourire.publishing.PublicationOutcome;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Facebook Page connector against a fake Graph API (platform-apis.md §3.2). */
class FacebookConnectorTest extends FakeNetworkTest {

	FacebookConnector connector() {
		return new FacebookConnector(http, settings);
	}

	@Test
	void photosAreUploadedUnpublishedThenAttachedToOneFeedPostWithItsFirstComment() {
		server.stubFor(post(urlPathEqualTo("/v20.0/PAGE_ID/photos")).willReturn(okJson("{\"id\":\"PHOTO_1\"}")));
		server.stubFor(post(urlPathEqualTo("/v20.0/PAGE_ID/feed"))
			.willReturn(okJson("{\"id\":\"PAGE_ID_42\",\"permalink_url\":\"https://www.facebook.com/PAGE_ID/posts/42\"}")));
		server.stubFor(post(urlPathEqualTo("/v20.0/PAGE_ID_42/comments")).willReturn(okJson("{\"id\":\"C_1\"}")));

		var sent = connector().send(publication(Network.FACEBOOK, 1), active(Network.FACEBOOK, "PAGE_ID"));

		assertThat(sent.outcome()).isEqualTo(new PublicationOutcome.Published("PAGE_ID_42", "https://www.facebook.com/PAGE_ID/posts/42"));
		var photo = body(server.findAll(postRequestedFor(urlPathEqualTo("/v20.0/PAGE_ID/photos"))).get(0));
		assertThat(photo.path("url").asString()).isEqualTo(server.baseUrl() + "/media/1.jpg");
		assertThat(photo.path("published").asBoolean()).isFalse();
		assertThat(photo.path("access_token").asString()).isEqualTo("PAGE_TOKEN");
		var feedRequest = server.findAll(postRequestedFor(urlPathEqualTo("/v20.0/PAGE_ID/feed"))).get(0);
		assertThat(feedRequest.queryParameter("fields").firstValue()).isEqualTo("id,permalink_url");
		var feed = body(feedRequest);
		assertThat(feed.path("message").asString()).isEqualTo("Le cabinet sera fermé le 15 août (pont).");
		assertThat(feed.path("attached_media").path(0).path("media_fbid").asString()).isEqualTo("PHOTO_1");
		assertThat(feed.path("published").asBoolean()).isTrue();
		assertThat(body(server.findAll(postRequestedFor(urlPathEqualTo("/v20.0/PAGE_ID_42/comments"))).get(0)).path("message").asString())
			.isEqualTo("Bon été à tous !");
	}

	@Test
	void aMultiPhotoPostUploadsEachPhotoFromItsLinkInOrderAndAttachesThemAll() {
		server.stubFor(post(urlPathEqualTo("/v20.0/PAGE_ID/photos"))
			.withRequestBody(WireMock.matchingJsonPath("$.url", WireMock.containing("/media/1.jpg")))
			.willReturn(okJson("{\"id\":\"PHOTO_1\"}")));
		server.stubFor(post(urlPathEqualTo("/v20.0/PAGE_ID/photos"))
			.withRequestBody(WireMock.matchingJsonPath("$.url", WireMock.containing("/media/2.jpg")))
			.willReturn(okJson("{\"id\":\"PHOTO_2\"}")));
		server.stubFor(post(urlPathEqualTo("/v20.0/PAGE_ID/feed")).willReturn(okJson("{\"id\":\"PAGE_ID_43\"}")));

		var outcome = connector().send(publication(Network.FACEBOOK, 2), active(Network.FACEBOOK, "PAGE_ID")).outcome();

		assertThat(outcome).isInstanceOf(PublicationOutcome.Published.class);
		var photos = server.findAll(postRequestedFor(urlPathEqualTo("/v20.0/PAGE_ID/photos")));
		assertThat(photos).extracting(r -> body(r).path("url").asString())
			.containsExactly(server.baseUrl() + "/media/1.jpg", server.baseUrl() + "/media/2.jpg");
		var feed = body(server.findAll(postRequestedFor(urlPathEqualTo("/v20.0/PAGE_ID/feed"))).get(0));
		assertThat(feed.path("attached_media").values()).extracting(m -> m.path("media_fbid").asString())
			.containsExactly("PHOTO_1", "PHOTO_2");
	}

	@Test
	void aRefusedFirstCommentNeverTurnsALivePostIntoAFailure() {
		server.stubFor(post(urlPathEqualTo("/v20.0/PAGE_ID/photos")).willReturn(okJson("{\"id\":\"PHOTO_1\"}")));
		server.stubFor(post(urlPathEqualTo("/v20.0/PAGE_ID/feed")).willReturn(okJson("{\"id\":\"PAGE_ID_42\"}")));
		server.stubFor(post(urlPathEqualTo("/v20.0/PAGE_ID_42/comments")).willReturn(aResponse().withStatus(500)));

		var sent = connector().send(publication(Network.FACEBOOK, 1), active(Network.FACEBOOK, "PAGE_ID"));

		assertThat(sent.outcome()).isEqualTo(new PublicationOutcome.Published("PAGE_ID_42", null));
	}

	@Test
	void businessUseCaseThrottlingWaitsAsLongAsMetaSays() {
		server.stubFor(post(urlPathEqualTo("/v20.0/PAGE_ID/feed")).willReturn(aResponse().withStatus(400)
			.withHeader("X-Business-Use-Case-Usage", "{\"PAGE_ID\":[{\"type\":\"pages\",\"call_count\":100,\"total_cputime\":20,"
					+ "\"total_time\":30,\"estimated_time_to_regain_access\":12}]}")
			.withHeader("X-App-Usage", "{\"call_count\":100,\"total_cputime\":10,\"total_time\":10}")
			.withBody(graphError(80001, 0, "There have been too many calls to this Page account."))));

		var sent = connector().send(text(Network.FACEBOOK), active(Network.FACEBOOK, "PAGE_ID"));

		assertThat(sent.ambiguous()).isFalse();
		assertThat(sent.outcome()).isInstanceOfSatisfying(PublicationOutcome.Retryable.class, retry -> {
			assertThat(retry.retryAfter()).isEqualTo(Duration.ofMinutes(12));
			assertThat(retry.reason()).contains("limite");
			assertThat(retry.raw()).contains("x-business-use-case-usage").contains("80001");
		});
	}

	@Test
	void http429HonoursRetryAfter() {
		server.stubFor(post(urlPathEqualTo("/v20.0/PAGE_ID/feed")).willReturn(aResponse().withStatus(429)
			.withHeader("Retry-After", "120").withBody(graphError(4, 0, "Application request limit reached"))));

		var outcome = connector().send(text(Network.FACEBOOK), active(Network.FACEBOOK, "PAGE_ID")).outcome();

		assertThat(outcome).isInstanceOfSatisfying(PublicationOutcome.Retryable.class,
				retry -> assertThat(retry.retryAfter()).isEqualTo(Duration.ofSeconds(120)));
	}

	@Test
	void aServerErrorIsRetryableButAmbiguous() {
		server.stubFor(post(urlPathEqualTo("/v20.0/PAGE_ID/feed")).willReturn(aResponse().withStatus(503).withBody("Service Unavailable")));

		var sent = connector().send(text(Network.FACEBOOK), active(Network.FACEBOOK, "PAGE_ID"));

		assertThat(sent.ambiguous()).isTrue();
		assertThat(sent.outcome()).isInstanceOf(PublicationOutcome.Retryable.class);
	}

	@Test
	void aTimeoutIsAmbiguousAndSaysSourireWillCheck() {
		server.stubFor(post(urlPathEqualTo("/v20.0/PAGE_ID/feed")).willReturn(okJson("{\"id\":\"PAGE_ID_42\"}").withFixedDelay(4000)));

		var sent = connector().send(text(Network.FACEBOOK), active(Network.FACEBOOK, "PAGE_ID"));

		assertThat(sent.ambiguous()).isTrue();
		assertThat(sent.outcome()).isInstanceOfSatisfying(PublicationOutcome.Retryable.class,
				retry -> assertThat(retry.reason()).contains("n’a pas répondu à temps"));
	}

	@Test
	void anExpiredTokenFailsAndAsksToReconnect() {
		server.stubFor(post(urlPathEqualTo("/v20.0/PAGE_ID/feed")).willReturn(aResponse().withStatus(400)
			.withBody(graphError(190, 463, "Error validating access token: Session has expired on Friday"))));

		var sent = connector().send(text(Network.FACEBOOK), active(Network.FACEBOOK, "PAGE_ID"));

		assertThat(sent.ambiguous()).isFalse();
		assertThat(sent.outcome()).isInstanceOfSatisfying(PublicationOutcome.Failed.class, failed -> {
			assertThat(failed.reason()).isEqualTo("La connexion Facebook a expiré ou a été révoquée : reconnectez le compte dans « Connexions ».");
			assertThat(failed.raw()).contains("\"code\":190").contains("HTTP 400");
		});
	}

	@Test
	void aMissingPermissionFailsAndNamesIt() {
		server.stubFor(post(urlPathEqualTo("/v20.0/PAGE_ID/feed")).willReturn(aResponse().withStatus(403)
			.withBody(graphError(200, 0, "(#200) The user hasn't authorized the application to perform this action"))));

		var outcome = connector().send(text(Network.FACEBOOK), active(Network.FACEBOOK, "PAGE_ID")).outcome();

		assertThat(outcome).isInstanceOfSatisfying(PublicationOutcome.Failed.class,
				failed -> assertThat(failed.reason()).contains("autorisation").contains("pages_manage_posts"));
	}

	@Test
	void aPhotoRefusedForItsSizeIsExplained() {
		server.stubFor(post(urlPathEqualTo("/v20.0/PAGE_ID/photos")).willReturn(aResponse().withStatus(400)
			.withBody(graphError(100, 1366046, "Invalid parameter"))));

		var sent = connector().send(publication(Network.FACEBOOK, 1), active(Network.FACEBOOK, "PAGE_ID"));

		assertThat(sent.ambiguous()).isFalse();
		assertThat(sent.outcome()).isInstanceOfSatisfying(PublicationOutcome.Failed.class,
				failed -> assertThat(failed.reason()).contains("4 Mo"));
		server.verify(0, postRequestedFor(urlPathEqualTo("/v20.0/PAGE_ID/feed")));
	}

	@Test
	void findLooksForTheSameTextAmongThePagesLatestPosts() throws Exception {
		server.stubFor(get(urlPathEqualTo("/v20.0/PAGE_ID/posts")).willReturn(okJson("""
				{"data":[{"id":"PAGE_ID_41","message":"Autre chose","created_time":"2026-11-28T16:00:05+0000"},
				         {"id":"PAGE_ID_42","message":"Brossez-vous les dents deux fois par jour.",
				          "permalink_url":"https://www.facebook.com/42","created_time":"2026-11-28T16:00:03+0000"}]}""")));

		var found = connector().find(text(Network.FACEBOOK), active(Network.FACEBOOK, "PAGE_ID"), NOW);

		assertThat(found).contains(new PublicationOutcome.Published("PAGE_ID_42", "https://www.facebook.com/42"));
		assertThat(connector().find(text(Network.FACEBOOK), active(Network.FACEBOOK, "PAGE_ID"), NOW.plusSeconds(3600))).isEmpty();
	}
}
