package fr.sourire.posts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.jayway.jsonpath.JsonPath;
import fr.sourire.practices.Practices;
import fr.sourire.practices.Role;
import fr.sourire.support.H2Test;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The posts API with personal access tokens (assistant writes and submits, dentist reviews and approves, roles and
 * rules refused as problem details), and the notification e-mails through a real SMTP server (GreenMail).
 */
@H2Test
@TestPropertySource(properties = { "spring.mail.host=127.0.0.1", "spring.mail.port=3025" })
class PostsApiAndMailTest {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP)
		.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

	@Autowired
	MockMvc mvc;

	@Autowired
	Practices practices;

	@Autowired
	Notifications notifications;

	@Autowired
	fr.sourire.practices.Members members;

	@Autowired
	fr.sourire.media.MediaLibrary library;

	@Autowired
	Posts posts;

	@Test
	void assistantCreatesAndSubmitsDentistReviewsAndApprovesAndEveryoneIsTold() throws Exception {
		long practiceId = practices.findByName("Cabinet dentaire des Tilleuls").orElseThrow().id();
		String base = "/api/v1/practices/" + practiceId + "/posts";
		String text = "Le cabinet sera fermé le lundi de Pâques. " + System.nanoTime();
		String body = """
				{"category": "CLOSURE", "text": "%s", "scheduledAt": "%s",
				 "targets": [{"network": "SANDBOX", "firstComment": "Bonne journée !"}]}"""
			.formatted(text, Instant.now().plus(3, ChronoUnit.DAYS));

		MvcResult created = call(post(base).contentType("application/json").content(body), "demo-assistante");
		assertThat(created.getResponse().getStatus()).isEqualTo(201);
		long postId = ((Number) JsonPath.read(created.getResponse().getContentAsString(), "$.id")).longValue();
		assertThat((String) JsonPath.read(created.getResponse().getContentAsString(), "$.state")).isEqualTo("DRAFT");

		assertThat(call(post(base + "/" + postId + "/submit"), "demo-assistante").getResponse().getStatus()).isEqualTo(200);
		assertThat(smtp.waitForIncomingEmail(10_000, 1)).isTrue();
		MimeMessage toDentist = smtp.getReceivedMessages()[smtp.getReceivedMessages().length - 1];
		assertThat(toDentist.getSubject()).isEqualTo("Publication à approuver");
		assertThat(Arrays.toString(toDentist.getAllRecipients())).contains("dentiste@demo.sourire.fr").doesNotContain("assistante@");
		assertThat(GreenMailUtil.getBody(toDentist)).contains("Le cabinet sera ferm");
		assertThat(notifications.recent(practiceId, Role.DENTIST, 5)).anyMatch(n -> n.kind().equals("approval_requested"));

		String review = call(get(base + "/" + postId + "/review"), "demo-dentiste").getResponse().getContentAsString();
		String hash = JsonPath.read(review, "$.contentHash");
		assertThat((Boolean) JsonPath.read(review, "$.blocked")).isFalse();

		var approval = "{\"contentHash\": \"" + hash + "\", \"acknowledgeWarnings\": false}";
		assertThat(call(post(base + "/" + postId + "/approve").contentType("application/json").content(approval), "demo-assistante")
			.getResponse().getStatus()).as("an assistant never approves").isEqualTo(403);
		MvcResult stale = call(post(base + "/" + postId + "/approve").contentType("application/json")
			.content("{\"contentHash\": \"" + "0".repeat(64) + "\"}"), "demo-dentiste");
		assertThat(stale.getResponse().getStatus()).isEqualTo(409);
		assertThat(stale.getResponse().getContentAsString()).contains("posts.error.changedSinceShown");

		MvcResult approved = call(post(base + "/" + postId + "/approve").contentType("application/json").content(approval), "demo-dentiste");
		assertThat(approved.getResponse().getStatus()).isEqualTo(200);
		assertThat((String) JsonPath.read(approved.getResponse().getContentAsString(), "$.state")).isEqualTo("SCHEDULED");
		assertThat((String) JsonPath.read(approved.getResponse().getContentAsString(), "$.approvedHash")).isEqualTo(hash);
		assertThat(smtp.waitForIncomingEmail(10_000, 2)).isTrue();
		assertThat(Arrays.stream(smtp.getReceivedMessages()).map(m -> {
			try {
				return m.getSubject();
			}
			catch (jakarta.mail.MessagingException e) {
				throw new IllegalStateException(e);
			}
		})).contains("Publication approuvée");

		String targets = call(get(base + "/" + postId + "/targets"), "demo-assistante").getResponse().getContentAsString();
		assertThat((String) JsonPath.read(targets, "$[0].status")).isEqualTo("SCHEDULED");
		String record = call(get(base + "/record"), "demo-assistante").getResponse().getContentAsString();
		assertThat(record).contains(hash);

		assertThat(call(post(base + "/" + postId + "/withdraw"), "demo-assistante").getResponse().getStatus()).isEqualTo(200);
		MvcResult again = call(post(base + "/" + postId + "/submit"), "demo-assistante");
		assertThat(again.getResponse().getStatus()).isEqualTo(409);
		assertThat(again.getResponse().getContentAsString()).contains("n’est pas possible");
	}

	@Test
	void anotherPracticesPostIsNotFound() throws Exception {
		long marseille = practices.findByName("Centre dentaire du Vieux-Port").orElseThrow().id();
		long tilleuls = practices.findByName("Cabinet dentaire des Tilleuls").orElseThrow().id();
		String list = call(get("/api/v1/practices/" + tilleuls + "/posts"), "demo-admin").getResponse().getContentAsString();
		long tilleulsPost = ((Number) JsonPath.read(list, "$[0].id")).longValue();
		// The administrator belongs to both practices: the Tilleuls post looked up under Marseille does not exist.
		assertThat(call(get("/api/v1/practices/" + marseille + "/posts/" + tilleulsPost), "demo-admin").getResponse().getStatus())
			.isEqualTo(404);
	}

	@Test
	void photosAreAttachedByIdOnlyFromThePracticesLibraryAndNeverBlocked() throws Exception {
		long tilleuls = practices.findByName("Cabinet dentaire des Tilleuls").orElseThrow().id();
		long marseille = practices.findByName("Centre dentaire du Vieux-Port").orElseThrow().id();
		var demoPhotos = library.list(tilleuls);
		long clean = demoPhotos.stream().filter(m -> m.fileName().equals("pause-cafe.jpg")).findFirst().orElseThrow().id();
		long blocked = demoPhotos.stream().filter(m -> m.fileName().equals("portrait-equipe.jpg")).findFirst().orElseThrow().id();
		long elsewhere;
		try (var in = new org.springframework.core.io.ClassPathResource("demo/media/pause-cafe.jpg").getInputStream()) {
			elsewhere = library.upload(marseille, "admin@demo.sourire.fr", "vieux-port.jpg", in.readAllBytes()).id();
		}
		String base = "/api/v1/practices/" + tilleuls + "/posts";
		String body = """
				{"category": "TEAM", "text": "La pause café de l’équipe. %s", "scheduledAt": "%s",
				 "targets": [{"network": "INSTAGRAM"}], "mediaIds": [%s]}""";
		String at = Instant.now().plus(3, ChronoUnit.DAYS).toString();

		MvcResult created = call(post(base).contentType("application/json").content(body.formatted(System.nanoTime(), at, clean)), "demo-assistante");
		assertThat(created.getResponse().getStatus()).isEqualTo(201);
		java.util.List<Number> mediaIds = JsonPath.read(created.getResponse().getContentAsString(), "$.mediaIds");
		assertThat(mediaIds).extracting(Number::longValue).containsExactly(clean);
		long postId = ((Number) JsonPath.read(created.getResponse().getContentAsString(), "$.id")).longValue();
		assertThat(call(post(base + "/" + postId + "/submit"), "demo-assistante").getResponse().getStatus()).isEqualTo(200);
		String review = call(get(base + "/" + postId + "/review"), "demo-dentiste").getResponse().getContentAsString();
		assertThat((String) JsonPath.read(review, "$.photos[0].fileName")).isEqualTo("pause-cafe.jpg");

		MvcResult foreign = call(post(base).contentType("application/json").content(body.formatted(System.nanoTime(), at, elsewhere)), "demo-admin");
		assertThat(foreign.getResponse().getStatus()).as("another practice's photo does not exist here").isEqualTo(404);
		MvcResult refused = call(post(base).contentType("application/json").content(body.formatted(System.nanoTime(), at, blocked)), "demo-assistante");
		assertThat(refused.getResponse().getStatus()).isEqualTo(409);
		assertThat(refused.getResponse().getContentAsString()).contains("posts.media.blocked", "portrait-equipe.jpg");
	}

	@Test
	void aNetworksOwnPhotosGoThroughTheApiAndTheComposer() throws Exception {
		long tilleuls = practices.findByName("Cabinet dentaire des Tilleuls").orElseThrow().id();
		long marseille = practices.findByName("Centre dentaire du Vieux-Port").orElseThrow().id();
		var demoPhotos = library.list(tilleuls);
		long clean = demoPhotos.stream().filter(m -> m.fileName().equals("pause-cafe.jpg")).findFirst().orElseThrow().id();
		long blocked = demoPhotos.stream().filter(m -> m.fileName().equals("portrait-equipe.jpg")).findFirst().orElseThrow().id();
		long second;
		long elsewhere;
		try (var in = new org.springframework.core.io.ClassPathResource("demo/media/pause-cafe.jpg").getInputStream()) {
			byte[] bytes = in.readAllBytes();
			second = library.upload(tilleuls, "admin@demo.sourire.fr", "pause-cafe-2.jpg", bytes).id();
			elsewhere = library.upload(marseille, "admin@demo.sourire.fr", "vieux-port.jpg", bytes).id();
		}
		String base = "/api/v1/practices/" + tilleuls + "/posts";
		String body = """
				{"category": "TEAM", "text": "La pause café de l’équipe. %s", "scheduledAt": "%s", "mediaIds": [%s],
				 "targets": [{"network": "SANDBOX"}, {"network": "FACEBOOK", "mediaIds": [%s]}, {"network": "GOOGLE_BUSINESS", "mediaIds": []}]}""";
		String at = Instant.now().plus(3, ChronoUnit.DAYS).toString();

		MvcResult created = call(post(base).contentType("application/json")
			.content(body.formatted(System.nanoTime(), at, clean, second + ", " + clean)), "demo-assistante");
		assertThat(created.getResponse().getStatus()).isEqualTo(201);
		long postId = ((Number) JsonPath.read(created.getResponse().getContentAsString(), "$.id")).longValue();
		String read = call(get(base + "/" + postId), "demo-assistante").getResponse().getContentAsString();
		java.util.List<Number> facebook = JsonPath.read(read, "$.targets[?(@.network == 'FACEBOOK')].mediaIds[*]");
		assertThat(facebook).extracting(Number::longValue).containsExactly(second, clean);
		java.util.List<Object> google = JsonPath.read(read, "$.targets[?(@.network == 'GOOGLE_BUSINESS')].mediaIds");
		assertThat(google).singleElement().satisfies(g -> assertThat((java.util.List<?>) g).isEmpty());
		java.util.List<Object> sandbox = JsonPath.read(read, "$.targets[?(@.network == 'SANDBOX')].mediaIds");
		assertThat(sandbox).containsExactly((Object) null);

		assertThat(call(post(base).contentType("application/json").content(body.formatted(System.nanoTime(), at, clean, elsewhere)), "demo-assistante")
			.getResponse().getStatus()).as("another practice's photo does not exist here").isEqualTo(404);
		MvcResult refused = call(post(base).contentType("application/json").content(body.formatted(System.nanoTime(), at, clean, blocked)), "demo-assistante");
		assertThat(refused.getResponse().getStatus()).isEqualTo(409);
		assertThat(refused.getResponse().getContentAsString()).contains("posts.media.blocked", "portrait-equipe.jpg");
		MvcResult tooMany = call(post(base).contentType("application/json").content(body.formatted(System.nanoTime(), at, clean, clean)
			.replace("\"mediaIds\": []", "\"mediaIds\": [" + clean + ", " + second + "]")), "demo-assistante");
		assertThat(tooMany.getResponse().getStatus()).isEqualTo(409);
		assertThat(tooMany.getResponse().getContentAsString()).contains("posts.variants.tooMany", "Google Business Profile");
		String openApi = mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat((String) JsonPath.read(openApi, "$.components.schemas.TargetRequest.properties.mediaIds.description"))
			.contains("Photos propres à ce réseau", "[] = aucune photo");

		var assistant = new fr.sourire.practices.AuthenticatedUser(members.findUserId("assistante@demo.sourire.fr").orElseThrow(),
				"assistante@demo.sourire.fr", "Camille Roche", null);
		String page = mvc.perform(get("/cabinets/" + tilleuls + "/publications/" + postId)
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(assistant)))
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(page).contains("Photos propres à ce réseau", "sans photo", "photos propres : 2");
		assertThat(page).containsPattern("name=\"own_media_FACEBOOK\" value=\"on\"\s+checked");
		assertThat(page).containsPattern("name=\"media_FACEBOOK\" value=\"" + second + "\"\s+checked");

		var saved = mvc.perform(post("/cabinets/" + tilleuls + "/publications/" + postId)
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(assistant))
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.param("category", "TEAM").param("text", "Photo du jour " + System.nanoTime()).param("networks", "SANDBOX", "FACEBOOK", "GOOGLE_BUSINESS")
			.param("media", Long.toString(clean)).param("own_media_FACEBOOK", "on")
			.param("media_FACEBOOK", Long.toString(clean), Long.toString(second))
			.param("media_GOOGLE_BUSINESS", Long.toString(second)).param("action", "save")).andReturn().getResponse();
		assertThat(saved.getStatus()).isEqualTo(302);
		Post edited = posts.get(tilleuls, postId);
		assertThat(edited.targets()).filteredOn(t -> t.network() == fr.sourire.publishing.Network.FACEBOOK)
			.singleElement().satisfies(t -> assertThat(t.mediaIds()).containsExactly(clean, second));
		assertThat(edited.targets()).filteredOn(t -> t.network() == fr.sourire.publishing.Network.GOOGLE_BUSINESS)
			.singleElement().satisfies(t -> assertThat(t.mediaIds()).as("option unticked: the post's photos").isNull());
	}

	@Test
	void theComposerOffersTheLibraryWithBlockedPhotosNotSelectableAndKeepsTheChosenOrder() throws Exception {
		long tilleuls = practices.findByName("Cabinet dentaire des Tilleuls").orElseThrow().id();
		var assistant = new fr.sourire.practices.AuthenticatedUser(members.findUserId("assistante@demo.sourire.fr").orElseThrow(),
				"assistante@demo.sourire.fr", "Camille Roche", null);
		var photos = library.list(tilleuls);
		var clean = photos.stream().filter(m -> m.fileName().equals("pause-cafe.jpg")).findFirst().orElseThrow();
		var blocked = photos.stream().filter(m -> m.fileName().equals("portrait-equipe.jpg")).findFirst().orElseThrow();

		String page = mvc.perform(get("/cabinets/" + tilleuls + "/publications")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(assistant)))
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(page).contains("name=\"media\" value=\"" + clean.id() + "\"", "pause-cafe.jpg", "Ne peut pas être jointe");
		assertThat(page).containsPattern("name=\"media\" value=\"" + blocked.id() + "\"\\s+disabled");

		var saved = mvc.perform(post("/cabinets/" + tilleuls + "/publications")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(assistant))
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.param("category", "TEAM").param("text", "Photo du jour " + System.nanoTime()).param("networks", "SANDBOX")
			.param("when", java.time.LocalDateTime.now(java.time.ZoneId.of("Europe/Paris")).plusDays(2).withSecond(0).withNano(0).toString())
			.param("media", Long.toString(clean.id())).param("action", "submit")).andReturn().getResponse();
		assertThat(saved.getStatus()).isEqualTo(302);
		long postId = Long.parseLong(saved.getRedirectedUrl().replaceAll(".*/", ""));
		assertThat(posts.get(tilleuls, postId).mediaIds()).containsExactly(clean.id());
		assertThat(posts.get(tilleuls, postId).state()).isEqualTo(PostState.SUBMITTED);

		var dentist = new fr.sourire.practices.AuthenticatedUser(members.findUserId("dentiste@demo.sourire.fr").orElseThrow(),
				"dentiste@demo.sourire.fr", "Dr Claire Martin", null);
		String approval = mvc.perform(get("/cabinets/" + tilleuls + "/publications/" + postId)
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(dentist)))
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(approval).contains("Photos et vérification des images", "/medias/" + clean.id() + "/image", "Approuver cette version");

		var refused = mvc.perform(post("/cabinets/" + tilleuls + "/publications/" + postId)
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(assistant))
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.param("category", "TEAM").param("text", "Texte modifié, gardé tel quel").param("networks", "GOOGLE_BUSINESS")
			.param("media", Long.toString(blocked.id())).param("action", "save")).andReturn().getResponse();
		assertThat(refused.getStatus()).isEqualTo(200);
		assertThat(refused.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
			.contains("ne peut pas être jointe", "Texte modifié, gardé tel quel");
	}

	@Test
	void theRecordExportsAsCsvAndJson() throws Exception {
		long tilleuls = practices.findByName("Cabinet dentaire des Tilleuls").orElseThrow().id();
		var dentist = new fr.sourire.practices.AuthenticatedUser(members.findUserId("dentiste@demo.sourire.fr").orElseThrow(),
				"dentiste@demo.sourire.fr", "Dr Claire Martin", null);
		var csv = mvc.perform(get("/cabinets/" + tilleuls + "/publications/registre.csv")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(dentist)))
			.andReturn().getResponse();
		assertThat(csv.getStatus()).isEqualTo(200);
		assertThat(csv.getHeader("Content-Disposition")).contains("registre-publications.csv");
		String content = csv.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(content).contains("\"publication\";\"categorie\"").contains("\"PUBLISHED\"").contains("\"FAILED\"")
			.contains("reliez-le dans « Connexions »");
		var json = mvc.perform(get("/cabinets/" + tilleuls + "/publications/registre.json")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(dentist)))
			.andReturn().getResponse();
		assertThat((java.util.List<?>) JsonPath.read(json.getContentAsString(java.nio.charset.StandardCharsets.UTF_8), "$")).isNotEmpty();
	}

	private MvcResult call(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String token)
			throws Exception {
		return mvc.perform(request.header("Authorization", "Bearer " + token)).andReturn();
	}
}
