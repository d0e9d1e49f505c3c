package fr.sourire.posts;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * When a series repeats: from its first Paris wall-clock time, weekly, monthly on the same day, or monthly on the same
 * weekday rank (« le premier lundi du mois »; a fifth one means the last), until a date or for a count. The wall-clock
 * time is kept across daylight-saving changes: 09:00 stays 09:00 in Paris, so the instant moves by an hour.
 */
public record Recurrence(Frequency frequency, LocalDateTime first, LocalDate endsOn, Integer count) {

	/** Occurrences are created up front: at most this many per series. */
	public static final int MAX_OCCURRENCES = 52;
	static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	public enum Frequency {
		WEEKLY, MONTHLY_SAME_DAY, MONTHLY_SAME_WEEKDAY
	}

	/** @throws PostRuleViolation when the rule is incomplete, has both or neither end, or yields too many occurrences */
	public Recurrence {
		if (frequency == null || first == null) {
			throw new PostRuleViolation("posts.series.error.incomplete");
		}
		if ((endsOn == null) == (count == null)) {
			throw new PostRuleViolation("posts.series.error.oneEnd");
		}
		if (count != null && (count < 1 || count > MAX_OCCURRENCES)) {
			throw new PostRuleViolation("posts.series.error.tooMany", MAX_OCCURRENCES);
		}
		if (endsOn != null && endsOn.isBefore(first.toLocalDate())) {
			throw new PostRuleViolation("posts.series.error.endBeforeStart");
		}
	}

	/** The occurrences' Paris wall-clock times. */
	public List<LocalDateTime> localTimes() {
		var times = new ArrayList<LocalDateTime>();
		for (int i = 0; ; i++) {
			LocalDateTime next = nth(i);
			if (count != null ? i >= count : next.toLocalDate().isAfter(endsOn)) {
				return times;
			}
			if (times.size() == MAX_OCCURRENCES) {
				throw new PostRuleViolation("posts.series.error.tooMany", MAX_OCCURRENCES);
			}
			times.add(next);
		}
	}

	/** The occurrences as instants; a time inside the spring-forward gap moves an hour later, as Java does. */
	public List<Instant> instants() {
		return localTimes().stream().map(t -> t.atZone(PARIS).toInstant()).toList();
	}

	private LocalDateTime nth(int i) {
		return switch (frequency) {
			case WEEKLY -> first.plusWeeks(i);
			// Counted from the first each time: 31 January then 28 February, 31 March (not 28 March).
			case MONTHLY_SAME_DAY -> first.plusMonths(i);
			case MONTHLY_SAME_WEEKDAY -> sameWeekdayRank(first.plusMonths(i).toLocalDate().withDayOfMonth(1)).atTime(first.toLocalTime());
		};
	}

	private LocalDate sameWeekdayRank(LocalDate monthStart) {
		DayOfWeek weekday = first.getDayOfWeek();
		int rank = (first.getDayOfMonth() - 1) / 7 + 1;
		return rank == 5 ? monthStart.with(TemporalAdjusters.lastInMonth(weekday))
				: monthStart.with(TemporalAdjusters.dayOfWeekInMonth(rank, weekday));
	}
}
