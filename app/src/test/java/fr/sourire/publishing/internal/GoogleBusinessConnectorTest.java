package fr.sourire.publishing.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import fr.sourire.publishing.Network;
import fr.sourire.publishing.PublicationOutcome;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Google Business Profile local posts against a fake v4 API (platform-apis.md §3.1). */
class GoogleBusinessConnectorTest extends FakeNetworkTest {

	static final String LOCATION = "accounts/111/locations/222";
	static final String PATH = "/v4/" + LOCATION + "/localPosts";

	GoogleBusinessConnector connector() {
		return new GoogleBusinessConnector(http, settings);
	}

	@Test
	void aLocalPostWithItsPhotoIsLiveWithItsSearchUrl() {
		server.stubFor(post(urlPathEqualTo(PATH)).willReturn(okJson("""
				{"name":"accounts/111/locations/222/localPosts/999","state":"LIVE","searchUrl":"https://local.google.com/place?id=1&lpsid=999",
				 "createTime":"2026-11-28T16:00:01Z"}""")));

		var sent = connector().send(publication(Network.GOOGLE_BUSINESS, 1), active(Network.GOOGLE_BUSINESS, LOCATION));

		assertThat(sent.outcome()).isEqualTo(new PublicationOutcome.Published("accounts/111/locations/222/localPosts/999",
				"https://local.google.com/place?id=1&lpsid=999"));
		var request = server.findAll(postRequestedFor(urlPathEqualTo(PATH)).withHeader("Authorization", equalTo("Bearer PAGE_TOKEN")));
		assertThat(request).hasSize(1);
		var post = body(request.get(0));
		assertThat(post.path("languageCode").asString()).isEqualTo("fr");
		assertThat(post.path("summary").asString()).isEqualTo("Le cabinet sera fermé le 15 août (pont).");
		assertThat(post.path("topicType").asString()).isEqualTo("STANDARD");
		assertThat(post.path("media").path(0).path("mediaFormat").asString()).isEqualTo("PHOTO");
		assertThat(post.path("media").path(0).path("sourceUrl").asString()).isEqualTo(server.baseUrl() + "/media/1.jpg");
		assertThat(post.path("media").size()).isEqualTo(1);
	}

	@Test
	void aRejectedPostIsAContentRefusal() {
		server.stubFor(post(urlPathEqualTo(PATH)).willReturn(okJson(
				"{\"name\":\"accounts/111/locations/222/localPosts/1000\",\"state\":\"REJECTED\"}")));

		var sent = connector().send(text(Network.GOOGLE_BUSINESS), active(Network.GOOGLE_BUSINESS, LOCATION));

		assertThat(sent.ambiguous()).isFalse();
		assertThat(sent.outcome()).isInstanceOfSatisfying(PublicationOutcome.Failed.class, failed -> {
			assertThat(failed.reason()).contains("rejeté").contains("règles de contenu");
			assertThat(failed.raw()).contains("REJECTED");
		});
	}

	@Test
	void anAnswerWithoutNameIsNotAConfirmedPost() {
		server.stubFor(post(urlPathEqualTo(PATH)).willReturn(okJson("{\"state\":\"PROCESSING\"}")));

		var sent = connector().send(text(Network.GOOGLE_BUSINESS), active(Network.GOOGLE_BUSINESS, LOCATION));

		assertThat(sent.ambiguous()).isTrue();
		assertThat(sent.outcome()).isInstanceOf(PublicationOutcome.Retryable.class);
	}

	@Test
	void twoPhotosAreRefusedBeforeAnyCall() {
		var outcome = connector().send(publication(Network.GOOGLE_BUSINESS, 2), active(Network.GOOGLE_BUSINESS, LOCATION)).outcome();

		assertThat(outcome).isInstanceOfSatisfying(PublicationOutcome.Failed.class,
				failed -> assertThat(failed.reason()).contains("une seule photo"));
		server.verify(0, postRequestedFor(urlPathEqualTo(PATH)));
	}

	@Test
	void quotaExhaustedIsRetryable() {
		server.stubFor(post(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(429).withBody(
				"{\"error\":{\"code\":429,\"message\":\"Quota exceeded for quota metric 'Requests'\",\"status\":\"RESOURCE_EXHAUSTED\"}}")));

		var sent = connector().send(text(Network.GOOGLE_BUSINESS), active(Network.GOOGLE_BUSINESS, LOCATION));

		assertThat(sent.ambiguous()).isFalse();
		assertThat(sent.outcome()).isInstanceOfSatisfying(PublicationOutcome.Retryable.class,
				retry -> assertThat(retry.retryAfter()).isEqualTo(Duration.ofMinutes(1)));
	}

	@Test
	void unauthenticatedAsksToReconnectAndPermissionDeniedNamesTheScope() {
		server.stubFor(post(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(401).withBody(
				"{\"error\":{\"code\":401,\"message\":\"Request had invalid authentication credentials.\",\"status\":\"UNAUTHENTICATED\"}}")));
		var expired = connector().send(text(Network.GOOGLE_BUSINESS), active(Network.GOOGLE_BUSINESS, LOCATION)).outcome();
		server.stubFor(post(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(403).withBody(
				"{\"error\":{\"code\":403,\"message\":\"The caller does not have permission\",\"status\":\"PERMISSION_DENIED\"}}")));
		var denied = connector().send(text(Network.GOOGLE_BUSINESS), active(Network.GOOGLE_BUSINESS, LOCATION)).outcome();

		assertThat(expired).isInstanceOfSatisfying(PublicationOutcome.Failed.class,
				failed -> assertThat(failed.reason()).startsWith("La connexion Google Business Profile a expiré"));
		assertThat(denied).isInstanceOfSatisfying(PublicationOutcome.Failed.class,
				failed -> assertThat(failed.reason()).contains("business.manage"));
	}

	@Test
	void serverErrorsAndTimeoutsAreRetryableAndAmbiguous() {
		server.stubFor(post(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(503).withBody(
				"{\"error\":{\"code\":503,\"message\":\"The service is currently unavailable.\",\"status\":\"UNAVAILABLE\"}}")));
		var unavailable = connector().send(text(Network.GOOGLE_BUSINESS), active(Network.GOOGLE_BUSINESS, LOCATION));
		server.stubFor(post(urlPathEqualTo(PATH)).willReturn(okJson("{\"name\":\"x\"}").withFixedDelay(4000)));
		var timeout = connector().send(text(Network.GOOGLE_BUSINESS), active(Network.GOOGLE_BUSINESS, LOCATION));

		assertThat(unavailable.ambiguous()).isTrue();
		assertThat(unavailable.outcome()).isInstanceOf(PublicationOutcome.Retryable.class);
		assertThat(timeout.ambiguous()).isTrue();
		assertThat(timeout.outcome()).isInstanceOf(PublicationOutcome.Retryable.class);
	}

	@Test
	void findIgnoresRejectedPostsWithTheSameText() throws Exception {
		server.stubFor(get(urlPathEqualTo(PATH)).willReturn(okJson("""
				{"localPosts":[{"name":"a/1","summary":"Brossez-vous les dents deux fois par jour.","state":"REJECTED"},
				               {"name":"a/2","summary":"Brossez-vous les dents deux fois par jour.","state":"LIVE","searchUrl":"https://g/2"}]}""")));

		assertThat(connector().find(text(Network.GOOGLE_BUSINESS), active(Network.GOOGLE_BUSINESS, LOCATION), NOW))
			.contains(new PublicationOutcome.Published("a/2", "https://g/2"));
	}
}
