package fr.sourire.reputation;

import fr.sourire.audit.AuditJournal;
import fr.sourire.compliance.TextChecker;
import fr.sourire.compliance.TextToCheck;
import fr.sourire.engine.CheckReport;
import fr.sourire.engine.Finding;
import fr.sourire.engine.Kind;
import fr.sourire.engine.Severity;
import fr.sourire.practices.Practice;
import fr.sourire.practices.Practices;
import fr.sourire.practices.Role;
import fr.sourire.reputation.internal.SuspicionScanner;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Watching the reviews: statistics, legal triage, suspicious reviews, and the evidence file. */
@Service
public class ReviewInsights {

	static final ZoneId PARIS = ZoneId.of("Europe/Paris");
	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss z", Locale.FRANCE);

	private final Reviews reviews;
	private final TextChecker checker;
	private final Practices practices;
	private final JdbcClient jdbc;
	private final AuditJournal journal;
	private final Clock clock;

	ReviewInsights(Reviews reviews, TextChecker checker, Practices practices, JdbcClient jdbc, AuditJournal journal,
			Clock clock) {
		this.reviews = reviews;
		this.checker = checker;
		this.practices = practices;
		this.jdbc = jdbc;
		this.journal = journal;
		this.clock = clock;
	}

	/** The checker on the review itself (kind review): only LAW.* rules say the review may be unlawful. */
	public LegalTriage triage(Review review) {
		if (review.commentOrEmpty().isBlank()) {
			return new LegalTriage(new CheckReport(Severity.OK, List.of()), List.of(), null);
		}
		CheckReport report = checker.check(review.practiceId(), Role.DENTIST,
				new TextToCheck(review.comment(), Kind.REVIEW, null, null, null));
		List<String> law = report.findings().stream().map(Finding::ruleId).filter(id -> id.startsWith("LAW.")).distinct()
			.toList();
		return new LegalTriage(report, law, review.createdAt().atZone(PARIS).toLocalDate().plusMonths(3));
	}

	public SuspicionReport suspicion(long practiceId) {
		return SuspicionScanner.scan(reviews.history(practiceId));
	}

	public ReviewStatistics statistics(long practiceId) {
		return statistics(practiceId, live(practiceId), replied(practiceId));
	}

	/** The practice's figures from its reviews and replies already read, beside what the platform shows. */
	ReviewStatistics statistics(long practiceId, List<Review> live, Map<Long, Instant> replied) {
		var platform = jdbc.sql("select average_rating, total_count from review_source where practice_id = ?")
			.param(practiceId).query((rs, n) -> new Object[] { rs.getObject(1), rs.getObject(2) }).optional();
		return statistics(live, replied, platform.map(p -> p[0] == null ? null : ((Number) p[0]).doubleValue()).orElse(null),
				platform.map(p -> p[1] == null ? null : ((Number) p[1]).intValue()).orElse(null));
	}

	/** The practice's reviews not deleted on the platform, oldest first. */
	List<Review> live(long practiceId) {
		return reviews.history(practiceId).stream().filter(r -> !r.deleted()).toList();
	}

	/** When each review got the practice's reply through Sourire, by review id. */
	Map<Long, Instant> replied(long practiceId) {
		Map<Long, Instant> replied = new HashMap<>();
		jdbc.sql("select review_id, posted_at from review_reply where practice_id = ? and state = 'posted'")
			.param(practiceId).query((rs, n) -> replied.put(rs.getLong(1), rs.getTimestamp(2).toInstant())).list();
		return replied;
	}

	/** The figures of these reviews, of one practice or of several together (a group's exact totals). */
	ReviewStatistics statistics(List<Review> all, Map<Long, Instant> replied, Double platformAverage,
			Integer platformCount) {
		int[] distribution = new int[5];
		int rated = 0;
		long sum = 0;
		int negative = 0;
		List<Double> hours = new ArrayList<>();
		int answered = 0;
		for (Review r : all) {
			if (r.rating() != null) {
				distribution[r.rating() - 1]++;
				rated++;
				sum += r.rating();
				if (r.negative()) {
					negative++;
				}
			}
			Instant answer = replied.getOrDefault(r.id(), r.platformReplyAt());
			if (answer != null || r.platformReply() != null) {
				answered++;
				if (answer != null) {
					hours.add(Duration.between(r.createdAt(), answer).toMinutes() / 60.0);
				}
			}
		}
		YearMonth now = YearMonth.from(clock.instant().atZone(PARIS));
		Map<YearMonth, long[]> perMonth = new HashMap<>();
		for (Review r : all) {
			if (r.rating() != null) {
				long[] m = perMonth.computeIfAbsent(YearMonth.from(r.createdAt().atZone(PARIS)), k -> new long[2]);
				m[0]++;
				m[1] += r.rating();
			}
		}
		List<ReviewStatistics.Month> months = new ArrayList<>();
		for (int i = 23; i >= 0; i--) {
			YearMonth m = now.minusMonths(i);
			long[] v = perMonth.getOrDefault(m, new long[2]);
			months.add(new ReviewStatistics.Month(m.toString(), (int) v[0], v[0] == 0 ? null : round(v[1] / (double) v[0])));
		}
		Instant today = clock.instant();
		var current = period(all, today.minus(Duration.ofDays(90)), today);
		var previous = period(all, today.minus(Duration.ofDays(180)), today.minus(Duration.ofDays(90)));
		return new ReviewStatistics(all.size(), rated == 0 ? null : round(sum / (double) rated), distribution, months,
				all.isEmpty() ? 0 : answered / (double) all.size(), median(hours), rated == 0 ? 0 : negative / (double) rated,
				current, previous, platformAverage, platformCount);
	}

	private static ReviewStatistics.Period period(List<Review> all, Instant from, Instant to) {
		int n = 0;
		long sum = 0;
		int negative = 0;
		for (Review r : all) {
			if (r.rating() != null && !r.createdAt().isBefore(from) && r.createdAt().isBefore(to)) {
				n++;
				sum += r.rating();
				negative += r.negative() ? 1 : 0;
			}
		}
		return new ReviewStatistics.Period(n, n == 0 ? null : round(sum / (double) n), n == 0 ? 0 : negative / (double) n);
	}

	private static Double median(List<Double> values) {
		if (values.isEmpty()) {
			return null;
		}
		values.sort(Double::compare);
		int n = values.size();
		return round(n % 2 == 1 ? values.get(n / 2) : (values.get(n / 2 - 1) + values.get(n / 2)) / 2);
	}

	private static double round(double v) {
		return Math.round(v * 100) / 100.0;
	}

	/**
	 * A plain-text evidence file for a report to the platform, a lawyer or a commissaire de justice: the review as
	 * captured, its findings and suspicion reasons, its changes, and SHA-256 fingerprints. Recorded in the journal.
	 */
	public String evidenceFile(long practiceId, long reviewId, String actor) {
		Review r = reviews.get(practiceId, reviewId);
		Practice practice = practices.get(practiceId);
		LegalTriage triage = triage(r);
		Suspicion suspicion = suspicion(practiceId).of(reviewId);
		var out = new StringBuilder();
		out.append("DOSSIER DE PREUVE – AVIS EN LIGNE\n");
		out.append("Établi par Sourire le ").append(when(clock.instant())).append("\n\n");
		out.append("Cabinet : ").append(practice.name()).append('\n');
		out.append("Adresse : ").append(practice.address()).append('\n');
		out.append("Plateforme : ").append(platform(r.source())).append(" (identifiant de l’avis : ").append(r.externalId())
			.append(")\n");
		out.append("Auteur (nom affiché) : ").append(r.authorName()).append(r.anonymous() ? " (anonyme)" : "").append('\n');
		out.append("Note : ").append(r.rating() == null ? "aucune" : r.rating() + "/5").append('\n');
		out.append("Publié le : ").append(when(r.createdAt())).append('\n');
		out.append("Dernière modification : ").append(when(r.updatedAt())).append('\n');
		out.append("Capturé par Sourire le : ").append(when(r.capturedAt())).append('\n');
		out.append("Supprimé depuis : ").append(r.deleted() ? "oui" : "non").append("\n\n");
		out.append("Texte de l’avis :\n").append(r.commentOrEmpty().isEmpty() ? "(note seule, sans texte)" : r.comment())
			.append("\n\n");
		out.append("Empreinte SHA-256 du texte de l’avis : ").append(Reviews.sha256(r.commentOrEmpty())).append("\n\n");
		if (triage.flagged()) {
			out.append("Constats juridiques : ").append(String.join(", ", triage.lawRules())).append('\n');
			out.append("Délai de la loi du 29 juillet 1881 (art. 65, trois mois après la première publication) : jusqu’au ")
				.append(triage.pressLawDeadline().format(DateTimeFormatter.ofPattern("dd/MM/yyyy"))).append(".\n\n");
		}
		if (!suspicion.reasons().isEmpty()) {
			out.append("Raisons de suspicion (score ").append(suspicion.score()).append("/100) :\n");
			suspicion.reasons().forEach(reason -> out.append(" - ").append(reason).append('\n'));
			out.append('\n');
		}
		var changes = reviews.changes(practiceId, reviewId);
		if (!changes.isEmpty()) {
			out.append("Modifications constatées :\n");
			changes.forEach(c -> out.append(" - ").append(when(c.seenAt())).append(" : ").append(c.what())
				.append(c.oldRating() == null ? "" : ", ancienne note " + c.oldRating() + "/5")
				.append(c.oldComment() == null ? "" : ", ancien texte : « " + c.oldComment() + " »").append('\n'));
			out.append('\n');
		}
		out.append("Ce dossier ne remplace pas un constat de commissaire de justice : conservez aussi une capture d’écran"
				+ " avec l’adresse de la page et la date.\n");
		String body = out.toString();
		journal.record(practiceId, actor, "avis.preuve", Map.of("avis", Long.toString(reviewId), "sha256",
				Reviews.sha256(body)));
		return body + "Empreinte SHA-256 de ce dossier (tout ce qui précède cette ligne) : " + Reviews.sha256(body) + "\n";
	}

	static String platform(String source) {
		return switch (source) {
			case "google" -> "Google";
			case "csv" -> "Import CSV";
			default -> "Saisie manuelle";
		};
	}

	private static String when(Instant instant) {
		return instant.atZone(PARIS).format(WHEN);
	}

	/** The last day to act under the press law for this review, if it says something. */
	public static LocalDate pressLawDeadline(Review review) {
		return review.createdAt().atZone(PARIS).toLocalDate().plusMonths(3);
	}
}
