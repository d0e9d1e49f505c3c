package fr.sourire.reputation.internal;

import fr.sourire.reputation.Review;
import fr.sourire.reputation.Suspicion;
import fr.sourire.reputation.SuspicionReport;
import fr.sourire.reputation.SuspicionReport.PeriodSuspicion;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
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
 * Jaccard), months whose ratings are out of character, anonymous reviewers clustered in a burst, and clusters of
 * reviewers whose name the practice has never seen before. Five-star floods count as much as one-star ones.
 */
public final class SuspicionScanner {

	static final ZoneId PARIS = ZoneId.of("Europe/Paris");
	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
	private static final int HASHES = 24;
	private static final int ROWS_PER_BAND = 3;
	static final double DUPLICATE_JACCARD = 0.5;
	private static final int MIN_BURST = 4;
	static final int DUPLICATE_WINDOW_DAYS = 30;
	static final int FIRST_TIME_WINDOW_DAYS = 3;
	static final int MIN_FIRST_TIME_CLUSTER = 5;
	/** Below this many shingles a text is too short to call a near-duplicate: no MinHash is computed for it. */
	private static final int MIN_SHINGLES = 4;

	private final List<Review> reviews;
	/** Each review's day in Paris, computed once (the time zone rules are the costly part of a date). */
	private final LocalDate[] days;
	private final Map<Long, Integer> score = new HashMap<>();
	private final Map<Long, List<String>> reasons = new LinkedHashMap<>();
	private final List<PeriodSuspicion> periods = new ArrayList<>();

	private SuspicionScanner(List<Review> reviews) {
		this.reviews = reviews;
		this.days = new LocalDate[reviews.size()];
		LocalDate last = null;
		long lastStart = Long.MIN_VALUE;
		long lastEnd = Long.MIN_VALUE;
		for (int i = 0; i < days.length; i++) {
			long second = reviews.get(i).createdAt().getEpochSecond();
			if (second < lastStart || second >= lastEnd) { // reviews come in time order: most share the previous day
				last = reviews.get(i).createdAt().atZone(PARIS).toLocalDate();
				lastStart = last.atStartOfDay(PARIS).toEpochSecond();
				lastEnd = last.plusDays(1).atStartOfDay(PARIS).toEpochSecond();
			}
			days[i] = last;
		}
	}

	/** Scans one practice's reviews, oldest first (deleted ones are skipped). */
	public static SuspicionReport scan(List<Review> all) {
		List<Review> reviews = all.stream().filter(r -> !r.deleted()).toList();
		if (reviews.isEmpty()) {
			return new SuspicionReport(Map.of(), List.of());
		}
		var scan = new SuspicionScanner(reviews);
		scan.bursts();
		scan.duplicates();
		scan.firstTimeReviewers();
		scan.months();
		Map<Long, Suspicion> result = new LinkedHashMap<>();
		scan.reasons.forEach((id, why) -> result.put(id, new Suspicion(id, Math.min(100, scan.score.get(id)), List.copyOf(why))));
		return new SuspicionReport(result, scan.periods);
	}

	/** Days with many reviews of one rating compared with the practice's usual daily rate for that rating. */
	private void bursts() {
		long span = spanInDays();
		int[] perRating = new int[6];
		// day * 8 + rating keeps the groups in date order, then rating order
		Map<Long, List<Review>> byDayAndRating = new TreeMap<>();
		for (int i = 0; i < reviews.size(); i++) {
			Review r = reviews.get(i);
			if (r.rating() == null) {
				continue;
			}
			perRating[r.rating()]++;
			byDayAndRating.computeIfAbsent(days[i].toEpochDay() * 8 + r.rating(), k -> new ArrayList<>()).add(r);
		}
		byDayAndRating.forEach((key, group) -> {
			int rating = group.get(0).rating();
			double usual = perRating[rating] / (double) span;
			if (group.size() < MIN_BURST || group.size() < 10 * usual) {
				return;
			}
			long anonymous = group.stream().filter(Review::anonymous).count();
			String when = DAY.format(LocalDate.ofEpochDay(key >> 3));
			String burst = String.format(Locale.FRANCE, "Pic : %d avis à %d étoile%s le %s, contre %.2f par jour d’habitude.",
					group.size(), rating, rating > 1 ? "s" : "", when, usual);
			var periodReasons = new ArrayList<>(List.of(burst));
			for (Review r : group) {
				add(r.id(), 45, burst);
				if (anonymous * 2 >= group.size() && r.anonymous()) {
					add(r.id(), 15, String.format(Locale.FRANCE, "Auteur anonyme, comme %d des %d avis de ce pic.", anonymous,
							group.size()));
				}
			}
			if (anonymous * 2 >= group.size()) {
				periodReasons.add(anonymous + " auteurs anonymes sur " + group.size() + ".");
			}
			periods.add(new PeriodSuspicion(when, Math.min(100, 40 + 5 * group.size()), periodReasons));
		});
	}

	private long spanInDays() {
		return Math.max(30, java.time.temporal.ChronoUnit.DAYS.between(days[0], days[days.length - 1]) + 1);
	}

	/**
	 * Near-duplicate texts: MinHash banding finds candidate pairs, the exact Jaccard of shingles decides. Each band's
	 * buckets come from sorting (band hash, review index) pairs: no map, and a bucket lists its reviews in time order.
	 */
	private void duplicates() {
		int n = reviews.size();
		int[][] shingles = new int[n][];
		int[][] signatures = new int[n][];
		int[] candidates = new int[n];
		int count = 0;
		for (int i = 0; i < n; i++) {
			int[] s = TextShingles.shingles(reviews.get(i).commentOrEmpty());
			if (s.length >= MIN_SHINGLES) {
				shingles[i] = s;
				signatures[i] = TextShingles.minHash(s, HASHES);
				candidates[count++] = i;
			}
		}
		int[] twins = new int[n];
		int[] example = new int[n];
		Arrays.fill(example, Integer.MAX_VALUE);
		long[] keys = new long[count];
		for (int band = 0; band < HASHES / ROWS_PER_BAND; band++) {
			for (int c = 0; c < count; c++) {
				int[] signature = signatures[candidates[c]];
				long key = band;
				for (int i = 0; i < ROWS_PER_BAND; i++) {
					key = key * 1_000_003L + signature[band * ROWS_PER_BAND + i];
				}
				// 40 bits of the band's hash, then the review's index (a false candidate is ruled out by sameRows)
				keys[c] = (key * 0x9E3779B97F4A7C15L) & ~0xFFFFFFL | candidates[c];
			}
			Arrays.sort(keys);
			for (int from = 0, to; from < count; from = to) {
				to = from + 1;
				while (to < count && (keys[to] >>> 24) == (keys[from] >>> 24)) {
					to++;
				}
				for (int x = from; x + 1 < to; x++) {
					int a = (int) (keys[x] & 0xFFFFFF);
					for (int y = x + 1; y < to; y++) {
						int b = (int) (keys[y] & 0xFFFFFF);
						if (daysApart(reviews.get(a), reviews.get(b)) > DUPLICATE_WINDOW_DAYS) {
							break;
						}
						if (sameRows(band, signatures[a], signatures[b]) && !collidedBefore(band, signatures[a], signatures[b])
								&& TextShingles.jaccard(shingles[a], shingles[b]) >= DUPLICATE_JACCARD) {
							twins[a]++;
							twins[b]++;
							example[a] = Math.min(example[a], b);
							example[b] = Math.min(example[b], a);
						}
					}
				}
			}
		}
		for (int i = 0; i < n; i++) {
			if (twins[i] > 0) {
				Review other = reviews.get(example[i]);
				add(reviews.get(i).id(), 40, String.format(Locale.FRANCE, "Texte presque identique à %d autre%s avis (par"
						+ " exemple celui de « %s » du %s).", twins[i], twins[i] > 1 ? "s" : "", other.authorName(),
						DAY.format(days[example[i]])));
			}
		}
	}

	/** Whole days between two reviews, the later one second (as {@code Duration.toDays}). */
	private static long daysApart(Review earlier, Review later) {
		long seconds = later.createdAt().getEpochSecond() - earlier.createdAt().getEpochSecond();
		if (later.createdAt().getNano() < earlier.createdAt().getNano()) {
			seconds--;
		}
		return seconds / 86_400;
	}

	/** Whether the pair already shared a bucket in an earlier band (and so was already compared). */
	private static boolean collidedBefore(int band, int[] a, int[] b) {
		for (int earlier = 0; earlier < band; earlier++) {
			if (sameRows(earlier, a, b)) {
				return true;
			}
		}
		return false;
	}

	private static boolean sameRows(int band, int[] a, int[] b) {
		int from = band * ROWS_PER_BAND;
		return Arrays.equals(a, from, from + ROWS_PER_BAND, b, from, from + ROWS_PER_BAND);
	}

	/**
	 * Several reviewers whose name the practice has never seen before, within a few days, far above the practice's
	 * usual rate of new names. The platforms do not give a reviewer's history elsewhere, so "first time" means first
	 * time at this practice; anonymous reviewers have their own reason (in a burst) and are left out here.
	 */
	private void firstTimeReviewers() {
		Set<String> names = new HashSet<>();
		List<Integer> firstTime = new ArrayList<>();
		for (int i = 0; i < reviews.size(); i++) {
			Review r = reviews.get(i);
			if (!r.anonymous() && names.add(r.authorName().strip().toLowerCase(Locale.ROOT))) {
				firstTime.add(i);
			}
		}
		double usual = firstTime.size() * FIRST_TIME_WINDOW_DAYS / (double) spanInDays();
		double threshold = Math.max(MIN_FIRST_TIME_CLUSTER, 10 * usual);
		int clusterStart = -1;
		int clusterEnd = -1; // exclusive, in firstTime
		int end = 0;
		for (int start = 0; start < firstTime.size(); start++) {
			LocalDate windowEnd = days[firstTime.get(start)].plusDays(FIRST_TIME_WINDOW_DAYS);
			end = Math.max(end, start);
			while (end < firstTime.size() && days[firstTime.get(end)].isBefore(windowEnd)) {
				end++;
			}
			if (end - start < threshold) {
				continue;
			}
			if (clusterStart >= 0 && start >= clusterEnd) {
				firstTimeCluster(firstTime.subList(clusterStart, clusterEnd), usual);
				clusterStart = -1;
			}
			if (clusterStart < 0) {
				clusterStart = start;
			}
			clusterEnd = end;
		}
		if (clusterStart >= 0) {
			firstTimeCluster(firstTime.subList(clusterStart, clusterEnd), usual);
		}
	}

	private void firstTimeCluster(List<Integer> cluster, double usual) {
		String from = DAY.format(days[cluster.get(0)]);
		String to = DAY.format(days[cluster.get(cluster.size() - 1)]);
		String reason = String.format(Locale.FRANCE, "Premier avis de cet auteur au cabinet, comme %d autres auteurs jamais vus"
				+ " avant, du %s au %s (d’habitude %.2f nouveaux auteurs en %d jours).", cluster.size() - 1, from, to, usual,
				FIRST_TIME_WINDOW_DAYS);
		for (int i : cluster) {
			add(reviews.get(i).id(), 20, reason);
		}
		periods.add(new PeriodSuspicion(from.equals(to) ? from : from + " – " + to, Math.min(100, 30 + 5 * cluster.size()),
				List.of(String.format(Locale.FRANCE, "%d avis d’auteurs jamais vus avant au cabinet, contre %.2f en %d jours"
						+ " d’habitude.", cluster.size(), usual, FIRST_TIME_WINDOW_DAYS))));
	}

	/** Months with enough reviews whose share of one- or five-star ratings is far from the practice's usual share. */
	private void months() {
		Map<YearMonth, int[]> perMonth = new TreeMap<>();
		int[] total = new int[6];
		for (int i = 0; i < reviews.size(); i++) {
			Review r = reviews.get(i);
			if (r.rating() == null) {
				continue;
			}
			perMonth.computeIfAbsent(YearMonth.from(days[i]), m -> new int[6])[r.rating()]++;
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

	private void add(long id, int points, String reason) {
		score.merge(id, points, Integer::sum);
		reasons.computeIfAbsent(id, k -> new ArrayList<>()).add(reason);
	}
}
