package fr.sourire.reputation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.sourire.practices.AuthenticatedUser;
import fr.sourire.practices.Members;
import fr.sourire.practices.Practice;
import fr.sourire.practices.PracticeDetails;
import fr.sourire.practices.Practices;
import fr.sourire.support.H2Test;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** « Tous mes cabinets »: the demo administrator's two practices, and never a practice they are not a member of. */
@H2Test
class GroupReviewsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Practices practices;

	@Autowired
	Members members;

	@Autowired
	Reviews reviews;

	@Autowired
	GroupInsights group;

	@Autowired
	SuspicionSweep sweep;

	@Test
	void theGroupHasOneRowPerOwnPracticeAndExactTotalsButNoOtherPractice() throws Exception {
		Practice tilleuls = practices.findByName("Cabinet dentaire des Tilleuls").orElseThrow();
		Practice vieuxPort = practices.findByName("Centre dentaire du Vieux-Port").orElseThrow();
		reviews.addManual(vieuxPort.id(), new NewReview("manual", null, "Paul V.", false, 2, "Attente trop longue.",
				Instant.now().minusSeconds(86_400)), "test");
		Practice other = practices.create(new PracticeDetails("Cabinet voisin " + UUID.randomUUID(), "", "", "", "FR", ""),
				"test");
		reviews.addManual(other.id(), new NewReview("manual", null, "Zoé", false, 1, "Jamais plus.", null), "test");
		long admin = members.findUserId("admin@demo.sourire.fr").orElseThrow();

		sweep.scanAndStore();
		GroupStatistics figures = group.of(admin);

		assertThat(figures.practices()).extracting(GroupStatistics.PracticeRow::practiceId)
			.containsExactlyInAnyOrder(tilleuls.id(), vieuxPort.id());
		int[] distribution = new int[5];
		int count = 0;
		for (var row : figures.practices()) {
			count += row.statistics().count();
			for (int i = 0; i < 5; i++) {
				distribution[i] += row.statistics().distribution()[i];
			}
		}
		long rated = java.util.Arrays.stream(distribution).sum();
		double average = (distribution[0] + 2.0 * distribution[1] + 3 * distribution[2] + 4 * distribution[3]
				+ 5 * distribution[4]) / rated;
		assertThat(figures.total().count()).isEqualTo(count);
		assertThat(figures.total().distribution()).containsExactly(distribution);
		assertThat(figures.total().average()).as("weighted by each practice's number of rated reviews")
			.isEqualTo(Math.round(average * 100) / 100.0);
		assertThat(figures.total().months()).hasSize(24);
		assertThat(figures.total().months().stream().mapToInt(ReviewStatistics.Month::count).sum())
			.isLessThanOrEqualTo((int) rated);

		Review burst = reviews.findByExternalId(tilleuls.id(), "google", "demo-burst-1").orElseThrow();
		assertThat(figures.suspects()).isNotEmpty().allMatch(s -> s.practiceId() == tilleuls.id() || s.practiceId() == vieuxPort.id())
			.anyMatch(s -> s.reviewId() == burst.id() && s.reasons().get(0).startsWith("Pic"));
		assertThat(figures.practices().stream().filter(r -> r.practiceId() == tilleuls.id()).findFirst().orElseThrow()
			.lastScan().flagged()).isPositive();

		// The assistant of Lyon only sees Lyon.
		long assistant = members.findUserId("assistante@demo.sourire.fr").orElseThrow();
		assertThat(group.of(assistant).practices()).extracting(GroupStatistics.PracticeRow::practiceId)
			.containsExactly(tilleuls.id());

		mvc.perform(get("/api/v1/me/reviews/statistics").header("Authorization", "Bearer demo-admin"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.practices.length()").value(2))
			.andExpect(jsonPath("$.total.count").value(count)).andExpect(jsonPath("$.total.months.length()").value(24));
		String page = mvc.perform(get("/mes-cabinets/avis").with(user(new AuthenticatedUser(admin, "admin@demo.sourire.fr",
				"Julien Bernard", null)))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("tous mes cabinets").contains("Cabinet dentaire des Tilleuls")
			.contains("Centre dentaire du Vieux-Port").contains("id=\"table-group-trend\"").contains("id=\"group-suspects\"").doesNotContain(other.name());
		assertThat(members.roleOf(admin, other.id())).isEmpty();
	}
}
