package fr.sourire.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import fr.sourire.practices.Members;
import fr.sourire.support.H2Test;
import java.util.UUID;
import java.util.regex.Pattern;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A forgotten password through a real SMTP server (GreenMail): the link arrives, works once, for an hour; an unknown
 * address gets the same answer and no mail; the link is built on the configured public address, not the Host header.
 */
@H2Test
@TestPropertySource(properties = { "spring.mail.host=127.0.0.1", "spring.mail.port=3025" })
class PasswordResetTest {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP)
		.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

	private static final Pattern LINK = Pattern.compile("https?://\\S+/mot-de-passe/(\\S+)");

	@Autowired
	MockMvc mvc;

	@Autowired
	Members members;

	@Autowired
	JdbcClient jdbc;

	private String someone() {
		String email = "oubli." + UUID.randomUUID().toString().substring(0, 8) + "@exemple.fr";
		members.createUser(email, "Oubli", "l-ancien-mot-de-passe");
		return email;
	}

	private String askAndReadLink(String email) throws Exception {
		mvc.perform(post("/mot-de-passe-oublie").param("email", email.toUpperCase()).with(csrf())
			.header("Host", "attaquant.example"))
			.andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("id=\"reset-sent\"")));
		smtp.waitForIncomingEmail(5000, 1);
		var messages = smtp.getReceivedMessagesForDomain(email);
		String body = GreenMailUtil.getBody(messages[messages.length - 1]).replace("=\r\n", "");
		assertThat(body).doesNotContain("attaquant.example");
		var matcher = LINK.matcher(body);
		assertThat(matcher.find()).as(body).isTrue();
		return matcher.group(1);
	}

	@Test
	void theLinkArrivesSetsTheNewPasswordAndWorksOnlyOnce() throws Exception {
		String email = someone();
		String secret = askAndReadLink(email);

		mvc.perform(get("/mot-de-passe/" + secret)).andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("name=\"motDePasse\"")));
		mvc.perform(post("/mot-de-passe/" + secret).param("motDePasse", "court").param("confirmation", "court").with(csrf()))
			.andExpect(content().string(Matchers.containsString("au moins 12")));
		mvc.perform(post("/mot-de-passe/" + secret).param("motDePasse", "le-nouveau-mot-de-passe")
			.param("confirmation", "le-nouveau-mot-de-passe").with(csrf()))
			.andExpect(redirectedUrl("/connexion?motdepasse"));

		mvc.perform(formLogin("/connexion").userParameter("email").passwordParam("motDePasse").user(email)
			.password("le-nouveau-mot-de-passe")).andExpect(redirectedUrl("/"));
		mvc.perform(formLogin("/connexion").userParameter("email").passwordParam("motDePasse").user(email)
			.password("l-ancien-mot-de-passe")).andExpect(redirectedUrl("/connexion?erreur=identifiants"));
		mvc.perform(post("/mot-de-passe/" + secret).param("motDePasse", "encore-un-autre-mot").param("confirmation", "encore-un-autre-mot")
			.with(csrf())).andExpect(content().string(Matchers.containsString("plus valable")));
		assertThat(jdbc.sql("select count(*) from audit_entry where actor = ? and action = 'password.reset'").param(email)
			.query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void anExpiredLinkIsRefusedInPlainFrench() throws Exception {
		String email = someone();
		String secret = askAndReadLink(email);
		jdbc.sql("update password_reset set expires_at = requested_at where user_id = (select id from user_account where email = ?)")
			.param(email).update();

		mvc.perform(get("/mot-de-passe/" + secret)).andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("plus valable")))
			.andExpect(content().string(Matchers.not(Matchers.containsString("name=\"motDePasse\""))));
	}

	@Test
	void anUnknownAddressGetsTheSameAnswerAndNoMailAndRequestsAreLimited() throws Exception {
		mvc.perform(post("/mot-de-passe-oublie").param("email", "personne@inconnu.example").with(csrf()))
			.andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("id=\"reset-sent\"")));
		String email = someone();
		for (int i = 0; i < 5; i++) {
			mvc.perform(post("/mot-de-passe-oublie").param("email", email).with(csrf())).andExpect(status().isOk());
		}
		Thread.sleep(500);
		assertThat(smtp.getReceivedMessagesForDomain("personne@inconnu.example")).isEmpty();
		assertThat(smtp.getReceivedMessagesForDomain(email)).hasSize(3);
	}

	@Test
	void theLoginPageOffersTheForgottenPasswordLinkWithoutLoggingIn() throws Exception {
		mvc.perform(get("/connexion")).andExpect(content().string(Matchers.containsString("href=\"/mot-de-passe-oublie\"")));
		mvc.perform(get("/mot-de-passe-oublie")).andExpect(status().isOk());
	}
}
