package fr.sourire.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import fr.sourire.practices.AuthenticatedUser;
import fr.sourire.practices.Members;
import fr.sourire.practices.PersonalAccessTokens;
import fr.sourire.practices.Practices;
import jakarta.servlet.DispatcherType;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.DelegatingFilterProxyRegistrationBean;

/**
 * {@code /api/v1/posts/…}, the posts API without the practice in the path, through a real server: MockMvc does not
 * carry out a servlet forward, and what must be proved here is that the tenant interceptor and Spring Security run on
 * the forwarded dispatch (DispatcherType.FORWARD) exactly as on the nested route.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PostsAliasApiTest {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	Practices practices;

	@Autowired
	Members members;

	@Autowired
	PersonalAccessTokens tokens;

	long tilleuls;
	long vieuxPort;

	@BeforeEach
	void demoPractices() {
		tilleuls = practices.findByName("Cabinet dentaire des Tilleuls").orElseThrow().id();
		vieuxPort = practices.findByName("Centre dentaire du Vieux-Port").orElseThrow().id();
	}

	@Test
	void theWholeLifeOfAPostThroughTheAliasWithPersonalAccessTokens() throws Exception {
		String text = "Le cabinet sera fermé le lundi de Pâques. " + System.nanoTime();
		// The assistant belongs to the Tilleuls only: no practice to name.
		var created = call("POST", "/api/v1/posts", "demo-assistante", post(text, 3));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		long postId = ((Number) JsonPath.read(created.body(), "$.id")).longValue();
		assertThat((String) JsonPath.read(created.body(), "$.state")).isEqualTo("DRAFT");
		// Created in the Tilleuls, by the token's owner: the forwarded request is authenticated as the caller.
		var nested = call("GET", "/api/v1/practices/" + tilleuls + "/posts/" + postId, "demo-assistante", null);
		assertThat(nested.statusCode()).isEqualTo(200);
		assertThat(nested.body()).contains("Camille Roche");

		assertThat(call("GET", "/api/v1/posts", "demo-assistante", null).body()).contains(text);
		var edited = call("PUT", "/api/v1/posts/" + postId, "demo-assistante", post(text + " Bonnes fêtes.", 3));
		assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
		assertThat(edited.body()).contains("Bonnes fêtes.");
		assertThat(state(call("POST", "/api/v1/posts/" + postId + "/submit", "demo-assistante", null))).isEqualTo("SUBMITTED");

		String hash = JsonPath.read(call("GET", "/api/v1/posts/" + postId + "/review", "demo-dentiste", null).body(), "$.contentHash");
		String approval = "{\"contentHash\": \"%s\", \"acknowledgeWarnings\": true}".formatted(hash);
		// The @RequiresRole(DENTIST) of the nested route holds on the forwarded dispatch.
		var byAssistant = call("POST", "/api/v1/posts/" + postId + "/approve?practice=" + tilleuls, "demo-assistante", approval);
		assertThat(byAssistant.statusCode()).isEqualTo(403);
		assertThat(byAssistant.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(state(call("GET", "/api/v1/posts/" + postId, "demo-assistante", null))).isEqualTo("SUBMITTED");

		var approved = call("POST", "/api/v1/posts/" + postId + "/approve", "demo-dentiste", approval);
		assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
		assertThat(state(approved)).isEqualTo("SCHEDULED");
		var targets = call("GET", "/api/v1/posts/" + postId + "/targets", "demo-dentiste", null);
		assertThat(targets.statusCode()).isEqualTo(200);
		assertThat((List<String>) JsonPath.read(targets.body(), "$[*].network")).containsExactly("SANDBOX");
		assertThat((List<String>) JsonPath.read(targets.body(), "$[*].status")).containsExactly("SCHEDULED");

		// Moving an approved post sends it back to the dentist; then withdrawing it cancels everything.
		var moved = call("POST", "/api/v1/posts/" + postId + "/schedule", "demo-assistante",
				"{\"scheduledAt\": \"%s\"}".formatted(Instant.now().plus(5, ChronoUnit.DAYS)));
		assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
		assertThat(state(moved)).isEqualTo("SUBMITTED");
		var changes = call("POST", "/api/v1/posts/" + postId + "/changes", "demo-dentiste", "{\"comment\": \"Ajoutez les horaires.\"}");
		assertThat(state(changes)).isEqualTo("CHANGES_REQUESTED");
		assertThat(state(call("POST", "/api/v1/posts/" + postId + "/withdraw", "demo-assistante", null))).isEqualTo("WITHDRAWN");
		assertThat(call("GET", "/api/v1/posts/record", "demo-assistante", null).statusCode()).isEqualTo(200);
	}

	@Test
	void aMemberOfSeveralPracticesMustSayWhichOneAndAUserOfNoneHasNothing() throws Exception {
		var unsaid = call("GET", "/api/v1/posts", "demo-admin", null);
		assertThat(unsaid.statusCode()).isEqualTo(400);
		assertThat(unsaid.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		assertThat((String) JsonPath.read(unsaid.body(), "$.detail")).startsWith("Précisez le cabinet : paramètre practice");
		assertThat(unsaid.body()).doesNotContain("Tilleuls").doesNotContain("Vieux-Port")
			.doesNotContainPattern("\\b" + tilleuls + "\\b").doesNotContainPattern("\\b" + vieuxPort + "\\b");

		// A user without any practice has nothing to choose from: 404, as for any practice that is not theirs.
		String unique = UUID.randomUUID().toString().substring(0, 8);
		long loneId = members.createUser("seul." + unique + "@exemple.fr", "Seul " + unique, "mot-de-passe-solide");
		String lone = tokens.create(new AuthenticatedUser(loneId, "seul." + unique + "@exemple.fr", "Seul " + unique, null), "test").secret();
		assertThat(call("GET", "/api/v1/posts", lone, null).statusCode()).isEqualTo(404);

		assertThat(call("GET", "/api/v1/posts?practice=" + tilleuls, "demo-admin", null).statusCode()).isEqualTo(200);
		assertThat(call("GET", "/api/v1/posts", "demo-admin", null, Map.of("X-Sourire-Practice", Long.toString(vieuxPort)))
			.statusCode()).isEqualTo(200);
	}

	@Test
	void aPracticeTheCallerIsNotAMemberOfIsNotFoundExactlyAsOnTheNestedRoute() throws Exception {
		var nested = call("GET", "/api/v1/practices/" + vieuxPort + "/posts", "demo-assistante", null);
		assertThat(nested.statusCode()).isEqualTo(404);
		String refusal = JsonPath.read(nested.body(), "$.detail");

		for (var aliased : List.of(call("GET", "/api/v1/posts?practice=" + vieuxPort, "demo-assistante", null),
				call("GET", "/api/v1/posts", "demo-assistante", null, Map.of("X-Sourire-Practice", Long.toString(vieuxPort))),
				call("POST", "/api/v1/posts?practice=" + vieuxPort, "demo-assistante", post("Piraté", 3)),
				call("GET", "/api/v1/posts?practice=999999999", "demo-assistante", null),
				call("GET", "/api/v1/posts?practice=pas-un-nombre", "demo-assistante", null),
				// The query parameter wins over the header.
				call("GET", "/api/v1/posts?practice=" + vieuxPort, "demo-assistante", null, Map.of("X-Sourire-Practice", Long.toString(tilleuls))))) {
			assertThat(aliased.statusCode()).as(aliased.body()).isEqualTo(404);
			assertThat((String) JsonPath.read(aliased.body(), "$.detail")).isEqualTo(refusal);
		}
		assertThat(call("GET", "/api/v1/posts?practice=" + tilleuls, "demo-assistante", null,
				Map.of("X-Sourire-Practice", Long.toString(vieuxPort))).statusCode()).isEqualTo(200);
		assertThat(call("GET", "/api/v1/posts", "demo-admin", null, Map.of("X-Sourire-Practice", "12/../../..")).statusCode())
			.isEqualTo(404);
	}

	/** The filters are registered for every dispatcher type (Spring Boot's default); this keeps it so. */
	@Test
	void springSecurityFiltersTheForwardedDispatchToo(@Autowired DelegatingFilterProxyRegistrationBean security) {
		assertThat(security.determineDispatcherTypes()).contains(DispatcherType.FORWARD);
	}

	@Test
	void withoutATokenNothingIsForwarded() throws Exception {
		var anonymous = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/posts?practice=" + tilleuls))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(anonymous.statusCode()).isEqualTo(401);
		assertThat(call("GET", "/api/v1/posts", "pas-un-jeton", null).statusCode()).isEqualTo(401);
	}

	@Test
	void theShortFormIsInTheOpenApiDocumentWithThePracticeAsAQueryParameter() throws Exception {
		String docs = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v3/api-docs")).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		for (String path : List.of("/api/v1/posts", "/api/v1/posts/{postId}", "/api/v1/posts/{postId}/submit",
				"/api/v1/posts/{postId}/approve", "/api/v1/posts/{postId}/changes", "/api/v1/posts/{postId}/schedule",
				"/api/v1/posts/{postId}/withdraw", "/api/v1/posts/{postId}/targets")) {
			assertThat((Map<?, ?>) JsonPath.read(docs, "$.paths['" + path + "']")).as(path).isNotEmpty();
		}
		assertThat((List<String>) JsonPath.read(docs, "$.paths['/api/v1/posts/{postId}/approve'].post.parameters[*].name"))
			.containsExactlyInAnyOrder("postId", "practice", "X-Sourire-Practice");
		assertThat((List<String>) JsonPath.read(docs, "$.paths['/api/v1/posts/{postId}/approve'].post.parameters[?(@.name == 'practice')].in"))
			.containsExactly("query");
		assertThat((Object) JsonPath.read(docs, "$.paths['/api/v1/posts/{postId}/approve'].post.requestBody")).isNotNull();
		assertThat(docs).doesNotContain("/api/v1/posts/**");
	}

	private static String post(String text, int daysAhead) {
		return """
				{"category": "CLOSURE", "text": "%s", "scheduledAt": "%s", "targets": [{"network": "SANDBOX"}]}"""
			.formatted(text, Instant.now().plus(daysAhead, ChronoUnit.DAYS));
	}

	private static String state(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return JsonPath.read(response.body(), "$.state");
	}

	private HttpResponse<String> call(String method, String path, String token, String json) throws IOException, InterruptedException {
		return call(method, path, token, json, Map.of());
	}

	private HttpResponse<String> call(String method, String path, String token, String json, Map<String, String> headers)
			throws IOException, InterruptedException {
		var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization", "Bearer " + token)
			.header("Accept-Language", "fr")
			.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
		if (json != null) {
			request.header("Content-Type", "application/json");
		}
		headers.forEach(request::header);
		return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}
}
