package fr.sourire.reputation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import fr.sourire.reputation.Review;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The scanner on hand-made histories, without Spring or a database. */
class SuspicionScannerTest {

	static final Instant START = Instant.parse("2025-01-06T09:00:00Z");

	static Review review(long id, String author, int rating, String text, Instant at) {
		return new Review(id, 1, "google", "g" + id, author, false, rating, text, at, at, false, at, null, null);
	}

	/** Two years of one review every four days, each by someone new and some by returning patients. */
	static List<Review> ordinaryHistory() {
		List<Review> reviews = new ArrayList<>();
		for (int i = 0; i < 180; i++) {
			String author = i % 3 == 0 ? "Patient fidèle " + (i % 7) : "Patient " + i;
			reviews.add(review(i + 1, author, 3 + i % 3, null, START.plus(Duration.ofDays(4L * i))));
		}
		return reviews;
	}

	@Test
	void anOrdinaryHistoryHasNoFirstTimeCluster() {
		assertThat(SuspicionScanner.scan(ordinaryHistory()).reviews()).isEmpty();
	}

	@Test
	void severalReviewersNeverSeenBeforeWithinThreeDaysAreAFirstTimeCluster() {
		List<Review> reviews = new ArrayList<>(ordinaryHistory());
		Instant day = START.plus(Duration.ofDays(401)); // between two ordinary reviews
		String[] ratings = { "1", "2", "1", "1", "2", "1" };
		for (int i = 0; i < ratings.length; i++) { // mixed ratings over three days: no one-day, one-rating burst
			reviews.add(review(1000 + i, "Nouveau compte " + i, Integer.parseInt(ratings[i]), null,
					day.plus(Duration.ofHours(11L * i))));
		}
		reviews.sort((a, b) -> a.createdAt().compareTo(b.createdAt()));

		var report = SuspicionScanner.scan(reviews);

		for (int i = 0; i < ratings.length; i++) {
			assertThat(report.of(1000 + i).reasons()).singleElement().asString()
				.startsWith("Premier avis de cet auteur au cabinet, comme ");
			assertThat(report.of(1000 + i).score()).isEqualTo(20);
		}
		assertThat(report.reviews()).hasSizeBetween(6, 7); // the ordinary review of that week may fall inside
		assertThat(report.periods()).singleElement().satisfies(p -> assertThat(p.reasons().get(0)).contains("jamais vus"));
	}

	@Test
	void aReturningReviewerIsNotAFirstTimeReviewer() {
		List<Review> reviews = new ArrayList<>(ordinaryHistory());
		Instant day = START.plus(Duration.ofDays(401));
		for (int i = 0; i < 6; i++) {
			reviews.add(review(1000 + i, "PATIENT FIDÈLE " + (i % 7) + " ", 1 + i % 2, null, day.plus(Duration.ofHours(11L * i))));
		}
		reviews.sort((a, b) -> a.createdAt().compareTo(b.createdAt()));
		assertThat(SuspicionScanner.scan(reviews).reviews()).isEmpty();
	}

	private static final Pattern MARKS = Pattern.compile("\\p{M}");
	private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

	/** How the scanner folded texts before its character loop: NFD and regular expressions on the whole text. */
	static int[] shinglesTheOldWay(String text) {
		String folded = MARKS.matcher(Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)).replaceAll("");
		List<String> w = Arrays.stream(NON_WORD.split(folded)).filter(s -> !s.isEmpty()).toList();
		return java.util.stream.IntStream.range(0, Math.max(0, w.size() - 2))
			.map(i -> (w.get(i) + ' ' + w.get(i + 1) + ' ' + w.get(i + 2)).hashCode()).distinct().sorted().toArray();
	}

	@Test
	void theCharacterLoopFoldsLikeNormalizationAndRegularExpressions() {
		List<String> texts = new ArrayList<>(List.of("", "Très bon accueil, l’équipe est TOP !!", "Œuvre d'art : 2ème visite½ ²",
				"e\u0301te\u0301 à l'École — ÇA VA ; naïve façon", "Ñandú İstanbul ß straße 123 4,5/5", "😀 super 😀 dentiste 😀 génial",
				"𝐓𝐞𝐱𝐭𝐞 en gras mathématique", "  espaces   multiples\t\net\u00a0insécables  "));
		Random random = new Random(7);
		String alphabet = "aàâäbcçdeéèêëfghiîïjklmnoôöpqrstuùûüvwxyzAÀÉÈÇŒœ0123456789 ,.;:!?’'-\u0301\u0327";
		for (int i = 0; i < 2000; i++) {
			var text = new StringBuilder();
			for (int j = random.nextInt(80); j > 0; j--) {
				text.append(alphabet.charAt(random.nextInt(alphabet.length())));
			}
			texts.add(text.toString());
		}
		for (String text : texts) {
			assertThat(TextShingles.shingles(text)).as(text).containsExactly(shinglesTheOldWay(text));
		}
	}
}
