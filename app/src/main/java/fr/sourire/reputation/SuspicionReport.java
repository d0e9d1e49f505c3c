package fr.sourire.reputation;

import java.util.List;
import java.util.Map;

/** The suspicion scan of one practice: per review (only those with a reason) and per period (day or month). */
public record SuspicionReport(Map<Long, Suspicion> reviews, List<PeriodSuspicion> periods) {

	public record PeriodSuspicion(String period, int score, List<String> reasons) {
	}

	public Suspicion of(long reviewId) {
		return reviews.getOrDefault(reviewId, new Suspicion(reviewId, 0, List.of()));
	}
}
