package fr.sourire.reputation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.sourire.practices.Practices;
import fr.sourire.support.H2Test;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** /api/v1/practices/{id}/reviews with personal access tokens: reading, triage, statistics and the reply workflow. */
@H2Test
class ReviewsApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Practices practices;

	@Autowired
	Reviews reviews;

	@Autowired
	JdbcClient jdbc;

	@Test
	void listOneStatisticsAndTheReplyWorkflowThroughTheApi() throws Exception {
		long p = practices.findByName("Cabinet dentaire des Tilleuls").orElseThrow().id();
		String base = "/api/v1/practices/" + p + "/reviews";
		mvc.perform(get(base).param("negative", "true").header("Authorization", "Bearer demo-assistante"))
			.andExpect(status().isOk()).andExpect(jsonPath("$[0].rating").isNumber());
		mvc.perform(get(base + "/statistics").header("Authorization", "Bearer demo-assistante"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.months.length()").value(24));

		long defamatory = reviews.findByExternalId(p, "google", "demo-defamation").orElseThrow().id();
		mvc.perform(get(base + "/" + defamatory).header("Authorization", "Bearer demo-assistante"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.lawRules[0]").exists())
			.andExpect(jsonPath("$.pressLawDeadline").exists());
		long burst = reviews.findByExternalId(p, "google", "demo-burst-2").orElseThrow().id();
		mvc.perform(get(base + "/" + burst).header("Authorization", "Bearer demo-assistante"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.suspicion.reasons[0]").exists());

		long rude = reviews.findByExternalId(p, "google", "demo-rude").orElseThrow().id();
		jdbc.sql("delete from review_reply where review_id = ?").param(rude).update();
		String draft = mvc.perform(post(base + "/" + rude + "/reply/draft").header("Authorization", "Bearer demo-assistante")
				.contentType("application/json").content("{\"situation\": \"rudeness\"}"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.state").value("DRAFT"))
			.andReturn().getResponse().getContentAsString();
		String sha = draft.replaceAll("(?s).*\"sha256\":\"([0-9a-f]{64})\".*", "$1");
		assertThat(sha).hasSize(64);
		mvc.perform(post(base + "/" + rude + "/reply/submit").header("Authorization", "Bearer demo-assistante"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.state").value("SUBMITTED"));
		mvc.perform(post(base + "/" + rude + "/reply/approve").header("Authorization", "Bearer demo-assistante")
				.contentType("application/json").content("{\"sha256\": \"" + sha + "\"}"))
			.andExpect(status().isForbidden());
		mvc.perform(post(base + "/" + rude + "/reply/approve").header("Authorization", "Bearer demo-dentiste")
				.contentType("application/json").content("{\"sha256\": \"" + "0".repeat(64) + "\"}"))
			.andExpect(status().isConflict());
		mvc.perform(post(base + "/" + rude + "/reply/approve").header("Authorization", "Bearer demo-dentiste")
				.contentType("application/json").content("{\"sha256\": \"" + sha + "\"}"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.state").value("APPROVED"))
			.andExpect(jsonPath("$.approvedBy").value(org.hamcrest.Matchers.containsString("dentiste@demo.sourire.fr")));

		mvc.perform(get(base + "/999999999").header("Authorization", "Bearer demo-assistante")).andExpect(status().isNotFound());
		mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/practices/{practiceId}/reviews/{reviewId}/reply/approve']").exists());
	}
}
