package fr.sourire.posts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import fr.sourire.audit.AuditJournal;
import fr.sourire.engine.PostCategory;
import fr.sourire.posts.Actor;
import fr.sourire.posts.Notifications;
import fr.sourire.posts.Post;
import fr.sourire.posts.PostDraft;
import fr.sourire.posts.PostState;
import fr.sourire.posts.Posts;
import fr.sourire.posts.TargetStatus;
import fr.sourire.practices.Members;
import fr.sourire.practices.Practices;
import fr.sourire.practices.Role;
import fr.sourire.publishing.Network;
import fr.sourire.support.H2Test;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** An approval whose time passed by more than the grace expires: tested with fixed clocks around the limit. */
@H2Test
class ApprovalExpiryH2Test {

	@Autowired
	Posts posts;

	@Autowired
	PostStore store;

	@Autowired
	PublicationJobs jobs;

	@Autowired
	Notifications notifications;

	@Autowired
	AuditJournal journal;

	@Autowired
	Practices practices;

	@Autowired
	Members members;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anApprovedPostNotSentWithinTheGraceGoesBackToApprovalExpired() {
		long practiceId = practices.findByName("Cabinet dentaire des Tilleuls").orElseThrow().id();
		var assistant = new Actor(members.findUserId("assistante@demo.sourire.fr").orElseThrow(), "Camille Roche", Role.ASSISTANT);
		var dentist = new Actor(members.findUserId("dentiste@demo.sourire.fr").orElseThrow(), "Dr Claire Martin", Role.DENTIST);
		Instant at = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
		Post post = posts.create(practiceId, assistant, new PostDraft(PostCategory.PRACTICE_INFO, "Le cabinet déménage. " + System.nanoTime(),
				at, List.of(new PostDraft.TargetDraft(Network.SANDBOX, null, null))));
		posts.submit(practiceId, post.id(), assistant);
		Post approved = posts.approve(practiceId, post.id(), dentist, posts.contentHash(posts.get(practiceId, post.id())), true);
		String job = "t" + approved.targets().get(0).id() + "-" + approved.approvedHash().substring(0, 16);

		// The scheduler was stopped: its time is now three hours ago (moved in the database, not through the service).
		Instant past = Instant.now().minus(3, ChronoUnit.HOURS);
		jdbc.sql("update post set scheduled_at = ? where id = ?").params(java.sql.Timestamp.from(past), post.id()).update();

		expiry(past.plus(Duration.ofMinutes(119))).expire();
		assertThat(posts.get(practiceId, post.id()).state()).isEqualTo(PostState.SCHEDULED);

		int expired = expiry(past.plus(Duration.ofMinutes(121))).expire();

		assertThat(expired).isPositive();
		Post after = posts.get(practiceId, post.id());
		assertThat(after.state()).isEqualTo(PostState.APPROVAL_EXPIRED);
		assertThat(after.approvedHash()).isNull();
		assertThat(after.targets()).allMatch(t -> t.status() == TargetStatus.CANCELLED);
		assertThat(jdbc.sql("select count(*) from scheduled_tasks where task_instance = ?").param(job).query(Long.class).single()).isZero();
		assertThat(notifications.recent(practiceId, Role.ADMIN, 50)).anyMatch(n -> n.kind().equals("approval_expired")
				&& n.link().endsWith("/publications/" + post.id()));
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'publication.approbation-expirée' and details like ?")
			.param("%" + post.id() + "%").query(Long.class).single()).isPositive();

		// A new time sends it back to the dentist.
		Post moved = posts.reschedule(practiceId, post.id(), assistant, Instant.now().plus(2, ChronoUnit.DAYS));
		assertThat(moved.state()).isEqualTo(PostState.SUBMITTED);
		assertThat(moved.targets()).allMatch(t -> t.status() == TargetStatus.PENDING);
	}

	private ApprovalExpiry expiry(Instant now) {
		return new ApprovalExpiry(store, jobs, notifications, journal, Clock.fixed(now, ZoneOffset.UTC), Duration.ofHours(2));
	}
}
