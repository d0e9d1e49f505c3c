package fr.sourire.reputation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import fr.sourire.practices.AuthenticatedUser;
import fr.sourire.practices.Members;
import fr.sourire.practices.Practices;
import fr.sourire.support.H2Test;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue #6 through the API (personal access tokens) and the pages: AI settings (administrator only, key never sent
 * back), the digest subscription, background CSV imports and their progress.
 */
@H2Test
class ReviewAssistantApiAndPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Practices practices;

	@Autowired
	Members members;

	@Autowired
	ReviewImportJobs importJobs;

	long tilleuls() {
		return practices.findByName("Cabinet dentaire des Tilleuls").orElseThrow().id();
	}

	AuthenticatedUser assistant() {
		return new AuthenticatedUser(members.findUserId("assistante@demo.sourire.fr").orElseThrow(),
				"assistante@demo.sourire.fr", "Camille", null);
	}

	@Test
	void aiSettingsThroughTheApiAreForTheAdministratorAndNeverReturnTheKey() throws Exception {
		String base = "/api/v1/practices/" + tilleuls() + "/reviews";
		mvc.perform(get(base + "/ai-settings").header("Authorization", "Bearer demo-assistante"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.enabled").value(false));
		String body = "{\"enabled\": true, \"baseUrl\": \"https://ia.exemple.fr\", \"model\": \"m\", \"apiKey\": \"cle-api-secrete\"}";
		mvc.perform(put(base + "/ai-settings").header("Authorization", "Bearer demo-assistante")
				.contentType("application/json").content(body)).andExpect(status().isForbidden());
		mvc.perform(put(base + "/ai-settings").header("Authorization", "Bearer demo-admin")
				.contentType("application/json").content(body))
			.andExpect(status().isOk()).andExpect(jsonPath("$.enabled").value(true)).andExpect(jsonPath("$.hasKey").value(true))
			.andExpect(content().string(not(containsString("cle-api-secrete"))));
		mvc.perform(put(base + "/ai-settings").header("Authorization", "Bearer demo-admin").contentType("application/json")
				.content("{\"enabled\": false, \"baseUrl\": \"pas une adresse\"}"))
			.andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value(containsString("https://")));
		mvc.perform(put(base + "/ai-settings").header("Authorization", "Bearer demo-admin").contentType("application/json")
				.content("{\"enabled\": false, \"baseUrl\": \"https://ia.exemple.fr\", \"model\": \"m\"}"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.enabled").value(false));
		long review = JsonPath.<Number>read(mvc.perform(get(base).header("Authorization", "Bearer demo-assistante"))
			.andReturn().getResponse().getContentAsString(), "$[0].id").longValue();
		mvc.perform(post(base + "/" + review + "/reply/ai-draft").header("Authorization", "Bearer demo-assistante")
				.contentType("application/json").content("{}"))
			.andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value(containsString("pas activée")));
		mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/practices/{practiceId}/reviews/{reviewId}/reply/ai-draft']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/practices/{practiceId}/reviews/imports/{importId}']").exists());
	}

	@Test
	void theDigestSubscriptionThroughTheApi() throws Exception {
		String base = "/api/v1/practices/" + tilleuls() + "/reviews/digest";
		mvc.perform(put(base + "/me").header("Authorization", "Bearer demo-assistante").contentType("application/json")
				.content("{\"enabled\": true}"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.subscribed").value(true))
			.andExpect(jsonPath("$.week.count").isNumber());
		mvc.perform(put(base + "/everyone").header("Authorization", "Bearer demo-assistante").contentType("application/json")
				.content("{\"enabled\": true}")).andExpect(status().isForbidden());
		mvc.perform(put(base + "/me").header("Authorization", "Bearer demo-assistante").contentType("application/json")
				.content("{\"enabled\": false}")).andExpect(status().isOk()).andExpect(jsonPath("$.subscribed").value(false));
	}

	@Test
	void anApiImportIsRunByTheRecurringJobAndItsProgressCanBeRead() throws Exception {
		String base = "/api/v1/practices/" + tilleuls() + "/reviews/imports";
		String unique = UUID.randomUUID().toString().substring(0, 8);
		String csv = "id;auteur;note;date\\napi-" + unique + "-1;Api;5;2020-01-02\\napi-" + unique + "-2;Api;4;2020-01-03\\n"
				+ "api-" + unique + "-3;Api;4;hier\\n";
		String started = mvc.perform(post(base).header("Authorization", "Bearer demo-assistante").contentType("application/json")
				.content("{\"csv\": \"" + csv + "\", \"mapping\": {\"id\": 0, \"auteur\": 1, \"note\": 2, \"date\": 3}}"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.total").value(3))
			.andReturn().getResponse().getContentAsString();
		long id = JsonPath.<Number>read(started, "$.id").longValue();
		// db-scheduler's recurring job picks it up (every 2 s, polled every 5 s).
		String state = "running";
		for (int i = 0; i < 60 && state.equals("running"); i++) {
			Thread.sleep(500);
			state = JsonPath.read(mvc.perform(get(base + "/" + id).header("Authorization", "Bearer demo-assistante"))
				.andReturn().getResponse().getContentAsString(), "$.state");
		}
		mvc.perform(get(base + "/" + id).header("Authorization", "Bearer demo-assistante"))
			.andExpect(jsonPath("$.state").value("done")).andExpect(jsonPath("$.position").value(3))
			.andExpect(jsonPath("$.added").value(2)).andExpect(jsonPath("$.rejectedCount").value(1))
			.andExpect(jsonPath("$.rejected[0]").value("Ligne 4 : date illisible."));
		mvc.perform(post(base).header("Authorization", "Bearer demo-assistante").contentType("application/json")
				.content("{\"csv\": \"auteur\\nx\\n\", \"mapping\": {\"auteur\": 0}}"))
			.andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value(containsString("date")));
		mvc.perform(get(base + "/999999999").header("Authorization", "Bearer demo-assistante")).andExpect(status().isNotFound());
	}

	@Test
	void thePagesLetAMemberFollowAnImportAndOnlyTheAdministratorSetTheAi() throws Exception {
		long p = tilleuls();
		mvc.perform(get("/cabinets/" + p + "/avis/reglages").with(user(assistant()))).andExpect(status().isOk())
			.andExpect(content().string(containsString("Seul un administrateur")))
			.andExpect(content().string(containsString("Je veux recevoir le résumé hebdomadaire")));
		mvc.perform(post("/cabinets/" + p + "/avis/reglages/ia").param("enabled", "true").with(user(assistant())).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/cabinets/" + p + "/avis/reglages/resume").param("wanted", "true").with(user(assistant())).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/cabinets/" + p + "/avis/reglages/resume").with(user(assistant())).with(csrf()))
			.andExpect(status().is3xxRedirection());

		String unique = UUID.randomUUID().toString().substring(0, 8);
		String location = mvc.perform(post("/cabinets/" + p + "/avis/import/confirmation").with(user(assistant())).with(csrf())
				.param("csv", "id,auteur,date\npage-" + unique + ",Page,2020-02-02\n").param("col_id", "0")
				.param("col_auteur", "1").param("col_date", "2"))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		assertThat(location).matches("/cabinets/" + p + "/avis/imports/\\d+");
		mvc.perform(get(location).with(user(assistant()))).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"import-bar\"")))
			.andExpect(content().string(containsString("L’import se poursuit même si vous quittez cette page")));
		mvc.perform(get(location + "/progression").with(user(assistant()))).andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(1));
		mvc.perform(get("/cabinets/" + p + "/avis").with(user(assistant()))).andExpect(status().isOk())
			.andExpect(content().string(containsString(location)));
	}
}
