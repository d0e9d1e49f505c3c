package fr.sourire.web;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import fr.sourire.audit.AuditJournal;
import fr.sourire.practices.AuthenticatedUser;
import fr.sourire.practices.Members;
import fr.sourire.practices.Practice;
import fr.sourire.practices.Practices;
import fr.sourire.publishing.Connections;
import fr.sourire.publishing.Network;
import fr.sourire.support.FakeNetworks;
import fr.sourire.support.H2Test;
import java.net.URI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.UriComponentsBuilder;

/** « Connexions »: administrators only (enforced on the server), the OAuth round trip, and the state's binding. */
@H2Test
class ConnectionsPageTest extends FakeNetworks {

	@Autowired
	MockMvc mvc;

	@Autowired
	Practices practices;

	@Autowired
	Members members;

	@Autowired
	Connections connections;

	@Autowired
	AuditJournal journal;

	Practice tilleuls;
	AuthenticatedUser admin;
	AuthenticatedUser assistant;

	@BeforeEach
	void demoPractice() {
		fake.resetAll();
		tilleuls = practices.findByName("Cabinet dentaire des Tilleuls").orElseThrow();
		admin = as("admin@demo.sourire.fr");
		assistant = as("assistante@demo.sourire.fr");
		connections.disconnect(tilleuls.id(), Network.LINKEDIN, "test");
	}

	private AuthenticatedUser as(String email) {
		return new AuthenticatedUser(members.findUserId(email).orElseThrow(), email, email, null);
	}

	private MvcResult perform(HttpMethod method, String path, AuthenticatedUser who, MockHttpSession session, String... params) throws Exception {
		var builder = request(method, path).with(user(who)).with(csrf()).session(session);
		for (int i = 0; i < params.length; i += 2) {
			builder.param(params[i], params[i + 1]);
		}
		return mvc.perform(builder).andReturn();
	}

	@Test
	void anAssistantCannotSeeNorConnect() throws Exception {
		var session = new MockHttpSession();
		String base = "/cabinets/" + tilleuls.id() + "/connexions";
		assertThat(perform(HttpMethod.GET, base, assistant, session).getResponse().getStatus()).isEqualTo(403);
		assertThat(perform(HttpMethod.POST, base + "/linkedin/autorisation", assistant, session).getResponse().getStatus()).isEqualTo(403);
		assertThat(perform(HttpMethod.POST, base + "/linkedin/deconnexion", assistant, session).getResponse().getStatus()).isEqualTo(403);
	}

	@Test
	void theAdministratorSeesEveryNetworkAndTheSandboxConnectedInTheDemo() throws Exception {
		String page = perform(HttpMethod.GET, "/cabinets/" + tilleuls.id() + "/connexions", admin, new MockHttpSession())
			.getResponse().getContentAsString();

		assertThat(page).contains("Connexions aux réseaux", "Toujours connecté en démonstration", "Facebook (page)",
				"Instagram (compte professionnel)", "LinkedIn (page entreprise)", "Google Business Profile", "Connecter");
		var response = perform(HttpMethod.GET, "/cabinets/" + tilleuls.id() + "/connexions", admin, new MockHttpSession()).getResponse();
		assertThat(response.getHeader("Content-Security-Policy")).contains("form-action 'self' " + fake.baseUrl())
			.contains("script-src 'self'").contains("frame-ancestors 'none'");
	}

	@Test
	void theOAuthRoundTripConnectsLinkedInOnlyInTheSessionThatStartedIt() throws Exception {
		fake.stubFor(post(urlPathEqualTo("/oauth/v2/accessToken")).willReturn(okJson(
				"{\"access_token\":\"LI_A\",\"expires_in\":5184000}")));
		fake.stubFor(get(urlPathEqualTo("/v2/organizationalEntityAcls")).willReturn(okJson("""
				{"elements":[{"role":"ADMINISTRATOR","organizationalTarget":"urn:li:organization:9",
				  "organizationalTarget~":{"localizedName":"Les Tilleuls <script>alert(1)</script>"}}]}""")));
		var session = new MockHttpSession();

		var start = perform(HttpMethod.POST, "/cabinets/" + tilleuls.id() + "/connexions/linkedin/autorisation", admin, session);
		URI authorize = URI.create(start.getResponse().getRedirectedUrl());
		String state = UriComponentsBuilder.fromUri(authorize).build().getQueryParams().getFirst("state");
		assertThat(authorize.getPath()).isEqualTo("/oauth/v2/authorization");
		assertThat(state).hasSizeGreaterThan(40);

		// Another session (e.g. an attacker's link) cannot use the state.
		assertThat(perform(HttpMethod.GET, "/connexions/retour", admin, new MockHttpSession(), "state", state, "code", "X")
			.getResponse().getStatus()).isEqualTo(404);

		var back = perform(HttpMethod.GET, "/connexions/retour", admin, session, "state", state, "code", "LI_CODE");
		assertThat(back.getResponse().getRedirectedUrl()).isEqualTo("/cabinets/" + tilleuls.id() + "/connexions");
		assertThat(connections.list(tilleuls.id())).filteredOn(c -> c.network() == Network.LINKEDIN).singleElement()
			.satisfies(c -> assertThat(c.connected()).isTrue());

		// Used once.
		assertThat(perform(HttpMethod.GET, "/connexions/retour", admin, session, "state", state, "code", "LI_CODE")
			.getResponse().getStatus()).isEqualTo(404);
		String page = perform(HttpMethod.GET, "/cabinets/" + tilleuls.id() + "/connexions", admin, session).getResponse().getContentAsString();
		assertThat(page).contains("Les Tilleuls &lt;script&gt;").doesNotContain("<script>alert(1)");
		assertThat(journal.recent(tilleuls.id(), 5)).anyMatch(e -> e.action().equals("publishing.connected"));

		var disconnected = perform(HttpMethod.POST, "/cabinets/" + tilleuls.id() + "/connexions/linkedin/deconnexion", admin, session);
		assertThat(disconnected.getResponse().getStatus()).isEqualTo(302);
		assertThat(connections.list(tilleuls.id())).filteredOn(c -> c.network() == Network.LINKEDIN).singleElement()
			.satisfies(c -> assertThat(c.connected()).isFalse());
	}

	@Test
	void aRefusalOnTheNetworksSiteSavesNothing() throws Exception {
		var session = new MockHttpSession();
		var start = perform(HttpMethod.POST, "/cabinets/" + tilleuls.id() + "/connexions/google_business/autorisation", admin, session);
		String state = UriComponentsBuilder.fromUriString(start.getResponse().getRedirectedUrl()).build().getQueryParams().getFirst("state");

		var back = perform(HttpMethod.GET, "/connexions/retour", admin, session, "state", state, "error", "access_denied");

		assertThat(back.getFlashMap().get("error")).isEqualTo("publishing.connections.denied");
		assertThat(connections.list(tilleuls.id())).filteredOn(c -> c.network() == Network.GOOGLE_BUSINESS).singleElement()
			.satisfies(c -> assertThat(c.connected()).isFalse());
	}

	@Test
	void theApiListsConnectionsForAdministratorsWithoutAnyToken() throws Exception {
		fake.stubFor(post(urlPathEqualTo("/oauth/v2/accessToken")).willReturn(okJson("{\"access_token\":\"LI_SECRET_TOKEN\",\"expires_in\":5184000}")));
		fake.stubFor(get(urlPathEqualTo("/v2/organizationalEntityAcls")).willReturn(okJson(
				"{\"elements\":[{\"role\":\"ADMINISTRATOR\",\"organizationalTarget\":\"urn:li:organization:9\",\"organizationalTarget~\":{\"localizedName\":\"Tilleuls\"}}]}")));
		connections.complete(tilleuls.id(), Network.LINKEDIN, "C", "test");

		var admin = mvc.perform(request(HttpMethod.GET, "/api/v1/practices/" + tilleuls.id() + "/connections")
			.header("Authorization", "Bearer demo-admin")).andReturn().getResponse();
		var assistant = mvc.perform(request(HttpMethod.GET, "/api/v1/practices/" + tilleuls.id() + "/connections")
			.header("Authorization", "Bearer demo-assistante")).andReturn().getResponse();

		assertThat(admin.getStatus()).isEqualTo(200);
		assertThat(admin.getContentAsString()).contains("\"network\":\"LINKEDIN\"", "\"account\":\"Tilleuls\"", "\"connected\":true")
			.doesNotContain("LI_SECRET_TOKEN");
		assertThat(assistant.getStatus()).isEqualTo(403);
	}

	@Test
	void theSandboxAndUnknownNetworksCannotBeConnected() throws Exception {
		var session = new MockHttpSession();
		assertThat(perform(HttpMethod.POST, "/cabinets/" + tilleuls.id() + "/connexions/sandbox/autorisation", admin, session)
			.getResponse().getStatus()).isEqualTo(404);
		assertThat(perform(HttpMethod.POST, "/cabinets/" + tilleuls.id() + "/connexions/myspace/autorisation", admin, session)
			.getResponse().getStatus()).isEqualTo(404);
	}
}
