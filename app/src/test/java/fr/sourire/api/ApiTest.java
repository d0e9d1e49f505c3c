package fr.sourire.api;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.sourire.practices.Practices;
import fr.sourire.support.H2Test;
import jakarta.servlet.RequestDispatcher;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@H2Test
class ApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Practices practices;

	@Test
	void bearerTokenIdentifiesTheUserWithoutASession() throws Exception {
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer demo-assistante"))
			.andExpect(status().isOk())
			.andExpect(header().doesNotExist("Set-Cookie"))
			.andExpect(jsonPath("$.email").value("assistante@demo.sourire.fr"))
			.andExpect(jsonPath("$.practices[0].name").value("Cabinet dentaire des Tilleuls"))
			.andExpect(jsonPath("$.practices[0].role").value("ASSISTANT"));
	}

	@Test
	void missingOrWrongTokenIsAProblem() throws Exception {
		for (String authorization : new String[] { null, "Bearer pas-un-jeton", "Basic YTpi" }) {
			var request = get("/api/v1/me");
			if (authorization != null) {
				request.header("Authorization", authorization);
			}
			mvc.perform(request).andExpect(status().isUnauthorized())
				.andExpect(header().string("WWW-Authenticate", "Bearer"))
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.status").value(401))
				.andExpect(jsonPath("$.detail").value(Matchers.containsString("jeton")));
		}
	}

	@Test
	void practiceAccessAndRolesAsProblems() throws Exception {
		long tilleuls = practices.findByName("Cabinet dentaire des Tilleuls").orElseThrow().id();
		long vieuxPort = practices.findByName("Centre dentaire du Vieux-Port").orElseThrow().id();
		mvc.perform(get("/api/v1/practices/" + tilleuls + "/practitioners").header("Authorization", "Bearer demo-dentiste"))
			.andExpect(status().isOk()).andExpect(jsonPath("$[0].rpps").value(Matchers.matchesPattern("\\d{11}")));
		mvc.perform(get("/api/v1/practices/" + vieuxPort).header("Authorization", "Bearer demo-dentiste"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(404));
		mvc.perform(get("/api/v1/practices/" + tilleuls + "/members").header("Authorization", "Bearer demo-dentiste"))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/api/v1/practices/" + tilleuls + "/members").header("Authorization", "Bearer demo-admin"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(3));
	}

	@Test
	void bearerRequestsNeedNoCsrfToken() throws Exception {
		// Refused for the method, not for a missing CSRF token.
		mvc.perform(post("/api/v1/me").header("Authorization", "Bearer demo-assistante"))
			.andExpect(status().isMethodNotAllowed());
	}

	@Test
	void unknownApiRouteIsAProblemToo() throws Exception {
		mvc.perform(get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 404)
			.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/api/v1/inconnu"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.instance").value("/api/v1/inconnu"));
	}

	@Test
	void openApiDescribesTheApiPublicly() throws Exception {
		mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/me']").exists())
			.andExpect(jsonPath("$.components.securitySchemes.jeton.scheme").value("bearer"));
		mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
		mvc.perform(get("/actuator/env")).andExpect(status().is3xxRedirection());
	}
}
