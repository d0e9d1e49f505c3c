package fr.sourire.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import fr.sourire.practices.AuthenticatedUser;
import fr.sourire.practices.Members;
import fr.sourire.practices.Practices;
import fr.sourire.support.H2Test;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The series and slots pages through their forms: refusals keep what was typed, roles are enforced by the server. */
@H2Test
class CalendarPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Practices practices;

	@Autowired
	Members members;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aSeriesIsCreatedSentAndApprovedOnceFromItsPage() throws Exception {
		long practiceId = practices.findByName("Cabinet dentaire des Tilleuls").orElseThrow().id();
		String base = "/cabinets/" + practiceId + "/publications/series";
		String text = "Le rappel du mois : une visite de contrôle par an. " + System.nanoTime();
		String first = LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(9) + "T18:00";

		String refused = mvc.perform(post(base).with(user(as("assistante@demo.sourire.fr"))).with(csrf())
			.param("category", "PREVENTION_EDU").param("text", text).param("networks", "SANDBOX").param("first", first)
			.param("frequency", "MONTHLY_SAME_WEEKDAY").param("count", "3").param("endsOn", "2030-01-01"))
			.andReturn().getResponse().getContentAsString();
		assertThat(refused).contains("Indiquez soit un nombre de publications, soit une date de fin, pas les deux.", text, first);

		var created = mvc.perform(post(base).with(user(as("assistante@demo.sourire.fr"))).with(csrf())
			.param("category", "PREVENTION_EDU").param("text", text).param("networks", "SANDBOX").param("first", first)
			.param("frequency", "MONTHLY_SAME_WEEKDAY").param("count", "3")).andReturn().getResponse();
		assertThat(created.getStatus()).isEqualTo(302);
		String page = created.getRedirectedUrl();
		assertThat(page).matches(".*/publications/series/\\d+");

		mvc.perform(post(page + "/soumission").with(user(as("assistante@demo.sourire.fr"))).with(csrf()));
		String forDentist = mvc.perform(get(page).with(user(as("dentiste@demo.sourire.fr")))).andReturn().getResponse().getContentAsString();
		assertThat(forDentist).contains("Approbation de la série (3 publications)", "Approuver toute la série");
		var matcher = Pattern.compile("name=\"hash\" value=\"([0-9a-f]{64})\"").matcher(forDentist);
		assertThat(matcher.find()).isTrue();

		assertThat(mvc.perform(post(page + "/approbation").with(user(as("assistante@demo.sourire.fr"))).with(csrf())
			.param("hash", matcher.group(1)).param("acknowledge", "true")).andReturn().getResponse().getStatus()).isEqualTo(403);
		mvc.perform(post(page + "/approbation").with(user(as("dentiste@demo.sourire.fr"))).with(csrf())
			.param("hash", matcher.group(1)).param("acknowledge", "true"));
		String approved = mvc.perform(get(page).with(user(as("assistante@demo.sourire.fr")))).andReturn().getResponse().getContentAsString();
		assertThat(Pattern.compile("Approuvée et programmée").matcher(approved).results().count()).isEqualTo(3);
	}

	@Test
	void slotsAreAddedWithAClearMessageForBadInputAndShownInTheCalendar() throws Exception {
		long practiceId = practices.findByName("Cabinet dentaire des Tilleuls").orElseThrow().id();
		String base = "/cabinets/" + practiceId + "/publications/creneaux";
		var bad = mvc.perform(post(base).with(user(as("assistante@demo.sourire.fr"))).with(csrf()).param("day", "SATURDAY").param("time", "midi"))
			.andReturn();
		assertThat(bad.getFlashMap().get("errorText")).isEqualTo("Choisissez un jour et une heure.");
		mvc.perform(post(base).with(user(as("assistante@demo.sourire.fr"))).with(csrf()).param("day", "SATURDAY").param("time", "09:15"));

		assertThat(mvc.perform(get(base).with(user(as("assistante@demo.sourire.fr")))).andReturn().getResponse().getContentAsString())
			.contains("samedi 09:15", "Prochain créneau libre");
		String week = mvc.perform(get("/cabinets/" + practiceId + "/calendrier?vue=semaine&date=" + LocalDate.now().plusWeeks(2))
			.with(user(as("assistante@demo.sourire.fr")))).andReturn().getResponse().getContentAsString();
		assertThat(week).contains("09:15 · créneau libre", "Déplacer…");
	}

	@Test
	void movingFromTheCalendarComesBackToTheSameWeekAndIgnoresAForgedDate() throws Exception {
		long practiceId = practices.findByName("Cabinet dentaire des Tilleuls").orElseThrow().id();
		var response = mvc.perform(post("/cabinets/" + practiceId + "/publications/999999/reprogrammation")
			.with(user(as("assistante@demo.sourire.fr"))).with(csrf()).param("when", "2031-01-07T10:00")
			.param("back", "calendrier").param("vue", "semaine").param("date", "2031-01-06")).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(404);

		String forged = mvc.perform(post("/cabinets/" + practiceId + "/publications/" + minPost(practiceId) + "/reprogrammation")
			.with(user(as("assistante@demo.sourire.fr"))).with(csrf()).param("when", "pas une date")
			.param("back", "calendrier").param("vue", "semaine").param("date", "//evil.example/x")).andReturn().getResponse()
			.getRedirectedUrl();
		assertThat(forged).isEqualTo("/cabinets/" + practiceId + "/calendrier?vue=semaine");
	}

	private long minPost(long practiceId) {
		return jdbc.sql("select min(id) from post where practice_id = ? and state = 'DRAFT'").param(practiceId).query(Long.class).single();
	}

	private AuthenticatedUser as(String email) {
		return new AuthenticatedUser(members.findUserId(email).orElseThrow(), email, email, null);
	}
}
