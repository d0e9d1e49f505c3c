package fr.sourire.posts.internal;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import fr.sourire.posts.Post;
import fr.sourire.posts.PostTarget;
import fr.sourire.posts.TargetStatus;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The db-scheduler side: one job per (approved version, target), named {@code t<target>-<version>}. db-scheduler's
 * starter runs on a transaction-aware DataSource, so scheduling and cancelling here join the caller's transaction:
 * an edit or a withdrawal and the cancellation of its jobs commit together, or not at all. A job's row is picked by
 * one instance at a time, so several app instances on one PostgreSQL never run the same job twice.
 */
@Configuration(proxyBeanMethods = false)
public class PublicationJobs {

	static final String TASK = "post-publication";
	static final String WATCHDOG = "post-watchdog";
	static final String EXPIRY = "post-approval-expiry";

	private final ObjectProvider<SchedulerClient> client;

	PublicationJobs(ObjectProvider<SchedulerClient> client) {
		this.client = client;
	}

	@Bean
	CustomTask<Void> postPublicationTask(PublishJob job) {
		return Tasks.custom(TASK, Void.class)
			// An exception (a crash half-way) is retried: the idempotency key makes the second call harmless.
			.onFailure(new FailureHandler.OnFailureRetryLater<>(Duration.ofMinutes(1)))
			.execute((instance, context) -> {
				var next = job.run(targetId(instance.getId()));
				if (next.retryAt() == null) {
					return (complete, operations) -> operations.remove();
				}
				return (complete, operations) -> operations.reschedule(complete, next.retryAt());
			});
	}

	@Bean
	RecurringTask<Void> postWatchdogTask(LateJobWatchdog watchdog) {
		return Tasks.recurring(WATCHDOG, FixedDelay.ofMinutes(1)).execute((instance, context) -> watchdog.check());
	}

	@Bean
	RecurringTask<Void> postApprovalExpiryTask(ApprovalExpiry expiry) {
		return Tasks.recurring(EXPIRY, FixedDelay.ofMinutes(5)).execute((instance, context) -> expiry.expire());
	}

	/** Whether one of the post's jobs is being executed right now (picked by an instance). */
	boolean running(Post post) {
		return post.approvedHash() != null && post.targets().stream()
			.map(t -> TaskInstanceId.of(TASK, instanceId(t, post.approvedHash())))
			.anyMatch(id -> client.getObject().getScheduledExecution(id).filter(e -> e.isPicked()).isPresent());
	}

	/** Schedules the post's approved targets at its time (joins the current transaction). */
	public void schedule(Post post, PostStore store) {
		for (PostTarget target : post.targets()) {
			store.targetScheduled(target.id(), ContentHash.idempotencyKey(post.approvedHash(), target.network().name()));
			client.getObject().scheduleIfNotExists(
					new TaskInstance<Void>(TASK, instanceId(target, post.approvedHash())),
					post.scheduledAt());
		}
	}

	/** Cancels the jobs still waiting for this post (joins the current transaction). */
	public void cancel(Post post, PostStore store) {
		for (PostTarget target : post.targets()) {
			if (target.status() == TargetStatus.SCHEDULED || target.status() == TargetStatus.RETRYING) {
				if (post.approvedHash() != null) {
					var id = TaskInstanceId.of(TASK, instanceId(target, post.approvedHash()));
					client.getObject().getScheduledExecution(id)
						.filter(e -> !e.isPicked())
						.ifPresent(e -> client.getObject().cancel(id));
				}
				store.targetStatus(target.id(), TargetStatus.CANCELLED);
			}
		}
	}

	static String instanceId(PostTarget target, String approvedHash) {
		return "t" + target.id() + "-" + approvedHash.substring(0, 16);
	}

	static long targetId(String instanceId) {
		return Long.parseLong(instanceId.substring(1, instanceId.indexOf('-')));
	}
}
