package fr.sourire.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import fr.sourire.media.MediaLibrary;
import fr.sourire.practices.AuthenticatedUser;
import fr.sourire.practices.Member;
import fr.sourire.practices.Members;
import fr.sourire.practices.PersonalAccessTokens;
import fr.sourire.practices.Practice;
import fr.sourire.practices.PracticeDetails;
import fr.sourire.practices.Practices;
import fr.sourire.practices.Role;
import fr.sourire.support.H2Test;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.UriTemplate;

/**
 * Tenant isolation, route by route. The routes are read from Spring MVC itself, so a route added tomorrow is walked
 * too: if it carries {practiceId} it must refuse a member of another practice; if it does not, it must be listed
 * below as public or user-scoped (and then gets checked on its own), otherwise this test fails.
 */
@H2Test
class CrossPracticeAccessTest {

	/** Reachable without a practice: login, invitation acceptance, error page, API documentation. */
	private static final Set<String> PUBLIC = Set.of("/connexion", "/invitation/{secret}", "/mot-de-passe-oublie",
			"/mot-de-passe/{secret}", "/error", "/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/swagger-config", "/swagger-ui.html", "/public/medias/{token}");

	/** Reference data shared by every practice (e.g. the public text of a deontology rule): no practice data. */
	private static final Set<String> SHARED_REFERENCE = Set.of("/api/v1/rules/{ruleId}");

	/**
	 * Routes that name the practice in their JSON body rather than their path; each is exercised in
	 * {@link #practiceNamedInTheBodyIsCheckedToo()}.
	 */
	private static final Set<String> PRACTICE_IN_BODY = Set.of("/api/v1/checks");

	/**
	 * The posts API without the practice in the path: it names the practice in a query parameter (or a header) and
	 * forwards to the nested posts routes; each is exercised in {@link #practiceNamedInTheQueryIsCheckedToo()}.
	 */
	private static final Set<String> PRACTICE_IN_QUERY = Set.of("/api/v1/posts", "/api/v1/posts/**");

	private static final String NESTED_POSTS = "/api/v1/practices/{practiceId}/posts";

	/** About the logged-in user only; each is exercised in {@link #userScopedRoutesStayWithinTheUser()}. */
	private static final Set<String> USER_SCOPED = Set.of("/", "/cabinet-courant", "/parametres", "/parametres/jetons",
			"/parametres/jetons/{tokenId}/revocation", "/parametres/langue", "/parametres/mot-de-passe", "/api/v1/me",
			"/connexions/retour", "/mes-cabinets/avis", "/api/v1/me/reviews/statistics");

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	Practices practices;

	@Autowired
	Members members;

	@Autowired
	PersonalAccessTokens tokens;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MediaLibrary media;

	@Autowired
	fr.sourire.publishing.MediaLinks mediaLinks;

	@Autowired
	fr.sourire.reputation.ReviewImportJobs importJobs;

	Practice victim;
	Map<String, String> victimIds;
	AuthenticatedUser outsider;
	String outsiderToken;

	@BeforeEach
	void anAdministratorOfAnotherPractice() {
		victim = practices.findByName("Cabinet dentaire des Tilleuls").orElseThrow();
		long victimUser = members.members(victim.id()).stream().map(Member::userId).findFirst().orElseThrow();
		victimIds = Map.ofEntries(Map.entry("practiceId", Long.toString(victim.id())),
				Map.entry("practitionerId", Long.toString(practices.practitioners(victim.id()).get(0).id())),
				Map.entry("userId", Long.toString(victimUser)),
				Map.entry("tokenId", Long.toString(victimTokenId())),
				Map.entry("secret", "inconnu"),
				Map.entry("mediaId", Long.toString(media.list(victim.id()).stream().filter(item -> !item.blocked()).findFirst().orElseThrow().id())),
				Map.entry("network", "LINKEDIN"),
				Map.entry("reviewId", Long.toString(jdbc.sql("select min(id) from review where practice_id = ?").param(victim.id())
					.query(Long.class).single())),
				Map.entry("postId", Long.toString(jdbc.sql("select min(id) from post where practice_id = ?").param(victim.id())
					.query(Long.class).single())),
				Map.entry("slotId", Long.toString(jdbc.sql("select min(id) from post_slot where practice_id = ?").param(victim.id())
					.query(Long.class).single())),
				Map.entry("seriesId", Long.toString(jdbc.sql("select min(id) from post_series where practice_id = ?").param(victim.id())
					.query(Long.class).single())),
				// A CSV import whose only line is refused: the victim's reviews stay as they are.
				Map.entry("importId", Long.toString(importJobs.recent(victim.id(), 1).stream().findFirst()
					.orElseGet(() -> importJobs.start(victim.id(), "auteur,date\nDemo,pas une date\n", Map.of("auteur", 0, "date", 1),
							"test")).id())));

		String unique = UUID.randomUUID().toString().substring(0, 8);
		Practice own = practices.create(new PracticeDetails("Cabinet isolé " + unique, "", "", "", "FR", ""), "test");
		long id = members.createUser("isole." + unique + "@exemple.fr", "Isolé " + unique, "mot-de-passe-solide");
		members.addMember(own.id(), id, Role.ADMIN, "test");
		outsider = new AuthenticatedUser(id, "isole." + unique + "@exemple.fr", "Isolé " + unique, null);
		outsiderToken = tokens.create(outsider, "test").secret();
	}

	@Test
	void everyRouteIsPracticeScopedOrDeliberatelyListed() {
		var unclassified = new TreeSet<String>();
		routes().forEach(route -> {
			if (!route.practiceScoped() && !PUBLIC.contains(route.pattern()) && !USER_SCOPED.contains(route.pattern())
					&& !SHARED_REFERENCE.contains(route.pattern()) && !PRACTICE_IN_BODY.contains(route.pattern())
					&& !PRACTICE_IN_QUERY.contains(route.pattern())) {
				unclassified.add(route.pattern());
			}
		});
		assertThat(unclassified).as("routes without {practiceId} that nobody classified").isEmpty();
		assertThat(routes().stream().filter(Route::practiceScoped).count()).isGreaterThanOrEqualTo(10);
	}

	@Test
	void everyPracticeRouteRefusesAMemberOfAnotherPractice() throws Exception {
		String before = victimSnapshot();
		var failures = new ArrayList<String>();
		for (Route route : routes()) {
			if (!route.practiceScoped()) {
				continue;
			}
			for (HttpMethod method : route.methods()) {
				int status = perform(route, method, outsider, outsiderToken).getResponse().getStatus();
				if (status != 403 && status != 404) {
					failures.add(method + " " + route.pattern() + " → " + status);
				}
			}
		}
		assertThat(failures).as("practice routes that let an outsider through").isEmpty();
		assertThat(victimSnapshot()).as("the other practice's data is untouched").isEqualTo(before);
	}

	/** Proves the walk above is not vacuous: the same GET routes work for the practice's own administrator. */
	@Test
	void practiceGetRoutesWorkForTheirOwnAdministrator() throws Exception {
		long adminId = members.findUserId("admin@demo.sourire.fr").orElseThrow();
		var admin = new AuthenticatedUser(adminId, "admin@demo.sourire.fr", "Admin", null);
		for (Route route : routes()) {
			if (route.practiceScoped() && route.methods().contains(HttpMethod.GET)) {
				assertThat(perform(route, HttpMethod.GET, admin, "demo-admin").getResponse().getStatus())
					.as("GET " + route.pattern()).isEqualTo(200);
			}
		}
	}

	@Test
	void userScopedRoutesStayWithinTheUser() throws Exception {
		var victimToken = victimIds.get("tokenId");
		assertThat(web(HttpMethod.GET, "/").getResponse().getRedirectedUrl()).doesNotEndWith("/cabinets/" + victim.id());
		assertThat(web(HttpMethod.POST, "/cabinet-courant", "practiceId", Long.toString(victim.id())).getResponse().getStatus()).isEqualTo(404);
		assertThat(web(HttpMethod.POST, "/parametres/jetons/" + victimToken + "/revocation").getResponse().getStatus()).isEqualTo(404);
		assertThat(web(HttpMethod.GET, "/parametres").getResponse().getContentAsString()).doesNotContain("demo-ass");
		assertThat(web(HttpMethod.POST, "/parametres/jetons", "name", "mien").getResponse().getStatus()).isEqualTo(302);
		assertThat(web(HttpMethod.POST, "/parametres/langue", "lang", "fr").getResponse().getStatus()).isEqualTo(302);
		// Changing a password only ever concerns the logged-in user's own account.
		assertThat(web(HttpMethod.POST, "/parametres/mot-de-passe", "current", "mot-de-passe-solide", "password",
				"un autre mot de passe", "confirmation", "un autre mot de passe").getResponse().getStatus()).isEqualTo(302);
		String me = mvc.perform(request(HttpMethod.GET, "/api/v1/me").header("Authorization", "Bearer " + outsiderToken))
			.andReturn().getResponse().getContentAsString();
		assertThat(me).contains(outsider.email()).doesNotContain(victim.name());
		// The group dashboard lists the user's own practices only (its routes carry no practice id).
		assertThat(web(HttpMethod.GET, "/mes-cabinets/avis").getResponse().getContentAsString()).contains("Cabinet isolé")
			.doesNotContain(victim.name()).doesNotContain("Vieux-Port");
		String group = mvc.perform(request(HttpMethod.GET, "/api/v1/me/reviews/statistics")
			.header("Authorization", "Bearer " + outsiderToken)).andReturn().getResponse().getContentAsString();
		assertThat(group).contains("Cabinet isolé").doesNotContain(victim.name()).doesNotContain("Vieux-Port");
		assertThat(tokens.authenticate("demo-assistante")).isPresent();
		// The OAuth callback only accepts a state issued in the same session, for a practice the user administers.
		assertThat(web(HttpMethod.GET, "/connexions/retour", "state", "inconnu", "code", "c").getResponse().getStatus()).isEqualTo(404);
	}

	/** Media links are public but signed: a forged or altered token is 404, an expired one 410. */
	@Test
	void publicMediaLinksNeedAValidUnexpiredSignature() throws Exception {
		String valid = mediaLinks.publicUrl(victim.id(), 1, java.time.Duration.ofMinutes(5));
		String token = valid.substring(valid.lastIndexOf('/') + 1);
		String expired = mediaLinks.publicUrl(victim.id(), 1, java.time.Duration.ofMinutes(-1));
		String forged = token.substring(0, token.indexOf('.')) + ".AAAA";

		assertThat(mvc.perform(request(HttpMethod.GET, "/public/medias/" + forged)).andReturn().getResponse().getStatus()).isEqualTo(404);
		assertThat(mvc.perform(request(HttpMethod.GET, "/public/medias/nimporte-quoi")).andReturn().getResponse().getStatus()).isEqualTo(404);
		assertThat(mvc.perform(request(HttpMethod.GET, expired.substring(expired.indexOf("/public/")))).andReturn().getResponse().getStatus())
			.isEqualTo(410);
		assertThat(mediaLinks.verify(token)).isEqualTo(new fr.sourire.publishing.MediaLinks.SignedMedia(victim.id(), 1));

		// A valid link to a publishable image serves its clean copy, without any login; a blocked image is never served.
		long publishable = Long.parseLong(victimIds.get("mediaId"));
		String link = mediaLinks.publicUrl(victim.id(), publishable, java.time.Duration.ofMinutes(5));
		var served = mvc.perform(request(HttpMethod.GET, link.substring(link.indexOf("/public/")))).andReturn().getResponse();
		assertThat(served.getStatus()).isEqualTo(200);
		assertThat(served.getContentType()).startsWith("image/");
		assertThat(served.getContentAsByteArray()).isEqualTo(media.cleanCopy(victim.id(), publishable));
		long blocked = media.list(victim.id()).stream().filter(item -> item.blocked()).findFirst().orElseThrow().id();
		String blockedLink = mediaLinks.publicUrl(victim.id(), blocked, java.time.Duration.ofMinutes(5));
		assertThat(mvc.perform(request(HttpMethod.GET, blockedLink.substring(blockedLink.indexOf("/public/")))).andReturn()
			.getResponse().getStatus()).isEqualTo(404);
	}

	@Test
	void practiceNamedInTheBodyIsCheckedToo() throws Exception {
		int status = mvc.perform(request(HttpMethod.POST, "/api/v1/checks").header("Authorization", "Bearer " + outsiderToken)
			.contentType("application/json")
			.content("{\"practiceId\": " + victim.id() + ", \"text\": \"Bonjour\"}"))
			.andReturn().getResponse().getStatus();
		assertThat(status).isEqualTo(404);
	}

	/**
	 * Every nested posts route called through its short form with the other practice in {@code practice}: the alias
	 * forwards to that practice's nested route, which refuses. MockMvc records a forward without carrying it out, so it
	 * is followed here as the servlet container would; {@code PostsAliasApiTest} does the same on a real server.
	 */
	@Test
	void practiceNamedInTheQueryIsCheckedToo() throws Exception {
		String before = victimSnapshot();
		var failures = new ArrayList<String>();
		int walked = 0;
		for (Route route : routes()) {
			if (!route.pattern().startsWith(NESTED_POSTS)) {
				continue;
			}
			var flat = new Route("/api/v1/posts" + route.pattern().substring(NESTED_POSTS.length()), route.methods(),
					route.consumesJson(), route.consumesMultipart());
			for (HttpMethod method : route.methods()) {
				String forwardedTo = perform(flat, method, outsider, outsiderToken).getResponse().getForwardedUrl();
				assertThat(forwardedTo).as(method + " " + flat.pattern())
					.isEqualTo(new UriTemplate(route.pattern()).expand(victimIds).toString());
				var nested = new Route(forwardedTo, List.of(method), route.consumesJson(), route.consumesMultipart());
				int status = perform(nested, method, outsider, outsiderToken).getResponse().getStatus();
				if (status != 403 && status != 404) {
					failures.add(method + " " + flat.pattern() + " → " + status);
				}
				walked++;
			}
		}
		assertThat(failures).as("short posts routes that let an outsider through").isEmpty();
		assertThat(walked).isGreaterThanOrEqualTo(10);
		assertThat(victimSnapshot()).as("the other practice's data is untouched").isEqualTo(before);
	}

	private MvcResult web(HttpMethod method, String path, String... params) throws Exception {
		MockHttpServletRequestBuilder builder = request(method, path).with(user(outsider)).with(csrf());
		for (int i = 0; i < params.length; i += 2) {
			builder.param(params[i], params[i + 1]);
		}
		return mvc.perform(builder).andReturn();
	}

	/** Always aimed at the demo practice "des Tilleuls": {@code as} is either an outsider or its own administrator. */
	private MvcResult perform(Route route, HttpMethod method, AuthenticatedUser as, String token) throws Exception {
		String uri = new UriTemplate(route.pattern()).expand(victimIds).toString();
		AbstractMockHttpServletRequestBuilder<?> builder = route.consumesMultipart()
				? multipart(method, uri).file("file", new byte[] { (byte) 0xFF, (byte) 0xD8 }).file("files", new byte[] { (byte) 0xFF, (byte) 0xD8 })
				: request(method, uri);
		if (route.pattern().startsWith("/api/")) {
			builder.header("Authorization", "Bearer " + token);
		}
		else {
			builder.with(user(as)).with(csrf());
		}
		// A plausible request body, so that a request is refused for who sends it and not for what it contains.
		if (route.consumesJson()) {
			builder.contentType("application/json").content("{\"text\": \"Bonjour\", \"practiceId\": " + victim.id() + "}");
		}
		builder.param("name", "Piraté").param("fullName", "Dr Pirate").param("rpps", "19999999999")
			.param("email", "pirate@exemple.fr").param("role", "ADMIN").param("practiceId", Long.toString(victim.id()))
			.param("practice", Long.toString(victim.id()));
		return mvc.perform(builder).andReturn();
	}

	private long victimTokenId() {
		return jdbc.sql("""
				select t.id from personal_access_token t join user_account u on u.id = t.user_id
				where u.email = 'assistante@demo.sourire.fr' order by t.id""").query(Long.class).list().get(0);
	}

	private String victimSnapshot() {
		return practices.get(victim.id()) + "|" + practices.practitioners(victim.id()) + "|" + members.members(victim.id())
				+ "|" + media.list(victim.id());
	}

	private List<Route> routes() {
		var routes = new ArrayList<Route>();
		context.getBeansOfType(RequestMappingHandlerMapping.class).values().forEach(mapping ->
			mapping.getHandlerMethods().forEach((info, handler) -> {
				Set<RequestMethod> declared = info.getMethodsCondition().getMethods();
				List<HttpMethod> methods = declared.isEmpty() ? List.of(HttpMethod.GET, HttpMethod.POST)
						: declared.stream().map(m -> HttpMethod.valueOf(m.name())).toList();
				boolean json = info.getConsumesCondition().getConsumableMediaTypes().stream()
					.anyMatch(type -> type.isCompatibleWith(org.springframework.http.MediaType.APPLICATION_JSON));
				boolean multipart = info.getConsumesCondition().getConsumableMediaTypes().stream()
					.anyMatch(type -> type.isCompatibleWith(org.springframework.http.MediaType.MULTIPART_FORM_DATA));
				info.getPatternValues().forEach(pattern -> routes.add(new Route(pattern, methods, json, multipart)));
			}));
		return routes;
	}

	private record Route(String pattern, List<HttpMethod> methods, boolean consumesJson, boolean consumesMultipart) {

		boolean practiceScoped() {
			return pattern.contains("{practiceId}");
		}
	}
}
