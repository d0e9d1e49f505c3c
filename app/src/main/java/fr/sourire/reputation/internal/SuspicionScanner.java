package fr.sourire.reputation.internal;

import fr.sourire.reputation.Review;
import fr.sourire.reputation.Suspicion;
import fr.sourire.reputation.SuspicionReport;
import fr.sourire.reputation.SuspicionReport.PeriodSuspicion;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Looks for what fake reviews leave behind, always against the practice's own history: bursts of one rating on one
 * day, near-duplicate texts posted within 30 days of each other (word 3-shingles, MinHash with banding, then exact
 * Jaccard), months whose ratings are out
 * of character, and anonymous reviewers clustered in a burst. Five-star floods count as much as one-star ones.
 */
public final class SuspicionScanner {

	static final ZoneId PARIS = ZoneId.of("Europe/Paris");
	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
	private static final int HASHES = 24;
	private static final int ROWS_PER_BAND = 3;
	static final double DUPLICATE_JACCARD = 0.5;
	private static final int MIN_BURST = 4;
	static final int DUPLICATE_WINDOW_DAYS = 30;
	private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}");
	private static final java.util.regex.Pattern NON_WORD = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");

	private SuspicionScanner() {
	}

	public static SuspicionReport scan(List<Review> all) {
		List<Review> reviews = all.stream().filter(r -> !r.deleted()).toList();
		Map<Long, Integer> score = new HashMap<>();
		Map<Long, List<String>> reasons = new LinkedHashMap<>();
		List<PeriodSuspicion> periods = new ArrayList<>();
		if (reviews.isEmpty()) {
			return new SuspicionReport(Map.of(), List.of());
		}
		bursts(reviews, score, reasons, periods);
		duplicates(reviews, score, reasons);
		months(reviews, periods);
		Map<Long, Suspicion> result = new LinkedHashMap<>();
		reasons.forEach((id, why) -> result.put(id, new Suspicion(id, Math.min(100, score.get(id)), List.copyOf(why))));
		return new SuspicionReport(result, periods);
	}

	/** Days with many reviews of one rating compared with the practice's usual daily rate for that rating. */
	private static void bursts(List<Review> reviews, Map<Long, Integer> score, Map<Long, List<String>> reasons,
			List<PeriodSuspicion> periods) {
		LocalDate first = day(reviews.get(0));
		LocalDate last = day(reviews.get(reviews.size() - 1));
		long days = Math.max(30, java.time.temporal.ChronoUnit.DAYS.between(first, last) + 1);
		Map<Integer, Integer> perRating = new HashMap<>();
		Map<String, List<Review>> byDayAndRating = new TreeMap<>();
		for (Review r : reviews) {
			if (r.rating() == null) {
				continue;
			}
			perRating.merge(r.rating(), 1, Integer::sum);
			byDayAndRating.computeIfAbsent(day(r) + "|" + r.rating(), k -> new ArrayList<>()).add(r);
		}
		byDayAndRating.forEach((key, group) -> {
			int rating = group.get(0).rating();
			double usual = perRating.get(rating) / (double) days;
			if (group.size() < MIN_BURST || group.size() < 10 * usual) {
				return;
			}
			long anonymous = group.stream().filter(Review::anonymous).count();
			String when = DAY.format(day(group.get(0)));
			String burst = String.format(Locale.FRANCE, "Pic : %d avis à %d étoile%s le %s, contre %.2f par jour d’habitude.",
					group.size(), rating, rating > 1 ? "s" : "", when, usual);
			var periodReasons = new ArrayList<>(List.of(burst));
			for (Review r : group) {
				add(r.id(), 45, burst, score, reasons);
				if (anonymous * 2 >= group.size() && r.anonymous()) {
					add(r.id(), 15, String.format(Locale.FRANCE, "Auteur anonyme, comme %d des %d avis de ce pic.", anonymous,
							group.size()), score, reasons);
				}
			}
			if (anonymous * 2 >= group.size()) {
				periodReasons.add(anonymous + " auteurs anonymes sur " + group.size() + ".");
			}
			periods.add(new PeriodSuspicion(when, Math.min(100, 40 + 5 * group.size()), periodReasons));
		});
	}

	/** Near-duplicate texts: MinHash banding finds candidate pairs, the exact Jaccard of shingles decides. */
	private static void duplicates(List<Review> reviews, Map<Long, Integer> score, Map<Long, List<String>> reasons) {
		Map<Long, Set<Integer>> shingles = new HashMap<>();
		Map<Long, List<Long>> buckets = new HashMap<>();
		Map<Long, Review> byId = new HashMap<>();
		for (Review r : reviews) {
			Set<Integer> s = shingles(r.commentOrEmpty());
			if (s.size() < 4) {
				continue;
			}
			shingles.put(r.id(), s);
			byId.put(r.id(), r);
			int[] signature = minHash(s);
			for (int band = 0; band < HASHES / ROWS_PER_BAND; band++) {
				long key = band;
				for (int i = 0; i < ROWS_PER_BAND; i++) {
					key = key * 1_000_003L + signature[band * ROWS_PER_BAND + i];
				}
				buckets.computeIfAbsent(key, k -> new ArrayList<>()).add(r.id());
			}
		}
		Set<Long> seen = new HashSet<>();
		Map<Long, Integer> twins = new HashMap<>();
		Map<Long, Long> example = new HashMap<>();
		for (List<Long> bucket : buckets.values()) {
			if (bucket.size() < 2) {
				continue;
			}
			// Ids come in time order (the reviews are sorted): compare each with the next ones within the window only.
			for (int i = 0; i < bucket.size(); i++) {
				Review first = byId.get(bucket.get(i));
				for (int j = i + 1; j < bucket.size(); j++) {
					Review second = byId.get(bucket.get(j));
					if (java.time.Duration.between(first.createdAt(), second.createdAt()).toDays() > DUPLICATE_WINDOW_DAYS) {
						break;
					}
					long a = first.id();
					long b = second.id();
					if (!seen.add(Math.min(a, b) * 1_000_000_007L + Math.max(a, b))) {
						continue;
					}
					if (jaccard(shingles.get(a), shingles.get(b)) >= DUPLICATE_JACCARD) {
						twins.merge(a, 1, Integer::sum);
						twins.merge(b, 1, Integer::sum);
						example.putIfAbsent(a, b);
						example.putIfAbsent(b, a);
					}
				}
			}
		}
		twins.forEach((id, count) -> {
			Review other = byId.get(example.get(id));
			add(id, 40, String.format(Locale.FRANCE, "Texte presque identique à %d autre%s avis (par exemple celui de « %s » du %s).",
					count, count > 1 ? "s" : "", other.authorName(), DAY.format(day(other))), score, reasons);
		});
	}

	/** Months with enough reviews whose share of one- or five-star ratings is far from the practice's usual share. */
	private static void months(List<Review> reviews, List<PeriodSuspicion> periods) {
		Map<YearMonth, int[]> perMonth = new TreeMap<>();
		int[] total = new int[6];
		for (Review r : reviews) {
			if (r.rating() == null) {
				continue;
			}
			perMonth.computeIfAbsent(YearMonth.from(day(r)), m -> new int[6])[r.rating()]++;
			total[r.rating()]++;
		}
		int all = total[1] + total[2] + total[3] + total[4] + total[5];
		perMonth.forEach((month, counts) -> {
			int n = counts[1] + counts[2] + counts[3] + counts[4] + counts[5];
			if (n < 8 || all < 30) {
				return;
			}
			for (int stars : new int[] { 1, 5 }) {
				double usual = total[stars] / (double) all;
				double seen = counts[stars] / (double) n;
				if (seen - usual >= 0.3) {
					periods.add(new PeriodSuspicion(month.toString(), (int) Math.min(100, Math.round(100 * (seen - usual)) + 30),
							List.of(String.format(Locale.FRANCE, "%d %% d’avis à %d étoile%s ce mois-ci (%d avis), contre %d %% d’habitude.",
									Math.round(100 * seen), stars, stars > 1 ? "s" : "", n, Math.round(100 * usual)))));
				}
			}
		});
	}

	private static void add(long id, int points, String reason, Map<Long, Integer> score, Map<Long, List<String>> reasons) {
		score.merge(id, points, Integer::sum);
		reasons.computeIfAbsent(id, k -> new ArrayList<>()).add(reason);
	}

	static LocalDate day(Review r) {
		return r.createdAt().atZone(PARIS).toLocalDate();
	}

	/** Hashes of word 3-shingles of the text, accents and case folded. */
	static Set<Integer> shingles(String text) {
		String folded = MARKS.matcher(Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)).replaceAll("");
		String[] words = NON_WORD.split(folded);
		List<String> w = new ArrayList<>();
		for (String word : words) {
			if (!word.isEmpty()) {
				w.add(word);
			}
		}
		Set<Integer> result = new HashSet<>();
		for (int i = 0; i + 2 < w.size(); i++) {
			result.add((w.get(i) + ' ' + w.get(i + 1) + ' ' + w.get(i + 2)).hashCode());
		}
		return result;
	}

	private static int[] minHash(Set<Integer> shingles) {
		int[] signature = new int[HASHES];
		java.util.Arrays.fill(signature, Integer.MAX_VALUE);
		for (int s : shingles) {
			for (int i = 0; i < HASHES; i++) {
				int h = mix(s * 0x9E3779B1 + i * 0x85EBCA6B);
				if (h < signature[i]) {
					signature[i] = h;
				}
			}
		}
		return signature;
	}

	private static int mix(int h) {
		h ^= h >>> 16;
		h *= 0x7feb352d;
		h ^= h >>> 15;
		h *= 0x846ca68b;
		h ^= h >>> 16;
		return h;
	}

	static double jaccard(Set<Integer> a, Set<Integer> b) {
		int common = 0;
		for (int x : a) {
			if (b.contains(x)) {
				common++;
			}
		}
		return common / (double) (a.size() + b.size() - common);
	}
}
