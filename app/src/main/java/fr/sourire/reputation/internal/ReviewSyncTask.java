package fr.sourire.reputation.internal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import fr.sourire.reputation.ReviewSync;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The recurring Google reviews sync (db-scheduler, so one node runs it even with several). Each practice is synced on
 * its own: one practice's failure (stored in plain French for its page) never stops the others.
 */
@Configuration
class ReviewSyncTask {

	private static final Logger log = LoggerFactory.getLogger(ReviewSyncTask.class);

	@Bean
	RecurringTask<Void> reputationGoogleSync(ReviewSync sync) {
		return Tasks.recurring("reputation-google-sync", FixedDelay.of(Duration.ofMinutes(30))).execute((instance, context) -> {
			for (long practiceId : sync.practicesToSync()) {
				try {
					sync.sync(practiceId, "synchronisation automatique");
				}
				catch (RuntimeException e) {
					log.warn("Review sync of practice {} failed: {}", practiceId, e.getMessage());
				}
			}
		});
	}
}
