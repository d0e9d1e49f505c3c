package fr.sourire.reputation;

import java.util.List;

/**
 * The dashboard's figures for one practice. {@code distribution[i]} counts the reviews with i+1 stars; the monthly
 * trend covers the last 24 months, oldest first; "current" is the last 90 days and "previous" the 90 days before.
 */
public record ReviewStatistics(int count, Double average, int[] distribution, List<Month> months, double responseRate,
		Double medianResponseHours, double negativeShare, Period current, Period previous, Double platformAverage,
		Integer platformCount) {

	public record Month(String month, int count, Double average) {
	}

	public record Period(int count, Double average, double negativeShare) {
	}
}
