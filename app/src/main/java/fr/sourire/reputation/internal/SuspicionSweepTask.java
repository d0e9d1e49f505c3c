package fr.sourire.reputation.internal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import fr.sourire.reputation.SuspicionSweep;
import java.time.LocalTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The nightly suspicious-review scan of every practice (db-scheduler, so one node runs it even with several), at an
 * hour when nobody works: its results are what the group dashboard shows.
 */
@Configuration
class SuspicionSweepTask {

	private static final Logger log = LoggerFactory.getLogger(SuspicionSweepTask.class);

	@Bean
	RecurringTask<Void> reputationSuspicionSweep(SuspicionSweep sweep) {
		return Tasks.recurring("reputation-suspicion-sweep", Schedules.daily(SuspicionScanner.PARIS, LocalTime.of(3, 30)))
			.execute((instance, context) -> {
				long start = System.nanoTime();
				var outcome = sweep.scanAndStore();
				log.info("Suspicion sweep: {} practices, {} reviews, {} flagged in {} ms", outcome.practices(), outcome.reviews(),
						outcome.flagged(), (System.nanoTime() - start) / 1_000_000);
			});
	}
}
