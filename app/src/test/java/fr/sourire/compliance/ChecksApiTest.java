package fr.sourire.compliance;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.sourire.practices.Practices;
import fr.sourire.support.H2Test;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** POST /api/v1/checks and the rules catalogue: the finding shape, the practice's context, and bad input. */
@H2Test
class ChecksApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Practices practices;

	private String json(String text) {
		return "{\"text\":\"" + text.replace("\"", "\\\"") + "\"}";
	}

	@Test
	void aCommercialOfferIsBlockedWithItsSpanMessageAndSource() throws Exception {
		String text = "Bonne nouvelle 🦷 : -30 % sur les gouttières tout le mois de mars !";
		int start = text.indexOf("-30 %");
		mvc.perform(post("/api/v1/checks").header("Authorization", "Bearer demo-assistante")
				.contentType(MediaType.APPLICATION_JSON).content(json(text)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.verdict").value("block"))
			.andExpect(jsonPath("$.findings[?(@.rule == 'PUB.COMMERCIAL')].start").value(Matchers.hasItem(start)))
			.andExpect(jsonPath("$.findings[?(@.rule == 'PUB.COMMERCIAL')].detection").value(Matchers.hasItem("pattern")))
			.andExpect(jsonPath("$.findings[0].message").value(Matchers.not(Matchers.emptyString())))
			.andExpect(jsonPath("$.findings[0].sources[0].ref").value(Matchers.containsString("R.4127")))
			// The evidence level is for administrators.
			.andExpect(jsonPath("$.findings[0].sources[0].evidence").doesNotExist());
	}

	@Test
	void aCompliantTextAndAnEmptyTextAreOk() throws Exception {
		for (String text : new String[] { "", "Le cabinet sera fermé du 4 au 18 août ; en cas d'urgence, appelez le 15." }) {
			mvc.perform(post("/api/v1/checks").header("Authorization", "Bearer demo-dentiste")
					.contentType(MediaType.APPLICATION_JSON).content(json(text)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.verdict").value("ok"))
				.andExpect(jsonPath("$.findings.length()").value(0));
		}
	}

	@Test
	void anAdministratorSeesTheEvidenceLevelAndMustNameThePractice() throws Exception {
		long tilleuls = practices.findByName("Cabinet dentaire des Tilleuls").orElseThrow().id();
		String body = "{\"practiceId\":" + tilleuls + ",\"text\":\"Détartrage offert pour toute la famille !\"}";
		mvc.perform(post("/api/v1/checks").header("Authorization", "Bearer demo-admin")
				.contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.findings[0].sources[0].evidence").value(Matchers.oneOf("V-off", "V-sec", "P", "NV")));
	}

	@Test
	void anotherPracticesContextIsNotFound() throws Exception {
		long vieuxPort = practices.findByName("Centre dentaire du Vieux-Port").orElseThrow().id();
		mvc.perform(post("/api/v1/checks").header("Authorization", "Bearer demo-assistante")
				.contentType(MediaType.APPLICATION_JSON).content("{\"practiceId\":" + vieuxPort + ",\"text\":\"Bonjour\"}"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void aHugeTextIsRefusedWith413AndAnUnknownKindWith400() throws Exception {
		String huge = "Brossez-vous les dents deux minutes. ".repeat(30_000);
		mvc.perform(post("/api/v1/checks").header("Authorization", "Bearer demo-assistante")
				.contentType(MediaType.APPLICATION_JSON).content(json(huge)))
			.andExpect(status().isContentTooLarge())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(Matchers.containsString("trop long")));
		mvc.perform(post("/api/v1/checks").header("Authorization", "Bearer demo-assistante")
				.contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"Bonjour\",\"kind\":\"tweet\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(Matchers.containsString("kind")));
	}

	@Test
	void rulesAreListedAndAnUnknownRuleIdIsAClear404() throws Exception {
		long tilleuls = practices.findByName("Cabinet dentaire des Tilleuls").orElseThrow().id();
		mvc.perform(get("/api/v1/practices/" + tilleuls + "/rules").header("Authorization", "Bearer demo-assistante"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].id").value(Matchers.hasItem("PUB.COMMERCIAL")));
		mvc.perform(get("/api/v1/rules/PUB.COMMERCIAL").header("Authorization", "Bearer demo-assistante"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.severity").value(Matchers.notNullValue()));
		mvc.perform(get("/api/v1/rules/PUB.NIMPORTE").header("Authorization", "Bearer demo-assistante"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value(Matchers.containsString("PUB.NIMPORTE")));
	}
}
