package fr.sourire.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.sourire.practices.AuthenticatedUser;
import fr.sourire.practices.Members;
import fr.sourire.practices.Practices;
import fr.sourire.support.H2Test;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.Cookie;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@H2Test
class WebShellTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Members members;

	@Autowired
	Practices practices;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Test
	void everyPageNeedsALogin() throws Exception {
		mvc.perform(get("/cabinets/1")).andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/connexion"));
		mvc.perform(get("/parametres")).andExpect(status().is3xxRedirection());
	}

	@Test
	void loginPageIsFrenchFirstAndEnglishOnRequest() throws Exception {
		mvc.perform(get("/connexion")).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("<html lang=\"fr\">")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("<h1>Connexion</h1>")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Aller au contenu")));
		mvc.perform(get("/connexion").param("lang", "en")).andExpect(status().isOk())
			.andExpect(header().string("Set-Cookie", org.hamcrest.Matchers.containsString("sourire-langue=en")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("<html lang=\"en\">")));
		mvc.perform(get("/connexion").cookie(new Cookie("sourire-langue", "en")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("<h1>Log in</h1>")));
	}

	@Test
	void demoUsersLogInWithTheirPassword() throws Exception {
		mvc.perform(formLogin("/connexion").userParameter("email").passwordParam("motDePasse")
			.user("assistante@demo.sourire.fr").password("demo"))
			.andExpect(redirectedUrl("/"));
		mvc.perform(formLogin("/connexion").userParameter("email").passwordParam("motDePasse")
			.user("assistante@demo.sourire.fr").password("mauvais"))
			.andExpect(redirectedUrl("/connexion?erreur=identifiants"));
	}

	@Test
	void loginAppliesTheLanguageChosenInSettingsAndIsJournalled() throws Exception {
		String email = "english." + UUID.randomUUID().toString().substring(0, 8) + "@exemple.fr";
		long id = members.createUser(email, "English", "un-mot-de-passe");
		members.setLanguage(id, "en");
		mvc.perform(formLogin("/connexion").userParameter("email").passwordParam("motDePasse").user(email).password("un-mot-de-passe"))
			.andExpect(redirectedUrl("/"))
			.andExpect(header().string("Set-Cookie", org.hamcrest.Matchers.containsString("sourire-langue=en")));
		assertThat(jdbc.sql("select count(*) from audit_entry where actor = ? and action = 'login.succeeded'").param(email)
			.query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void repeatedFailuresAreThrottledWithAClearMessage() throws Exception {
		String email = "lente." + UUID.randomUUID().toString().substring(0, 8) + "@exemple.fr";
		members.createUser(email, "Lente", "le-bon-mot-de-passe");
		for (int i = 0; i < 5; i++) {
			mvc.perform(formLogin("/connexion").userParameter("email").passwordParam("motDePasse").user(email).password("faux" + i))
				.andExpect(redirectedUrl("/connexion?erreur=identifiants"));
		}
		// Even the right password is refused now: the attacker must not learn it was right.
		mvc.perform(formLogin("/connexion").userParameter("email").passwordParam("motDePasse").user(email).password("le-bon-mot-de-passe"))
			.andExpect(redirectedUrl("/connexion?erreur=trop&minutes=15"));
		mvc.perform(get("/connexion").param("erreur", "trop").param("minutes", "15"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Trop de tentatives de connexion ont échoué. Par sécurité, réessayez dans 15 minute(s).")));
	}

	@Test
	void formsRequireTheCsrfToken() throws Exception {
		var admin = admin();
		mvc.perform(post("/parametres/jetons").param("name", "x").with(user(admin))).andExpect(status().isForbidden());
		mvc.perform(post("/parametres/jetons").param("name", "x").with(user(admin)).with(csrf())).andExpect(status().is3xxRedirection());
	}

	@Test
	void rolesAreEnforcedOnTheServer() throws Exception {
		long tilleuls = practices.findByName("Cabinet dentaire des Tilleuls").orElseThrow().id();
		long assistantId = members.findUserId("assistante@demo.sourire.fr").orElseThrow();
		var assistant = new AuthenticatedUser(assistantId, "assistante@demo.sourire.fr", "Camille", null);
		mvc.perform(get("/cabinets/" + tilleuls + "/cabinet").with(user(assistant))).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Seul un administrateur")));
		mvc.perform(post("/cabinets/" + tilleuls + "/cabinet").param("name", "Pirate").with(user(assistant)).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(get("/cabinets/" + tilleuls + "/journal").with(user(assistant))).andExpect(status().isForbidden());
		mvc.perform(get("/cabinets/" + tilleuls + "/journal").with(user(admin()))).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Journal intact")));
	}

	@Test
	void adminUpdatesThePracticeAndSeesValidationErrorsInFrench() throws Exception {
		long vieuxPort = practices.findByName("Centre dentaire du Vieux-Port").orElseThrow().id();
		mvc.perform(post("/cabinets/" + vieuxPort + "/cabinet").with(user(admin())).with(csrf())
			.param("name", "").param("feesPageUrl", "pas une adresse"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Le nom du cabinet est obligatoire.")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("doit commencer par https://")));
		mvc.perform(post("/cabinets/" + vieuxPort + "/praticiens").with(user(admin())).with(csrf())
			.param("fullName", "Dr Test").param("rpps", "123"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("exactement 11 chiffres")));
		mvc.perform(post("/cabinets/" + vieuxPort + "/membres").with(user(admin())).with(csrf())
			.param("email", "x@exemple.fr").param("role", "PIRATE"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Une des valeurs envoyées n’est pas valable.")))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Failed to convert"))));
	}

	@Test
	void switcherListsBothPracticesOfTheAdministrator() throws Exception {
		mvc.perform(get("/parametres").with(user(admin())))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Cabinet dentaire des Tilleuls")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Centre dentaire du Vieux-Port")));
	}

	@Test
	void errorPagesAreFriendlyAndNeverShowAStackTrace() throws Exception {
		for (int code : new int[] { 403, 404, 413, 500 }) {
			String page = mvc.perform(get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, code)
				.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/cabinets/1/quelque-part")
				.requestAttr(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("secret interne")))
				.andExpect(status().is(code)).andReturn().getResponse().getContentAsString();
			assertThat(page).contains("<html lang=\"fr\">").contains("Code d’erreur : " + code)
				.doesNotContain("secret interne").doesNotContain("Exception").doesNotContain("at fr.sourire");
		}
	}

	@Test
	void pagesCarrySecurityHeaders() throws Exception {
		mvc.perform(get("/connexion"))
			.andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.containsString("frame-ancestors 'none'")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"));
	}

	private AuthenticatedUser admin() {
		long id = members.findUserId("admin@demo.sourire.fr").orElseThrow();
		return new AuthenticatedUser(id, "admin@demo.sourire.fr", "Julien Bernard", null);
	}
}
