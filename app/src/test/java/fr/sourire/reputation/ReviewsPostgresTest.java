package fr.sourire.reputation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.sourire.practices.Practice;
import fr.sourire.practices.PracticeDetails;
import fr.sourire.practices.Practices;
import fr.sourire.practices.Role;
import fr.sourire.support.PostgresTest;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The reviews schema (V40, V42, V43) and services on a real PostgreSQL: the same SQL runs on H2 and PostgreSQL. */
@PostgresTest
class ReviewsPostgresTest {

	@Autowired
	Practices practices;

	@Autowired
	Reviews reviews;

	@Autowired
	Replies replies;

	@Autowired
	ReviewInsights insights;

	@Autowired
	ReviewImports imports;

	@Autowired
	ReviewSync sync;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ReviewImportJobs importJobs;

	@Autowired
	AiReplies ai;

	@Autowired
	ReviewDigest digest;

	@Autowired
	fr.sourire.practices.Members members;

	@Autowired
	fr.sourire.posts.Notifications notifications;

	@Test
	void aiSettingsDigestAlertsAndBackgroundImportsWorkOnPostgresql() {
		Practice p = practices.create(new PracticeDetails("Cabinet PG " + UUID.randomUUID(), "", "04 11 22 33 44", "", "FR", ""),
				"test");
		ai.configure(p.id(), true, "https://ia.exemple.fr/v1", "m", "cle", "admin", Role.ADMIN);
		assertThat(ai.settings(p.id())).isEqualTo(new AiReplies.Settings(true, "https://ia.exemple.fr/v1", "m", true));
		long user = members.createUser("pg." + UUID.randomUUID() + "@test.fr", "PG", "mot-de-passe-solide");
		members.addMember(p.id(), user, Role.ASSISTANT, "test");
		digest.subscribe(p.id(), user, true, "test");
		digest.sendToEveryone(p.id(), true, "admin", Role.ADMIN);
		assertThat(digest.subscribers(p.id()).includes(user)).isTrue();
		assertThat(digest.practicesToSend()).contains(p.id());
		reviews.addManual(p.id(), new NewReview("manual", null, "Zoé", false, 2, "Attente", Instant.now()), "test");
		assertThat(digest.week(p.id(), Instant.now().plusSeconds(60)).negatives()).hasSize(1);
		assertThat(notifications.recent(p.id(), Role.ADMIN, 5)).extracting(fr.sourire.posts.Notification::kind)
			.containsExactly("review_negative");

		var csv = new StringBuilder("id;auteur;date\n");
		for (int i = 0; i < 1200; i++) {
			csv.append("pg-").append(i).append(";Auteur;2025-0").append(1 + i % 9).append("-01\n");
		}
		ImportJob job = importJobs.start(p.id(), csv.toString(), java.util.Map.of("id", 0, "auteur", 1, "date", 2), "test");
		// The recurring job may already be on it: either way, every line ends up imported once.
		importJobs.importChunk(job.id());
		importJobs.resumeAll();
		ImportJob done = importJobs.get(p.id(), job.id());
		assertThat(done.state()).isEqualTo("done");
		assertThat(done.added() + done.skipped()).isEqualTo(1200);
		assertThat(jdbc.sql("select count(*) from review where practice_id = ? and source = 'csv'").param(p.id())
			.query(Integer.class).single()).isEqualTo(1200);
	}

	@Test
	void reviewsRepliesImportsAndStatisticsWorkOnPostgresql() {
		assertThat(jdbc.sql("select version()").query(String.class).single()).startsWith("PostgreSQL");
		Practice p = practices.create(new PracticeDetails("Cabinet PG " + UUID.randomUUID(), "2 place Bellecour, Lyon",
				"04 11 22 33 44", "pg@test.fr", "FR", ""), "test");
		sync.configure(p.id(), "accounts/1/locations/2", "jeton", "", 12, "test");

		Review manual = reviews.addManual(p.id(), new NewReview("manual", null, "Anne R.", false, 1,
				"Ce dentiste est un escroc et un voleur.", Instant.parse("2026-10-01T08:00:00Z")), "test");
		assertThat(insights.triage(manual).lawRules()).isNotEmpty();
		assertThatThrownBy(() -> reviews.addManual(p.id(), new NewReview("manual", null, "Anne R.", false, 1,
				"Ce dentiste est un escroc et un voleur.", Instant.parse("2026-10-01T08:00:00Z")), "test"))
			.hasMessageContaining("déjà");

		String csv = "id,auteur,note,texte,date\nx1,Bob,5,Parfait,2026-09-01\nx2,Eve,,Sans note,2026-09-02\n";
		var mapping = imports.preview(csv).mapping();
		ImportJob first = importJobs.start(p.id(), csv, mapping, "test");
		ImportJob second = importJobs.start(p.id(), csv, mapping, "test");
		importJobs.resumeAll();
		assertThat(importJobs.get(p.id(), first.id()).added() + importJobs.get(p.id(), second.id()).added()).isEqualTo(2);
		assertThat(importJobs.get(p.id(), second.id()).state()).isEqualTo("done");

		Reply draft = replies.saveDraft(p.id(), manual.id(), replies.template(p.id(), ReplySituation.NOT_A_PATIENT), "a",
				Role.ASSISTANT);
		replies.submit(p.id(), manual.id(), "a", Role.ASSISTANT);
		Reply approved = replies.approve(p.id(), manual.id(), draft.sha256(), "Dr", Role.DENTIST);
		assertThat(approved.notBefore()).as("12 h cooling-off for a negative review").isNotNull();
		assertThatThrownBy(() -> replies.post(p.id(), manual.id(), "a", Role.ASSISTANT)).hasMessageContaining("réflexion");

		ReviewStatistics stats = insights.statistics(p.id());
		assertThat(stats.count()).isEqualTo(3);
		assertThat(stats.distribution()[0]).isEqualTo(1);
		assertThat(reviews.list(p.id(), new ReviewFilter(null, true, true, null, 10))).extracting(Review::id)
			.containsExactly(manual.id());
		assertThat(insights.evidenceFile(p.id(), manual.id(), "test")).contains("escroc");
		assertThat(insights.suspicion(p.id()).reviews()).isEmpty();
	}
}
