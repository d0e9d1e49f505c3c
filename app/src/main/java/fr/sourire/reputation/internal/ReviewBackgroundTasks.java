package fr.sourire.reputation.internal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import com.github.kagkarlsson.scheduler.task.schedule.Schedule;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import fr.sourire.reputation.ReviewDigest;
import fr.sourire.reputation.ReviewImportJobs;
import java.time.Duration;
import java.time.ZoneId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The weekly digest (Monday 08:00, Paris time) and the background CSV imports, as db-scheduler recurring jobs: one
 * node runs each at a time, and after a restart the imports carry on from their last committed chunk.
 */
@Configuration
class ReviewBackgroundTasks {

	private static final Logger log = LoggerFactory.getLogger(ReviewBackgroundTasks.class);
	static final Schedule WEEKLY_DIGEST = Schedules.cron("0 0 8 * * MON", ZoneId.of("Europe/Paris"));

	@Bean
	RecurringTask<Void> reputationWeeklyDigest(ReviewDigest digest) {
		return Tasks.recurring("reputation-weekly-digest", WEEKLY_DIGEST)
			.execute((instance, context) -> {
				for (long practiceId : digest.practicesToSend()) {
					try {
						digest.send(practiceId);
					}
					catch (RuntimeException e) {
						log.warn("Weekly digest of practice {} failed: {}", practiceId, e.getMessage());
					}
				}
			});
	}

	@Bean
	RecurringTask<Void> reputationCsvImports(ReviewImportJobs jobs) {
		return Tasks.recurring("reputation-csv-imports", FixedDelay.of(Duration.ofSeconds(2)))
			.execute((instance, context) -> jobs.resumeAll());
	}
}
