package fr.sourire.publishing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.head;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.sourire.audit.AuditJournal;
import fr.sourire.practices.PracticeDetails;
import fr.sourire.practices.Practices;
import fr.sourire.publishing.Publication.PublishableMedia;
import fr.sourire.support.FakeNetworks;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Connections (OAuth 2 code flow, discovery, choice, refresh, expiry, disconnect) and the publisher's exactly-once
 * behaviour, in the whole application (H2 and PostgreSQL subclasses), against WireMock fakes of the networks' OAuth and API endpoints.
 */
abstract class ConnectionsAndPublishingContract extends FakeNetworks {

	@Autowired
	Connections connections;

	@Autowired
	Publisher publisher;

	@Autowired
	Practices practices;

	@Autowired
	AuditJournal journal;

	@Autowired
	JdbcClient jdbc;

	long practiceId;

	@BeforeEach
	void aPractice() {
		fake.resetAll();
		practiceId = practices.create(new PracticeDetails("Cabinet " + UUID.randomUUID(), "1 rue de la Paix, 75002 Paris",
				"01 23 45 67 89", "contact@example.fr", "FR", null), "test").id();
	}

	private void linkedInTokenEndpoint() {
		fake.stubFor(post(urlPathEqualTo("/oauth/v2/accessToken")).withRequestBody(containing("grant_type=authorization_code"))
			.willReturn(okJson("{\"access_token\":\"LI_ACCESS_1\",\"expires_in\":5184000,\"refresh_token\":\"LI_REFRESH\","
					+ "\"refresh_token_expires_in\":31536000,\"scope\":\"w_organization_social\"}")));
		fake.stubFor(get(urlPathEqualTo("/v2/organizationalEntityAcls")).willReturn(okJson("""
				{"elements":[{"role":"ADMINISTRATOR","organizationalTarget":"urn:li:organization:123",
				  "organizationalTarget~":{"localizedName":"Cabinet dentaire des Tilleuls","vanityName":"tilleuls"}}]}""")));
	}

	@Test
	void theAuthorizationUrlCarriesTheAppTheStateAndTheRedirect() {
		URI url = URI.create(connections.authorizationUrl(Network.LINKEDIN, "STATE123"));

		assertThat(url.getPath()).isEqualTo("/oauth/v2/authorization");
		assertThat(url.getQuery()).contains("response_type=code", "client_id=LI_APP", "state=STATE123",
				"redirect_uri=https://sourire.example.fr/connexions/retour", "w_organization_social");
		assertThat(connections.authorizationUrl(Network.GOOGLE_BUSINESS, "S")).contains("access_type=offline", "prompt=consent",
				"business.manage");
	}

	@Test
	void linkedInConnectsWithTheCodeStoresTokensEncryptedAndRefreshesThem() {
		linkedInTokenEndpoint();

		var status = connections.complete(practiceId, Network.LINKEDIN, "CODE_1", "admin@exemple.fr");

		assertThat(status.connected()).isTrue();
		assertThat(status.accountName()).isEqualTo("Cabinet dentaire des Tilleuls");
		assertThat(status.expiresAt()).isNotNull();
		var exchange = fake.findAll(postRequestedFor(urlPathEqualTo("/oauth/v2/accessToken"))).get(0).getBodyAsString();
		assertThat(exchange).contains("code=CODE_1", "client_id=LI_APP", "client_secret=LI_SECRET",
				"redirect_uri=https%3A%2F%2Fsourire.example.fr%2Fconnexions%2Fretour");
		fake.verify(getRequestedFor(urlPathEqualTo("/v2/organizationalEntityAcls")).withQueryParam("q", equalTo("roleAssignee"))
			.withHeader("Authorization", equalTo("Bearer LI_ACCESS_1")));
		String stored = jdbc.sql("select access_token || '|' || refresh_token from network_connection where practice_id = ?")
			.param(practiceId).query(String.class).single();
		assertThat(stored).doesNotContain("LI_ACCESS_1").doesNotContain("LI_REFRESH").startsWith("v1:");

		assertThat(connections.expiringWithin(Duration.ofDays(61))).anyMatch(c -> c.practiceId() == practiceId);
		assertThat(connections.expiringWithin(Duration.ofDays(7))).noneMatch(c -> c.practiceId() == practiceId);

		fake.stubFor(post(urlPathEqualTo("/oauth/v2/accessToken")).withRequestBody(containing("grant_type=refresh_token"))
			.willReturn(okJson("{\"access_token\":\"LI_ACCESS_2\",\"expires_in\":5184000}")));
		connections.refresh(practiceId, Network.LINKEDIN, "admin@exemple.fr");
		assertThat(fake.findAll(postRequestedFor(urlPathEqualTo("/oauth/v2/accessToken"))
			.withRequestBody(containing("refresh_token=LI_REFRESH")))).hasSize(1);

		fake.stubFor(post(urlPathEqualTo("/rest/posts")).willReturn(aResponse().withStatus(201).withHeader("x-restli-id", "urn:li:share:1")));
		fake.stubFor(get(urlPathEqualTo("/rest/posts/urn%3Ali%3Ashare%3A1")).willReturn(okJson("{\"id\":\"urn:li:share:1\"}")));
		var outcome = publisher.publish(new Publication(practiceId, "k-li", Network.LINKEDIN, "Bonjour", null, List.of()));
		assertThat(outcome).isEqualTo(new PublicationOutcome.Published("urn:li:share:1", "https://www.linkedin.com/feed/update/urn:li:share:1/"));
		fake.verify(postRequestedFor(urlPathEqualTo("/rest/posts")).withHeader("Authorization", equalTo("Bearer LI_ACCESS_2")));
		fake.verify(getRequestedFor(urlPathEqualTo("/rest/posts/urn%3Ali%3Ashare%3A1")).withHeader("Authorization", equalTo("Bearer LI_ACCESS_2")));

		connections.disconnect(practiceId, Network.LINKEDIN, "admin@exemple.fr");
		assertThat(connections.list(practiceId)).filteredOn(c -> c.network() == Network.LINKEDIN)
			.singleElement().satisfies(c -> assertThat(c.connected()).isFalse());
		assertThat(journal.recent(practiceId, 10)).extracting(e -> e.action())
			.contains("publishing.connected", "publishing.refreshed", "publishing.disconnected");
	}

	@Test
	void facebookWithSeveralPagesWaitsForAChoiceThenPublishesWithThatPagesToken() {
		fake.stubFor(get(urlPathEqualTo("/v20.0/oauth/access_token")).withQueryParam("code", equalTo("FB_CODE"))
			.willReturn(okJson("{\"access_token\":\"SHORT\",\"token_type\":\"bearer\",\"expires_in\":3600}")));
		fake.stubFor(get(urlPathEqualTo("/v20.0/oauth/access_token")).withQueryParam("grant_type", equalTo("fb_exchange_token"))
			.withQueryParam("fb_exchange_token", equalTo("SHORT"))
			.willReturn(okJson("{\"access_token\":\"LONG\",\"token_type\":\"bearer\",\"expires_in\":5183944}")));
		fake.stubFor(get(urlPathEqualTo("/v20.0/me/permissions")).willReturn(okJson(
				"{\"data\":[{\"permission\":\"pages_manage_posts\",\"status\":\"granted\"}]}")));
		fake.stubFor(get(urlPathEqualTo("/v20.0/me/accounts")).withQueryParam("access_token", equalTo("LONG")).willReturn(okJson("""
				{"data":[{"access_token":"PAGE_TOKEN_1","name":"Tilleuls Lyon","id":"P1","tasks":["CREATE_CONTENT"]},
				         {"access_token":"PAGE_TOKEN_2","name":"Tilleuls Villeurbanne","id":"P2","tasks":["CREATE_CONTENT"]}]}""")));

		var status = connections.complete(practiceId, Network.FACEBOOK, "FB_CODE", "admin@exemple.fr");
		assertThat(status.awaitingChoice()).isTrue();
		assertThat(status.choices()).extracting(ConnectionStatus.AccountChoice::name).containsExactly("Tilleuls Lyon", "Tilleuls Villeurbanne");
		var text = new Publication(practiceId, "k-fb-0", Network.FACEBOOK, "Bonjour", null, List.of());
		assertThat(publisher.publish(text)).isInstanceOfSatisfying(PublicationOutcome.Failed.class,
				failed -> assertThat(failed.reason()).contains("choisissez"));

		var chosen = connections.choose(practiceId, Network.FACEBOOK, "P2", "admin@exemple.fr");
		assertThat(chosen.accountName()).isEqualTo("Tilleuls Villeurbanne");
		assertThat(chosen.expiresAt()).as("a page token does not expire").isNull();

		fake.stubFor(post(urlPathEqualTo("/v20.0/P2/feed")).willReturn(okJson("{\"id\":\"P2_1\"}")));
		assertThat(publisher.publish(new Publication(practiceId, "k-fb-1", Network.FACEBOOK, "Bonjour", null, List.of())))
			.isEqualTo(new PublicationOutcome.Published("P2_1", null));
		fake.verify(postRequestedFor(urlPathEqualTo("/v20.0/P2/feed")).withRequestBody(matchingJsonPath("$.access_token", equalTo("PAGE_TOKEN_2"))));
	}

	@Test
	void aFacebookAccountWithoutThePublishingPermissionIsRefused() {
		fake.stubFor(get(urlPathEqualTo("/v20.0/oauth/access_token")).willReturn(okJson("{\"access_token\":\"T\",\"expires_in\":3600}")));
		fake.stubFor(get(urlPathEqualTo("/v20.0/me/permissions")).willReturn(okJson(
				"{\"data\":[{\"permission\":\"pages_manage_posts\",\"status\":\"declined\"}]}")));

		assertThatThrownBy(() -> connections.complete(practiceId, Network.FACEBOOK, "C", "admin@exemple.fr"))
			.isInstanceOf(ConnectionException.class).hasMessageContaining("pages_manage_posts");
		assertThat(connections.list(practiceId)).filteredOn(c -> c.network() == Network.FACEBOOK)
			.singleElement().satisfies(c -> assertThat(c.connected()).isFalse());
	}

	@Test
	void instagramFindsTheProfessionalAccountLinkedToThePage() {
		fake.stubFor(get(urlPathEqualTo("/v20.0/oauth/access_token")).willReturn(okJson("{\"access_token\":\"T\",\"expires_in\":5183944}")));
		fake.stubFor(get(urlPathEqualTo("/v20.0/me/permissions")).willReturn(okJson(
				"{\"data\":[{\"permission\":\"instagram_content_publish\",\"status\":\"granted\"}]}")));
		fake.stubFor(get(urlPathEqualTo("/v20.0/me/accounts")).willReturn(okJson("""
				{"data":[{"access_token":"PT","name":"Sans Instagram","id":"P0"},
				         {"access_token":"PT1","name":"Tilleuls","id":"P1","instagram_business_account":{"id":"IG_1"}}]}""")));

		var status = connections.complete(practiceId, Network.INSTAGRAM, "C", "admin@exemple.fr");

		assertThat(status.accountName()).isEqualTo("Tilleuls (Instagram)");
	}

	@Test
	void googleFindsTheLocationAndARevokedRefreshTokenAsksToReconnect() {
		fake.stubFor(post(urlPathEqualTo("/token")).withRequestBody(containing("grant_type=authorization_code"))
			.willReturn(okJson("{\"access_token\":\"G1\",\"expires_in\":3599,\"refresh_token\":\"G_REFRESH\",\"scope\":\"https://www.googleapis.com/auth/business.manage\",\"token_type\":\"Bearer\"}")));
		fake.stubFor(get(urlPathEqualTo("/v1/accounts")).willReturn(okJson("{\"accounts\":[{\"name\":\"accounts/111\"}]}")));
		fake.stubFor(get(urlPathEqualTo("/v1/accounts/111/locations")).withQueryParam("readMask", containing("title"))
			.willReturn(okJson("{\"locations\":[{\"name\":\"locations/222\",\"title\":\"Cabinet dentaire des Tilleuls\"}]}")));

		var status = connections.complete(practiceId, Network.GOOGLE_BUSINESS, "G_CODE", "admin@exemple.fr");
		assertThat(status.accountName()).isEqualTo("Cabinet dentaire des Tilleuls");
		assertThat(connections.expiringWithin(Duration.ofHours(2))).anyMatch(c -> c.practiceId() == practiceId);

		fake.stubFor(post(urlPathEqualTo("/token")).withRequestBody(containing("grant_type=refresh_token"))
			.willReturn(aResponse().withStatus(400).withBody("{\"error\":\"invalid_grant\",\"error_description\":\"Token has been expired or revoked.\"}")));
		assertThatThrownBy(() -> connections.refresh(practiceId, Network.GOOGLE_BUSINESS, "admin@exemple.fr"))
			.isInstanceOf(ConnectionException.class).hasMessageContaining("reconnectez")
			.satisfies(e -> assertThat(((ConnectionException) e).raw()).contains("invalid_grant"));
	}

	@Test
	void aRecurringSweepRenewsWhatCanBeRenewedAndListsWhatNeedsTheAdministrator() {
		fake.stubFor(post(urlPathEqualTo("/token")).withRequestBody(containing("grant_type=authorization_code"))
			.willReturn(okJson("{\"access_token\":\"G1\",\"expires_in\":3599,\"refresh_token\":\"G_REFRESH\"}")));
		fake.stubFor(get(urlPathEqualTo("/v1/accounts")).willReturn(okJson("{\"accounts\":[{\"name\":\"accounts/111\"}]}")));
		fake.stubFor(get(urlPathEqualTo("/v1/accounts/111/locations")).willReturn(okJson(
				"{\"locations\":[{\"name\":\"locations/222\",\"title\":\"Tilleuls\"}]}")));
		connections.complete(practiceId, Network.GOOGLE_BUSINESS, "G_CODE", "admin@exemple.fr");
		fake.stubFor(post(urlPathEqualTo("/token")).withRequestBody(containing("grant_type=refresh_token"))
			.willReturn(okJson("{\"access_token\":\"G2\",\"expires_in\":3599}")));

		assertThat(connections.refreshExpiring(Duration.ofHours(2))).noneMatch(c -> c.practiceId() == practiceId);

		fake.stubFor(post(urlPathEqualTo("/v4/accounts/111/locations/222/localPosts")).willReturn(okJson(
				"{\"name\":\"accounts/111/locations/222/localPosts/1\",\"state\":\"LIVE\"}")));
		assertThat(publisher.publish(new Publication(practiceId, "k-g", Network.GOOGLE_BUSINESS, "Bonjour", null, List.of())))
			.isInstanceOf(PublicationOutcome.Published.class);
		fake.verify(postRequestedFor(urlPathEqualTo("/v4/accounts/111/locations/222/localPosts"))
			.withHeader("Authorization", equalTo("Bearer G2")));

		fake.stubFor(post(urlPathEqualTo("/token")).withRequestBody(containing("grant_type=refresh_token"))
			.willReturn(aResponse().withStatus(400).withBody("{\"error\":\"invalid_grant\"}")));
		assertThat(connections.refreshExpiring(Duration.ofHours(2))).anyMatch(c -> c.practiceId() == practiceId);
	}

	@Test
	void anotherModuleGetsTheGoogleLocationAndAFreshToken() {
		assertThat(connections.access(practiceId, Network.GOOGLE_BUSINESS)).isEmpty();
		fake.stubFor(post(urlPathEqualTo("/token")).withRequestBody(containing("grant_type=authorization_code"))
			.willReturn(okJson("{\"access_token\":\"G1\",\"expires_in\":300,\"refresh_token\":\"G_REFRESH\"}")));
		fake.stubFor(get(urlPathEqualTo("/v1/accounts")).willReturn(okJson("{\"accounts\":[{\"name\":\"accounts/111\"}]}")));
		fake.stubFor(get(urlPathEqualTo("/v1/accounts/111/locations")).willReturn(okJson(
				"{\"locations\":[{\"name\":\"locations/222\",\"title\":\"Tilleuls\"}]}")));
		connections.complete(practiceId, Network.GOOGLE_BUSINESS, "G_CODE", "admin@exemple.fr");
		fake.stubFor(post(urlPathEqualTo("/token")).withRequestBody(containing("grant_type=refresh_token"))
			.willReturn(okJson("{\"access_token\":\"G2\",\"expires_in\":3599}")));

		// 5 minutes left: renewed before being handed out.
		var access = connections.access(practiceId, Network.GOOGLE_BUSINESS).orElseThrow();

		assertThat(access.accountId()).isEqualTo("accounts/111/locations/222");
		assertThat(access.accessToken()).isEqualTo("G2");
		assertThat(access.toString()).doesNotContain("G2");
	}

	@Test
	void aNetworkWithoutConnectionFailsPlainly() {
		assertThat(publisher.publish(new Publication(practiceId, "k", Network.INSTAGRAM, "Bonjour", null, List.of())))
			.isInstanceOfSatisfying(PublicationOutcome.Failed.class,
					failed -> assertThat(failed.reason()).isEqualTo("Aucun compte Instagram n’est relié au cabinet : reliez-le dans « Connexions »."));
	}

	private void facebookPage() {
		fake.stubFor(get(urlPathEqualTo("/v20.0/oauth/access_token")).willReturn(okJson("{\"access_token\":\"T\",\"expires_in\":5183944}")));
		fake.stubFor(get(urlPathEqualTo("/v20.0/me/permissions")).willReturn(okJson(
				"{\"data\":[{\"permission\":\"pages_manage_posts\",\"status\":\"granted\"}]}")));
		fake.stubFor(get(urlPathEqualTo("/v20.0/me/accounts")).willReturn(okJson(
				"{\"data\":[{\"access_token\":\"PT\",\"name\":\"Tilleuls\",\"id\":\"P1\"}]}")));
		connections.complete(practiceId, Network.FACEBOOK, "C", "admin@exemple.fr");
		fake.resetRequests();
	}

	@Test
	void anAmbiguousTimeoutIsCheckedOnTheNetworkAndNeverSentTwice() {
		facebookPage();
		var publication = new Publication(practiceId, "post-1-v1-facebook", Network.FACEBOOK, "Fermé le 15 août.", null, List.of());
		fake.stubFor(post(urlPathEqualTo("/v20.0/P1/feed")).willReturn(okJson("{\"id\":\"P1_9\"}").withFixedDelay(4000)));

		assertThat(publisher.publish(publication)).isInstanceOf(PublicationOutcome.Retryable.class);

		// Facebook did create the post although Sourire never got the answer: the retry finds it instead of re-sending.
		fake.stubFor(get(urlPathEqualTo("/v20.0/P1/posts")).willReturn(okJson(
				"{\"data\":[{\"id\":\"P1_9\",\"message\":\"Fermé le 15 août.\",\"permalink_url\":\"https://fb/9\"}]}")));
		var second = publisher.publish(publication);
		var third = publisher.publish(publication);

		assertThat(second).isEqualTo(new PublicationOutcome.Published("P1_9", "https://fb/9"));
		assertThat(third).isEqualTo(second);
		fake.verify(1, postRequestedFor(urlPathEqualTo("/v20.0/P1/feed")));
		fake.verify(1, getRequestedFor(urlPathEqualTo("/v20.0/P1/posts")));
	}

	@Test
	void anAmbiguousAttemptThatDidNotLandIsSentAgainAfterChecking() {
		facebookPage();
		var publication = new Publication(practiceId, "post-2-v1-facebook", Network.FACEBOOK, "Fermé le 16 août.", null, List.of());
		fake.stubFor(post(urlPathEqualTo("/v20.0/P1/feed")).willReturn(aResponse().withStatus(500)));
		assertThat(publisher.publish(publication)).isInstanceOf(PublicationOutcome.Retryable.class);

		fake.stubFor(get(urlPathEqualTo("/v20.0/P1/posts")).willReturn(okJson("{\"data\":[]}")));
		fake.stubFor(post(urlPathEqualTo("/v20.0/P1/feed")).willReturn(okJson("{\"id\":\"P1_10\"}")));

		assertThat(publisher.publish(publication)).isEqualTo(new PublicationOutcome.Published("P1_10", null));
		fake.verify(2, postRequestedFor(urlPathEqualTo("/v20.0/P1/feed")));
	}

	@Test
	void aProcessKilledDuringTheCreateCallIsCheckedOnTheNetworkAfterRestart() {
		facebookPage();
		var publication = new Publication(practiceId, "post-6-v1-facebook", Network.FACEBOOK, "Interrompu.", null, List.of());
		// What a crash leaves: STARTED, never finished, older than the lease (10 minutes).
		jdbc.sql("insert into publication_attempt (practice_id, idempotency_key, network, state, started_at) values (?, ?, 'FACEBOOK', 'STARTED', ?)")
			.params(practiceId, publication.idempotencyKey(), java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(3600))).update();
		fake.stubFor(get(urlPathEqualTo("/v20.0/P1/posts")).willReturn(okJson(
				"{\"data\":[{\"id\":\"P1_13\",\"message\":\"Interrompu.\"}]}")));

		assertThat(publisher.publish(publication)).isEqualTo(new PublicationOutcome.Published("P1_13", null));
		fake.verify(0, postRequestedFor(urlPathEqualTo("/v20.0/P1/feed")));
	}

	@Test
	void anAttemptBeingSentIsNotSentASecondTime() {
		facebookPage();
		var publication = new Publication(practiceId, "post-7-v1-facebook", Network.FACEBOOK, "En cours.", null, List.of());
		jdbc.sql("insert into publication_attempt (practice_id, idempotency_key, network, state, started_at) values (?, ?, 'FACEBOOK', 'STARTED', ?)")
			.params(practiceId, publication.idempotencyKey(), java.sql.Timestamp.from(java.time.Instant.now())).update();

		assertThat(publisher.publish(publication)).isInstanceOfSatisfying(PublicationOutcome.Retryable.class,
				retry -> assertThat(retry.reason()).contains("déjà en cours"));
		fake.verify(0, postRequestedFor(urlPathEqualTo("/v20.0/P1/feed")));
	}

	@Test
	void twoCallersRacingOnOneKeySendItOnce() throws Exception {
		facebookPage();
		var publication = new Publication(practiceId, "post-5-v1-facebook", Network.FACEBOOK, "En même temps.", null, List.of());
		fake.stubFor(post(urlPathEqualTo("/v20.0/P1/feed")).willReturn(okJson("{\"id\":\"P1_12\"}").withFixedDelay(300)));
		fake.stubFor(get(urlPathEqualTo("/v20.0/P1/posts")).willReturn(okJson("{\"data\":[]}")));
		var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
		try {
			var outcomes = pool.invokeAll(java.util.Collections.nCopies(4,
					(java.util.concurrent.Callable<PublicationOutcome>) () -> publisher.publish(publication)));
			long published = 0;
			for (var outcome : outcomes) {
				published += outcome.get() instanceof PublicationOutcome.Published ? 1 : 0;
			}
			assertThat(published).isGreaterThanOrEqualTo(1);
		}
		finally {
			pool.shutdown();
		}
		fake.verify(1, postRequestedFor(urlPathEqualTo("/v20.0/P1/feed")));
		assertThat(publisher.publish(publication)).isEqualTo(new PublicationOutcome.Published("P1_12", null));
	}

	@Test
	void aClearRefusalLetsTheNextAttemptSendWithoutLookingFirst() {
		facebookPage();
		var publication = new Publication(practiceId, "post-3-v1-facebook", Network.FACEBOOK, "Bonjour.", null, List.of());
		fake.stubFor(post(urlPathEqualTo("/v20.0/P1/feed")).willReturn(aResponse().withStatus(400)
			.withBody("{\"error\":{\"message\":\"(#4) Application request limit reached\",\"type\":\"OAuthException\",\"code\":4}}")));
		assertThat(publisher.publish(publication)).isInstanceOf(PublicationOutcome.Retryable.class);
		fake.stubFor(post(urlPathEqualTo("/v20.0/P1/feed")).willReturn(okJson("{\"id\":\"P1_11\"}")));

		assertThat(publisher.publish(publication)).isInstanceOf(PublicationOutcome.Published.class);
		fake.verify(0, getRequestedFor(urlPathEqualTo("/v20.0/P1/posts")));
	}

	@Test
	void aTokenRefusedWhilePublishingShowsTheConnectionAsExpired() {
		facebookPage();
		fake.stubFor(post(urlPathEqualTo("/v20.0/P1/feed")).willReturn(aResponse().withStatus(400).withBody(
				"{\"error\":{\"message\":\"Error validating access token: The user has not authorized application\",\"type\":\"OAuthException\",\"code\":190,\"error_subcode\":458}}")));

		var outcome = publisher.publish(new Publication(practiceId, "post-8", Network.FACEBOOK, "Bonjour.", null, List.of()));

		assertThat(outcome).isInstanceOfSatisfying(PublicationOutcome.Failed.class,
				failed -> assertThat(failed.reason()).startsWith("La connexion Facebook a expiré"));
		assertThat(connections.list(practiceId)).filteredOn(c -> c.network() == Network.FACEBOOK).singleElement()
			.satisfies(c -> assertThat(c.expired(java.time.Instant.now().plusSeconds(1))).isTrue());
		assertThat(connections.expiringWithin(Duration.ZERO)).anyMatch(c -> c.practiceId() == practiceId);
		assertThat(journal.recent(practiceId, 3)).anyMatch(e -> e.action().equals("publishing.tokenRefused"));
	}

	@Test
	void anImageTheNetworksCannotFetchIsReportedBeforeAnythingIsSent() {
		facebookPage();
		fake.stubFor(head(urlPathEqualTo("/media/absent.jpg")).willReturn(aResponse().withStatus(404)));
		var publication = new Publication(practiceId, "post-4", Network.FACEBOOK, "Bonjour.", null,
				List.of(new PublishableMedia(fake.baseUrl() + "/media/absent.jpg", "image/jpeg")));

		assertThat(publisher.publish(publication)).isInstanceOfSatisfying(PublicationOutcome.Failed.class, failed -> {
			assertThat(failed.reason()).contains("n’est pas accessible publiquement");
			assertThat(failed.raw()).contains("404");
		});
		fake.verify(0, postRequestedFor(urlPathEqualTo("/v20.0/P1/photos")));
	}
}
