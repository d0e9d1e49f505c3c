package fr.sourire.posts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.sourire.engine.PostCategory;
import fr.sourire.posts.internal.PublishJob;
import fr.sourire.practices.Members;
import fr.sourire.practices.Practices;
import fr.sourire.practices.Role;
import fr.sourire.practices.RoleRequiredException;
import fr.sourire.publishing.Network;
import fr.sourire.publishing.Publication;
import fr.sourire.publishing.PublicationOutcome;
import fr.sourire.publishing.Publisher;
import fr.sourire.support.H2Test;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The posts' rules through the service, and the publication job's exactly-once logic, on H2 with the demo practice. */
@H2Test
@Import(PostsFlowH2Test.CrashingPublisher.class)
class PostsFlowH2Test {

	/** Simulates a crash after the network said yes but before Sourire committed: the delegate publishes, then we throw. */
	static final AtomicBoolean crashAfterNextSuccess = new AtomicBoolean();

	/** Imported, not scanned: a second application started by another test must not pick this up. */
	static class CrashingPublisher {

		@Bean
		@Primary
		Publisher crashing(@Qualifier("networkPublisher") Publisher delegate) {
			return publication -> {
				PublicationOutcome outcome = delegate.publish(publication);
				if (crashAfterNextSuccess.getAndSet(false)) {
					throw new IllegalStateException("process killed before commit");
				}
				return outcome;
			};
		}
	}

	@Autowired
	Posts posts;

	@Autowired
	PublishJob job;

	@Autowired
	Practices practices;

	@Autowired
	Members members;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Notifications notifications;

	long practiceId;
	Actor assistant;
	Actor dentist;

	@BeforeEach
	void demoPractice() {
		practiceId = practices.findByName("Cabinet dentaire des Tilleuls").orElseThrow().id();
		assistant = new Actor(members.findUserId("assistante@demo.sourire.fr").orElseThrow(), "Camille Roche", Role.ASSISTANT);
		dentist = new Actor(members.findUserId("dentiste@demo.sourire.fr").orElseThrow(), "Dr Claire Martin", Role.DENTIST);
	}

	private PostDraft draft(String text, Instant at) {
		return new PostDraft(PostCategory.PREVENTION_EDU, text, at,
				List.of(new PostDraft.TargetDraft(Network.SANDBOX, null, "Prenez rendez-vous au 04 78 00 12 34.")));
	}

	private Post approvedPost(String text) {
		Post post = posts.create(practiceId, assistant, draft(text, Instant.now().plus(2, ChronoUnit.DAYS)));
		posts.submit(practiceId, post.id(), assistant);
		return posts.approve(practiceId, post.id(), dentist, posts.contentHash(posts.get(practiceId, post.id())), false);
	}

	@Test
	void assistantSubmitsDentistApprovesAndTheJobPublishesOnce() {
		Post post = approvedPost("Brossez-vous les dents deux minutes, matin et soir. " + System.nanoTime());
		assertThat(post.state()).isEqualTo(PostState.SCHEDULED);
		assertThat(post.approvedBy()).isEqualTo("Dr Claire Martin");
		assertThat(post.targets()).allMatch(t -> t.status() == TargetStatus.SCHEDULED);
		assertThat(jdbc.sql("select count(*) from scheduled_tasks where task_name = 'post-publication' and task_instance like ?")
			.param("t" + post.targets().get(0).id() + "-%").query(Long.class).single()).isEqualTo(1);

		job.run(post.targets().get(0).id());
		job.run(post.targets().get(0).id());

		Post published = posts.get(practiceId, post.id());
		assertThat(published.state()).isEqualTo(PostState.PUBLISHED);
		assertThat(published.targets().get(0).platformId()).startsWith("sandbox-");
		assertThat(sandboxCopies(published.text())).isEqualTo(1);
		assertThat(notifications.recent(practiceId, Role.ASSISTANT, 20)).anyMatch(n -> n.kind().equals("published"));
	}

	@Test
	void aCrashBetweenThePlatformsSuccessAndOurCommitEndsWithNoDuplicate() {
		Post post = approvedPost("Le cabinet sera fermé le 14 juillet. " + System.nanoTime());
		long target = post.targets().get(0).id();

		crashAfterNextSuccess.set(true);
		assertThatThrownBy(() -> job.run(target)).hasMessageContaining("killed");
		assertThat(posts.get(practiceId, post.id()).targets().get(0).status()).isEqualTo(TargetStatus.SCHEDULED);
		assertThat(sandboxCopies(post.text())).as("the network did publish").isEqualTo(1);

		job.run(target); // db-scheduler runs the failed job again after the restart

		assertThat(sandboxCopies(post.text())).as("same idempotency key: no second post").isEqualTo(1);
		assertThat(posts.get(practiceId, post.id()).state()).isEqualTo(PostState.PUBLISHED);
	}

	@Test
	void anyChangeAfterApprovalVoidsItAndCancelsTheJobsInTheSameTransaction() {
		Post post = approvedPost("Notre équipe vous accueille du lundi au vendredi. " + System.nanoTime());
		long target = post.targets().get(0).id();

		Post edited = posts.edit(practiceId, post.id(), assistant, draft(post.text() + " Merci.", post.scheduledAt()));

		assertThat(edited.state()).isEqualTo(PostState.DRAFT);
		assertThat(edited.approvedHash()).isNull();
		assertThat(jdbc.sql("select count(*) from scheduled_tasks where task_instance like ?").param("t" + target + "-%")
			.query(Long.class).single()).isZero();
		job.run(target);
		assertThat(sandboxCopies(post.text())).isZero();
	}

	@Test
	void approvalIsForTheVersionShownOnlyAndOnlyByADentist() {
		Post post = posts.create(practiceId, assistant, draft("Conseil du mois : le fil dentaire. " + System.nanoTime(),
				Instant.now().plus(1, ChronoUnit.DAYS)));
		posts.submit(practiceId, post.id(), assistant);
		String hash = posts.contentHash(posts.get(practiceId, post.id()));

		assertThatThrownBy(() -> posts.approve(practiceId, post.id(), assistant, hash, false))
			.isInstanceOf(RoleRequiredException.class);
		assertThatThrownBy(() -> posts.approve(practiceId, post.id(), dentist, "0".repeat(64), false))
			.isInstanceOf(PostRuleViolation.class).hasMessage("posts.error.changedSinceShown");
		assertThat(posts.approve(practiceId, post.id(), dentist, hash, false).state()).isEqualTo(PostState.SCHEDULED);
	}

	@Test
	void aBlockingFindingMakesApprovalImpossibleAndChangesCanBeAsked() {
		Post post = posts.create(practiceId, assistant, draft("Venez découvrir le meilleur cabinet dentaire de Lyon !",
				Instant.now().plus(1, ChronoUnit.DAYS)));
		posts.submit(practiceId, post.id(), assistant);
		ApprovalReview review = posts.review(practiceId, post.id(), Role.DENTIST);
		assertThat(review.blocked()).isTrue();

		assertThatThrownBy(() -> posts.approve(practiceId, post.id(), dentist, review.contentHash(), true))
			.isInstanceOf(PostRuleViolation.class).hasMessage("posts.error.blocked");
		assertThatThrownBy(() -> posts.requestChanges(practiceId, post.id(), dentist, " "))
			.hasMessage("posts.error.commentRequired");
		assertThat(posts.requestChanges(practiceId, post.id(), dentist, "Retirez « le meilleur ».").state())
			.isEqualTo(PostState.CHANGES_REQUESTED);
	}

	@Test
	void networkLimitsAreCheckedBeforeAnythingIsSent() {
		Post post = posts.create(practiceId, assistant, new PostDraft(PostCategory.OTHER, "a".repeat(1600),
				Instant.now().plus(1, ChronoUnit.DAYS), List.of(new PostDraft.TargetDraft(Network.GOOGLE_BUSINESS, null, null))));
		assertThatThrownBy(() -> posts.submit(practiceId, post.id(), assistant)).hasMessage("posts.rule.tooLong");
		Post instagram = posts.create(practiceId, assistant, new PostDraft(PostCategory.OTHER, "Bonjour",
				Instant.now().plus(1, ChronoUnit.DAYS), List.of(new PostDraft.TargetDraft(Network.INSTAGRAM, null, null))));
		assertThatThrownBy(() -> posts.submit(practiceId, instagram.id(), assistant)).hasMessage("posts.rule.instagramNeedsPhoto");
	}

	@Test
	void withdrawingCancelsTheJobs() {
		Post post = approvedPost("Journée portes ouvertes samedi. " + System.nanoTime());
		long target = post.targets().get(0).id();
		assertThat(posts.withdraw(practiceId, post.id(), assistant).state()).isEqualTo(PostState.WITHDRAWN);
		assertThat(jdbc.sql("select count(*) from scheduled_tasks where task_instance like ?").param("t" + target + "-%")
			.query(Long.class).single()).isZero();
		job.run(target);
		assertThat(sandboxCopies(post.text())).isZero();
	}

	/** Paris local times on the days the clocks change are stored as the right instants (UTC+1 before, UTC+2 after). */
	@Test
	void daylightSavingChangesInParis() {
		ZoneId paris = ZoneId.of("Europe/Paris");
		Instant springMorning = LocalDateTime.of(2026, 3, 29, 10, 0).atZone(paris).toInstant();
		Instant autumnMorning = LocalDateTime.of(2026, 10, 25, 10, 0).atZone(paris).toInstant();
		assertThat(springMorning).isEqualTo(Instant.parse("2026-03-29T08:00:00Z"));
		assertThat(autumnMorning).isEqualTo(Instant.parse("2026-10-25T09:00:00Z"));
		// 02:30 does not exist on 29 March: it is read as 03:30 summer time; 02:30 on 25 October happens twice: the first.
		assertThat(LocalDateTime.of(2026, 3, 29, 2, 30).atZone(paris).toInstant()).isEqualTo(Instant.parse("2026-03-29T01:30:00Z"));
		assertThat(LocalDateTime.of(2026, 10, 25, 2, 30).atZone(paris).toInstant()).isEqualTo(Instant.parse("2026-10-25T00:30:00Z"));

		// The machine's clock is past 2026: the scheduling part uses the next changes, 28 March and 31 October 2027.
		Instant nextSpring = LocalDateTime.of(2027, 3, 28, 10, 0).atZone(paris).toInstant();
		Instant nextAutumn = LocalDateTime.of(2027, 10, 31, 10, 0).atZone(paris).toInstant();
		assertThat(nextSpring).isEqualTo(Instant.parse("2027-03-28T08:00:00Z"));
		assertThat(nextAutumn).isEqualTo(Instant.parse("2027-10-31T09:00:00Z"));
		for (Instant at : List.of(nextSpring, nextAutumn)) {
			Post post = posts.create(practiceId, assistant, draft("Rappel DST " + at + " " + System.nanoTime(), at));
			assertThat(posts.get(practiceId, post.id()).scheduledAt()).isEqualTo(at);
			assertThat(posts.get(practiceId, post.id()).scheduledAt().atZone(paris).getHour()).isEqualTo(10);
			posts.submit(practiceId, post.id(), assistant);
			Post approved = posts.approve(practiceId, post.id(), dentist, posts.contentHash(posts.get(practiceId, post.id())), false);
			assertThat(jdbc.sql("select execution_time from scheduled_tasks where task_instance like ?")
				.param("t" + approved.targets().get(0).id() + "-%").query(java.time.OffsetDateTime.class).single().toInstant())
				.isEqualTo(at);
			posts.withdraw(practiceId, post.id(), assistant);
		}
	}

	private long sandboxCopies(String text) {
		return jdbc.sql("select count(*) from sandbox_post where text = ?").param(text).query(Long.class).single();
	}
}
