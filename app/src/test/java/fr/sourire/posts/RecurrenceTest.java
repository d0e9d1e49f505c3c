package fr.sourire.posts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.sourire.posts.Recurrence.Frequency;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Series rules in Paris time, including the daylight-saving changes of the last Sundays of March and October. */
class RecurrenceTest {

	static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	@Test
	void aWeeklyPostAtNineStaysAtNineAcrossTheSpringChange() {
		var rule = new Recurrence(Frequency.WEEKLY, LocalDateTime.of(2027, 3, 21, 9, 0), null, 3);
		assertThat(rule.instants()).containsExactly(Instant.parse("2027-03-21T08:00:00Z"),
				Instant.parse("2027-03-28T07:00:00Z"), Instant.parse("2027-04-04T07:00:00Z"));
		assertThat(rule.instants()).allMatch(at -> at.atZone(PARIS).getHour() == 9 && at.atZone(PARIS).getMinute() == 0);
	}

	@Test
	void aWeeklyPostAtNineStaysAtNineAcrossTheAutumnChange() {
		var rule = new Recurrence(Frequency.WEEKLY, LocalDateTime.of(2027, 10, 24, 9, 0), LocalDate.of(2027, 11, 7), null);
		assertThat(rule.instants()).containsExactly(Instant.parse("2027-10-24T07:00:00Z"),
				Instant.parse("2027-10-31T08:00:00Z"), Instant.parse("2027-11-07T08:00:00Z"));
	}

	@Test
	void everyFirstMondayOfTheMonth() {
		var rule = new Recurrence(Frequency.MONTHLY_SAME_WEEKDAY, LocalDateTime.of(2027, 1, 4, 12, 30), null, 4);
		assertThat(rule.localTimes()).extracting(LocalDateTime::toLocalDate).containsExactly(LocalDate.of(2027, 1, 4),
				LocalDate.of(2027, 2, 1), LocalDate.of(2027, 3, 1), LocalDate.of(2027, 4, 5));
	}

	@Test
	void aFifthWeekdayMeansTheLastOneAndTheThirtyFirstFallsBackToTheMonthsEnd() {
		var lastFriday = new Recurrence(Frequency.MONTHLY_SAME_WEEKDAY, LocalDateTime.of(2027, 1, 29, 18, 0), null, 2);
		assertThat(lastFriday.localTimes().get(1).toLocalDate()).isEqualTo(LocalDate.of(2027, 2, 26));
		var monthly = new Recurrence(Frequency.MONTHLY_SAME_DAY, LocalDateTime.of(2027, 1, 31, 10, 0), null, 3);
		assertThat(monthly.localTimes()).extracting(LocalDateTime::toLocalDate).containsExactly(LocalDate.of(2027, 1, 31),
				LocalDate.of(2027, 2, 28), LocalDate.of(2027, 3, 31));
	}

	@Test
	void exactlyOneEndAndABoundedNumberOfOccurrences() {
		var first = LocalDateTime.of(2027, 1, 4, 9, 0);
		assertThatThrownBy(() -> new Recurrence(Frequency.WEEKLY, first, null, null)).hasMessage("posts.series.error.oneEnd");
		assertThatThrownBy(() -> new Recurrence(Frequency.WEEKLY, first, LocalDate.of(2027, 2, 1), 3))
			.hasMessage("posts.series.error.oneEnd");
		assertThatThrownBy(() -> new Recurrence(Frequency.WEEKLY, first, null, 53)).hasMessage("posts.series.error.tooMany");
		assertThatThrownBy(() -> new Recurrence(Frequency.WEEKLY, first, LocalDate.of(2029, 1, 1), null).localTimes())
			.hasMessage("posts.series.error.tooMany");
		assertThatThrownBy(() -> new Recurrence(Frequency.WEEKLY, first, LocalDate.of(2026, 1, 1), null))
			.hasMessage("posts.series.error.endBeforeStart");
	}
}
