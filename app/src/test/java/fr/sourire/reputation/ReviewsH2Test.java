package fr.sourire.reputation;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import fr.sourire.practices.Practice;
import fr.sourire.practices.PracticeDetails;
import fr.sourire.practices.Practices;
import fr.sourire.practices.Role;
import fr.sourire.support.H2Test;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Reviews end to end on H2 with a fake Google (WireMock) and a real SMTP server (GreenMail): sync, edits, deletions,
 * alerts, legal triage, suspicion, CSV import, and the reply workflow up to the PUT on Google.
 */
@H2Test
class ReviewsH2Test {

	static final WireMockServer google = new WireMockServer(wireMockConfig().dynamicPort());
	static final GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

	static {
		google.start();
		smtp.start();
	}

	@AfterAll
	static void stop() {
		google.stop();
		smtp.stop();
	}

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("sourire.reputation.google.base-url", google::baseUrl);
		registry.add("spring.mail.host", () -> "localhost");
		registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
	}

	@Autowired
	Practices practices;

	@Autowired
	Reviews reviews;

	@Autowired
	ReviewSync sync;

	@Autowired
	Replies replies;

	@Autowired
	ReviewInsights insights;

	@Autowired
	ReviewImports imports;

	@Autowired
	ReviewImportJobs importJobs;

	Practice practice(String location) {
		Practice p = practices.create(new PracticeDetails("Cabinet test " + UUID.randomUUID(), "1 rue du Test, 69001 Lyon",
				"04 00 00 00 00", "contact@test.fr", "FR", ""), "test");
		sync.configure(p.id(), location, "jeton-google", "alertes@test.fr", 0, "test");
		return p;
	}

	@Test
	void theGoogleTokenIsSealedAtRest(@Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc) {
		Practice p = practice("accounts/9/locations/9");
		String stored = jdbc.sql("select google_token from review_source where practice_id = ?").param(p.id())
			.query(String.class).single();
		assertThat(stored).doesNotContain("jeton-google");
		assertThat(sync.token(p.id())).isEqualTo("jeton-google");
	}

	static String review(String id, String stars, String comment, String updated, boolean anonymous) {
		return """
				{"name":"accounts/1/locations/%1$s/reviews/%1$s","reviewId":"%1$s",
				 "reviewer":{"displayName":"%2$s","isAnonymous":%5$s},"starRating":"%3$s"%4$s,
				 "createTime":"2026-10-01T10:00:00Z","updateTime":"%6$s"}""".formatted(id,
				anonymous ? "Utilisateur Google" : "Jean <b>D.</b>", stars,
				comment == null ? "" : ",\"comment\":\"" + comment + "\"", anonymous, updated);
	}

	@Test
	void googleSyncIsIncrementalDetectsEditsAndDeletionsAndAlertsOnNegativeReviews() throws Exception {
		String loc = "accounts/1/locations/" + Math.abs(UUID.randomUUID().getMostSignificantBits() % 100000);
		Practice p = practice(loc);
		String path = "/v4/" + loc + "/reviews";
		google.stubFor(get(urlPathEqualTo(path)).withQueryParam("pageToken", com.github.tomakehurst.wiremock.client.WireMock.absent())
			.withHeader("Authorization", equalTo("Bearer jeton-google"))
			.willReturn(okJson("{\"reviews\":[" + review("r3", "TWO", "Attente <script>alert(1)</script> trop longue", "2026-11-03T10:00:00Z", false)
					+ "," + review("r2", "FIVE", null, "2026-11-02T10:00:00Z", true)
					+ "],\"averageRating\":3.7,\"totalReviewCount\":3,\"nextPageToken\":\"p2\"}")));
		google.stubFor(get(urlPathEqualTo(path)).withQueryParam("pageToken", equalTo("p2"))
			.willReturn(okJson("{\"reviews\":[" + review("r1", "FOUR", "Très bon accueil", "2026-11-01T10:00:00Z", false)
					+ "],\"averageRating\":3.7,\"totalReviewCount\":3}")));

		var first = sync.sync(p.id(), "test");

		assertThat(first.added()).isEqualTo(3);
		assertThat(first.error()).isNull();
		Review negative = reviews.findByExternalId(p.id(), "google", "r3").orElseThrow();
		assertThat(negative.comment()).contains("<script>");
		assertThat(reviews.findByExternalId(p.id(), "google", "r2").orElseThrow().comment()).isNull();
		assertThat(reviews.findByExternalId(p.id(), "google", "r2").orElseThrow().anonymous()).isTrue();
		assertThat(sync.source(p.id()).orElseThrow().totalCount()).isEqualTo(3);
		assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
		var mail = java.util.Arrays.stream(smtp.getReceivedMessages())
			.filter(m -> { try { return m.getAllRecipients()[0].toString().equals("alertes@test.fr"); } catch (Exception e) { return false; } })
			.findFirst().orElseThrow();
		assertThat(mail.getContentType()).startsWith("text/plain");
		assertThat(com.icegreen.greenmail.util.GreenMailUtil.getBody(mail)).contains("2/5");

		// Second sync: r3 edited (its rating changed), r2 deleted (Google counts 2 and answers NOT_FOUND), r1 unchanged.
		google.resetAll();
		google.stubFor(get(urlPathEqualTo(path)).willReturn(okJson("{\"reviews\":["
				+ review("r3", "ONE", "Attente trop longue, et en plus impoli", "2099-01-01T10:00:00Z", false) + ","
				+ review("r1", "FOUR", "Très bon accueil", "2026-11-01T10:00:00Z", false)
				+ "],\"averageRating\":2.5,\"totalReviewCount\":2,\"nextPageToken\":\"never-read\"}")));
		google.stubFor(get(urlPathMatching(path + "/r[13]")).willReturn(okJson("{}")));
		google.stubFor(get(urlPathEqualTo(path + "/r2")).willReturn(aResponse().withStatus(404)
			.withBody("{\"error\":{\"code\":404,\"status\":\"NOT_FOUND\"}}")));

		var second = sync.sync(p.id(), "test");

		assertThat(second.edited()).isEqualTo(1);
		assertThat(second.deleted()).isEqualTo(1);
		assertThat(reviews.findByExternalId(p.id(), "google", "r3").orElseThrow().rating()).isEqualTo(1);
		assertThat(reviews.changes(p.id(), negative.id())).singleElement()
			.satisfies(c -> assertThat(c.oldRating()).isEqualTo(2));
		assertThat(reviews.findByExternalId(p.id(), "google", "r2").orElseThrow().deleted()).isTrue();
		// The page after "never-read" is not fetched: r1 is older than the last sync.
		google.verify(0, com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(urlPathEqualTo(path))
			.withQueryParam("pageToken", equalTo("never-read")));
	}

	@Test
	void anExpiredTokenIsReportedInPlainFrench() {
		String loc = "accounts/2/locations/" + Math.abs(UUID.randomUUID().getMostSignificantBits() % 100000);
		Practice p = practice(loc);
		google.stubFor(get(urlPathEqualTo("/v4/" + loc + "/reviews")).willReturn(aResponse().withStatus(401)
			.withBody("{\"error\":{\"code\":401,\"status\":\"UNAUTHENTICATED\"}}")));

		var result = sync.sync(p.id(), "test");

		assertThat(result.error()).contains("expiré").contains("reconnectez");
		assertThat(sync.source(p.id()).orElseThrow().lastSyncError()).contains("expiré");
	}

	@Test
	void aReplyNamingTheCareIsBlockedThenFixedApprovedOnItsHashAndPostedOnce() {
		String loc = "accounts/3/locations/" + Math.abs(UUID.randomUUID().getMostSignificantBits() % 100000);
		Practice p = practice(loc);
		Review review = reviews.insert(p.id(), new NewReview("google", "rev-1", "Julie B.", false, 2,
				"Attendu une heure pour mon détartrage, accueil froid.", java.time.Instant.parse("2026-11-01T10:00:00Z"))).orElseThrow();

		Reply bad = replies.saveDraft(p.id(), review.id(), "Bonjour, merci pour votre visite, nous espérons que votre détartrage s’est bien passé.",
				"assistante", Role.ASSISTANT);
		assertThat(bad.blocked()).isTrue();
		assertThat(bad.findingRules()).anyMatch(r -> r.startsWith("SECRET."));
		assertThatThrownBy(() -> replies.submit(p.id(), review.id(), "assistante", Role.ASSISTANT))
			.isInstanceOf(ReputationException.class).hasMessageContaining("bloque");

		Reply good = replies.saveDraft(p.id(), review.id(), replies.template(p.id(), ReplySituation.WAITING_TIME),
				"assistante", Role.ASSISTANT);
		assertThat(good.text()).contains("merci").doesNotContain("visite");
		assertThat(good.blocked()).as(good.findingRules().toString()).isFalse();
		replies.submit(p.id(), review.id(), "assistante", Role.ASSISTANT);
		assertThatThrownBy(() -> replies.approve(p.id(), review.id(), good.sha256(), "assistante", Role.ASSISTANT))
			.hasMessageContaining("chirurgien-dentiste");
		assertThatThrownBy(() -> replies.approve(p.id(), review.id(), Reviews.sha256("autre texte"), "Dr X", Role.DENTIST))
			.hasMessageContaining("changé");
		Reply approved = replies.approve(p.id(), review.id(), good.sha256(), "Dr X <x@test.fr>", Role.DENTIST);
		assertThat(approved.state()).isEqualTo(ReplyState.APPROVED);

		String replyPath = "/v4/" + loc + "/reviews/rev-1/reply";
		google.stubFor(put(urlPathEqualTo(replyPath)).willReturn(aResponse().withStatus(503)));
		assertThatThrownBy(() -> replies.post(p.id(), review.id(), "assistante", Role.ASSISTANT))
			.hasMessageContaining("panne passagère");
		assertThat(replies.find(p.id(), review.id()).orElseThrow().state()).isEqualTo(ReplyState.APPROVED);

		google.stubFor(put(urlPathEqualTo(replyPath)).willReturn(okJson("{\"comment\":\"ok\"}")));
		Reply posted = replies.post(p.id(), review.id(), "assistante", Role.ASSISTANT);

		assertThat(posted.state()).isEqualTo(ReplyState.POSTED);
		google.verify(2, putRequestedFor(urlPathEqualTo(replyPath)).withRequestBody(equalToJson(
				"{\"comment\":\"" + good.text().replace("\"", "\\\"") + "\"}")));
		assertThatThrownBy(() -> replies.post(p.id(), review.id(), "assistante", Role.ASSISTANT))
			.isInstanceOf(ReputationException.class);
		google.verify(2, putRequestedFor(urlPathEqualTo(replyPath)));
	}

	@Test
	void coolingOffDelaysTheReplyToANegativeReview() {
		Practice p = practice("accounts/4/locations/5");
		sync.configure(p.id(), "accounts/4/locations/5", "", "", 24, "test");
		Review review = reviews.insert(p.id(), new NewReview("google", "x", "A.", false, 1, "Nul.", null)).orElseThrow();
		Reply draft = replies.saveDraft(p.id(), review.id(), replies.template(p.id(), ReplySituation.RUDENESS), "a", Role.ASSISTANT);
		replies.submit(p.id(), review.id(), "a", Role.ASSISTANT);
		Reply approved = replies.approve(p.id(), review.id(), draft.sha256(), "Dr", Role.DENTIST);
		assertThat(approved.notBefore()).isNotNull();
		assertThatThrownBy(() -> replies.post(p.id(), review.id(), "a", Role.ASSISTANT)).hasMessageContaining("Délai de réflexion");
	}

	/** Imports in the background job's way, right now (waiting for a chunk the recurring job may be importing). */
	ImportJob importNow(Practice p, String csv, Map<String, Integer> mapping) {
		ImportJob job = importJobs.start(p.id(), csv, mapping, "test");
		importJobs.resumeAll();
		return importJobs.get(p.id(), job.id());
	}

	@Test
	void csvImportTwiceAddsNothingTheSecondTimeAndReportsBadLines() {
		Practice p = practice(null);
		String csv = """
				id;auteur;note;texte;date
				a1;Marie L.;5;"Très bon accueil; équipe ""top"" !";2026-03-01
				a2;Paul R.;;Note sans étoiles;01/04/2026
				a3;Zoé;9;Note impossible;2026-04-02
				a4;Luc;3;Date fausse;hier
				""";
		var preview = imports.preview(csv);
		assertThat(preview.lineCount()).isEqualTo(4);
		assertThat(preview.mapping()).containsEntry("auteur", 1).containsEntry("texte", 3);

		ImportJob first = importNow(p, csv, preview.mapping());
		ImportJob second = importNow(p, csv, preview.mapping());

		assertThat(first.added()).isEqualTo(2);
		assertThat(first.rejected()).containsExactly("Ligne 4 : note hors de 1 à 5.", "Ligne 5 : date illisible.");
		assertThat(second.added()).isZero();
		assertThat(second.skipped()).isEqualTo(2);
		assertThat(reviews.findByExternalId(p.id(), "csv", "a1").orElseThrow().comment()).isEqualTo("Très bon accueil; équipe \"top\" !");
	}

	@Test
	void demoDataHasADefamatoryReviewWithTheCheckersLawFindingsAndASuspiciousBurst() {
		Practice tilleuls = practices.findByName("Cabinet dentaire des Tilleuls").orElseThrow();
		var all = reviews.history(tilleuls.id());
		assertThat(all.size()).isBetween(180, 260);

		Review defamatory = reviews.findByExternalId(tilleuls.id(), "google", "demo-defamation").orElseThrow();
		LegalTriage triage = insights.triage(defamatory);
		assertThat(triage.lawRules()).isNotEmpty();
		assertThat(triage.pressLawDeadline()).isEqualTo(defamatory.createdAt().atZone(ReviewInsights.PARIS).toLocalDate().plusMonths(3));
		String evidence = insights.evidenceFile(tilleuls.id(), defamatory.id(), "test");
		assertThat(evidence).contains("escroc").contains("Gérard T.").contains("14 rue des Tilleuls")
			.contains(Reviews.sha256(defamatory.comment())).contains("SHA-256 de ce dossier");

		SuspicionReport suspicion = insights.suspicion(tilleuls.id());
		Review burst = reviews.findByExternalId(tilleuls.id(), "google", "demo-burst-1").orElseThrow();
		assertThat(suspicion.of(burst.id()).score()).isGreaterThanOrEqualTo(50);
		assertThat(suspicion.of(burst.id()).reasons()).anyMatch(r -> r.startsWith("Pic"))
			.anyMatch(r -> r.startsWith("Texte presque identique"));
		assertThat(suspicion.periods()).isNotEmpty();
		long flagged = suspicion.reviews().values().stream().filter(s -> s.score() >= 40).count();
		assertThat(flagged).as("ordinary reviews are not flagged wholesale: " + flagged).isLessThan(40);

		ReviewStatistics stats = insights.statistics(tilleuls.id());
		assertThat(stats.count()).isEqualTo(all.size());
		assertThat(stats.average()).isBetween(3.5, 5.0);
		assertThat(stats.responseRate()).isGreaterThan(0);
		assertThat(stats.months()).hasSize(24);
		assertThat(Map.of("x", stats.distribution()[4])).containsKey("x");
	}

	@Autowired
	SuspicionSweep sweep;

	@Test
	void theNightlySweepFindsWhatEachPracticesOwnScanFindsAndStoresIt() {
		Practice tilleuls = practices.findByName("Cabinet dentaire des Tilleuls").orElseThrow();
		Map<Long, SuspicionReport> swept = new java.util.concurrent.ConcurrentHashMap<>();
		var outcome = sweep.scanAll((practiceId, count, report) -> swept.put(practiceId, report));
		assertThat(swept).containsKey(tilleuls.id());
		swept.forEach((practiceId, report) -> assertThat(report).isEqualTo(insights.suspicion(practiceId)));
		assertThat(outcome.practices()).isEqualTo(swept.size());

		sweep.scanAndStore();
		var last = sweep.lastScans(java.util.List.of(tilleuls.id())).get(tilleuls.id());
		assertThat(last.flagged()).isEqualTo(swept.get(tilleuls.id()).reviews().size()).isPositive();
		assertThat(last.periods()).isEqualTo(swept.get(tilleuls.id()).periods().size());
	}
}
