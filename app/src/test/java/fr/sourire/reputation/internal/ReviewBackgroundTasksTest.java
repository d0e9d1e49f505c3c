package fr.sourire.reputation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** The weekly digest leaves on Monday at 08:00 Paris time, summer or winter. */
class ReviewBackgroundTasksTest {

	@Test
	void theDigestIsScheduledOnMondayAtEightParisTime() {
		assertThat(next("2026-11-25T10:00:00Z")).isEqualTo(ZonedDateTime.of(2026, 11, 30, 8, 0, 0, 0, ZoneId.of("Europe/Paris")));
		assertThat(next("2026-11-30T07:00:00Z")).as("after 08:00 Paris on a Monday: the next Monday")
			.isEqualTo(ZonedDateTime.of(2026, 12, 7, 8, 0, 0, 0, ZoneId.of("Europe/Paris")));
		assertThat(next("2027-07-01T00:00:00Z")).as("summer time").isEqualTo(ZonedDateTime.of(2027, 7, 5, 8, 0, 0, 0,
				ZoneId.of("Europe/Paris")));
	}

	private static ZonedDateTime next(String after) {
		return ReviewBackgroundTasks.WEEKLY_DIGEST.getNextExecutionTime(ExecutionComplete.simulatedSuccess(Instant.parse(after)))
			.atZone(ZoneId.of("Europe/Paris"));
	}
}
