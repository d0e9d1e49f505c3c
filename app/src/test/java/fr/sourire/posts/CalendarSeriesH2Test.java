package fr.sourire.posts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.sourire.engine.PostCategory;
import fr.sourire.posts.Recurrence.Frequency;
import fr.sourire.posts.internal.PublishJob;
import fr.sourire.practices.Members;
import fr.sourire.practices.PracticeDetails;
import fr.sourire.practices.Practices;
import fr.sourire.practices.Role;
import fr.sourire.practices.RoleRequiredException;
import fr.sourire.publishing.Network;
import fr.sourire.support.H2Test;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The queue of weekly slots and recurring series, through the services, on H2 (a fresh practice per test). */
@H2Test
class CalendarSeriesH2Test {

	static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	@Autowired
	Posts posts;

	@Autowired
	PostSlots slots;

	@Autowired
	PostSeries series;

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
	void ownPractice() {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		practiceId = practices.create(new PracticeDetails("Cabinet " + tag, "1 rue A, 69001 Lyon", "04 00 00 00 00",
				"a@exemple.fr", "FR", ""), "test").id();
		long assistantId = members.createUser("assistante-" + tag + "@exemple.fr", "Assistante", "mot-de-passe-solide");
		long dentistId = members.createUser("dentiste-" + tag + "@exemple.fr", "Dentiste", "mot-de-passe-solide");
		members.addMember(practiceId, assistantId, Role.ASSISTANT, "test");
		members.addMember(practiceId, dentistId, Role.DENTIST, "test");
		assistant = new Actor(assistantId, "Assistante", Role.ASSISTANT);
		dentist = new Actor(dentistId, "Dr Dentiste", Role.DENTIST);
	}

	private PostDraft draft(String text, Instant at) {
		return new PostDraft(PostCategory.PREVENTION_EDU, text, at, List.of(new PostDraft.TargetDraft(Network.SANDBOX, null, null)));
	}

	@Test
	void addingToTheQueueTakesTheNextFreeSlot() {
		slots.add(practiceId, assistant, DayOfWeek.TUESDAY, LocalTime.of(12, 30));
		slots.add(practiceId, assistant, DayOfWeek.THURSDAY, LocalTime.of(18, 0));
		assertThatThrownBy(() -> slots.add(practiceId, assistant, DayOfWeek.TUESDAY, LocalTime.of(12, 30)))
			.hasMessage("posts.slots.error.duplicate");

		Post first = slots.queue(practiceId, posts.create(practiceId, assistant, draft("Premier conseil.", null)).id(), assistant);
		Post second = slots.queue(practiceId, posts.create(practiceId, assistant, draft("Deuxième conseil.", null)).id(), assistant);
		Post third = slots.queue(practiceId, posts.create(practiceId, assistant, draft("Troisième conseil.", null)).id(), assistant);

		var expected = slots.occurrences(practiceId, Instant.now(), Instant.now().plus(15, ChronoUnit.DAYS)).subList(0, 3);
		assertThat(List.of(first.scheduledAt(), second.scheduledAt(), third.scheduledAt())).isEqualTo(expected);
		assertThat(expected).allMatch(at -> {
			var local = at.atZone(PARIS);
			return local.getDayOfWeek() == DayOfWeek.TUESDAY && local.toLocalTime().equals(LocalTime.of(12, 30))
					|| local.getDayOfWeek() == DayOfWeek.THURSDAY && local.toLocalTime().equals(LocalTime.of(18, 0));
		});
	}

	@Test
	void queueingAnApprovedPostVoidsItsApprovalAndAnEmptyQueueSaysSo() {
		Post post = posts.create(practiceId, assistant, draft("Fermeture estivale.", Instant.now().plus(40, ChronoUnit.DAYS)));
		assertThatThrownBy(() -> slots.queue(practiceId, post.id(), assistant)).hasMessage("posts.slots.error.none");
		posts.submit(practiceId, post.id(), assistant);
		posts.approve(practiceId, post.id(), dentist, posts.contentHash(posts.get(practiceId, post.id())), false);
		var slot = slots.add(practiceId, assistant, DayOfWeek.FRIDAY, LocalTime.of(9, 0));

		Post queued = slots.queue(practiceId, post.id(), assistant);

		assertThat(queued.state()).isEqualTo(PostState.SUBMITTED);
		assertThat(queued.approvedHash()).isNull();
		assertThat(queued.scheduledAt().atZone(PARIS).getDayOfWeek()).isEqualTo(DayOfWeek.FRIDAY);
		slots.remove(practiceId, assistant, slot.id());
		assertThat(slots.list(practiceId)).isEmpty();
		assertThatThrownBy(() -> slots.remove(practiceId, assistant, slot.id())).isInstanceOf(PostNotFoundException.class);
	}

	@Test
	void aPublishedPostCannotBeMoved() {
		Post post = posts.create(practiceId, assistant, draft("Portes ouvertes.", Instant.now().plus(3, ChronoUnit.DAYS)));
		posts.submit(practiceId, post.id(), assistant);
		posts.approve(practiceId, post.id(), dentist, posts.contentHash(posts.get(practiceId, post.id())), false);
		job.run(post.targets().get(0).id());
		assertThat(posts.get(practiceId, post.id()).state()).isEqualTo(PostState.PUBLISHED);

		assertThatThrownBy(() -> posts.reschedule(practiceId, post.id(), assistant, Instant.now().plus(4, ChronoUnit.DAYS)))
			.hasMessage("posts.error.notEditable");
	}

	@Test
	void aSeriesIsApprovedOnceEachOccurrenceIsItsOwnPublicationAndEditingVoidsOnlyTheFuture() {
		// Weekly at 09:00 Paris across the spring change of 28 March 2027.
		var rule = new Recurrence(Frequency.WEEKLY, LocalDateTime.of(2027, 3, 21, 9, 0), null, 3);
		var created = series.create(practiceId, assistant, draft("Conseil de la semaine : le fil dentaire.", null), rule);
		assertThat(created.occurrences()).hasSize(3).allMatch(p -> p.state() == PostState.DRAFT)
			.allMatch(p -> p.scheduledAt().atZone(PARIS).toLocalTime().equals(LocalTime.of(9, 0)));
		assertThat(series.seriesOf(practiceId, created.occurrences().get(0).id())).contains(created.id());

		var submitted = series.submit(practiceId, created.id(), assistant);
		assertThat(submitted.awaitingApproval()).hasSize(3);
		assertThat(notifications.recent(practiceId, Role.DENTIST, 10)).filteredOn(n -> n.kind().equals("approval_requested"))
			.hasSize(1);
		String hash = series.seriesHash(submitted);
		assertThatThrownBy(() -> series.approve(practiceId, created.id(), assistant, hash, false))
			.isInstanceOf(RoleRequiredException.class);
		assertThatThrownBy(() -> series.approve(practiceId, created.id(), dentist, "0".repeat(64), false))
			.hasMessage("posts.error.changedSinceShown");

		var approved = series.approve(practiceId, created.id(), dentist, hash, false);
		assertThat(approved.occurrences()).allMatch(p -> p.state() == PostState.SCHEDULED);
		assertThat(approved.occurrences().stream().map(Post::approvedHash).distinct()).as("one version per occurrence").hasSize(3);
		assertThat(jdbc.sql("select count(*) from scheduled_tasks where task_name = 'post-publication' and task_instance in ("
				+ String.join(",", approved.occurrences().stream().map(p -> "'t" + p.targets().get(0).id() + "-"
						+ p.approvedHash().substring(0, 16) + "'").toList()) + ")").query(Long.class).single()).isEqualTo(3);

		// The first occurrence goes out; then the series text changes.
		job.run(approved.occurrences().get(0).targets().get(0).id());
		var edited = series.edit(practiceId, created.id(), assistant, draft("Conseil de la semaine : la brosse à dents.", null));

		assertThat(edited.occurrences().get(0).state()).isEqualTo(PostState.PUBLISHED);
		assertThat(edited.occurrences().get(0).text()).contains("fil dentaire");
		assertThat(edited.occurrences().subList(1, 3)).allMatch(p -> p.state() == PostState.DRAFT && p.approvedHash() == null
				&& p.text().contains("brosse"));
		assertThat(edited.occurrences().subList(1, 3)).extracting(Post::scheduledAt)
			.containsExactly(Instant.parse("2027-03-28T07:00:00Z"), Instant.parse("2027-04-04T07:00:00Z"));

		var withdrawn = series.withdraw(practiceId, created.id(), assistant);
		assertThat(withdrawn.occurrences().subList(1, 3)).allMatch(p -> p.state() == PostState.WITHDRAWN);
		assertThat(withdrawn.occurrences().get(0).state()).isEqualTo(PostState.PUBLISHED);
	}

	@Test
	void aSeriesMustStartInTheFuture() {
		var rule = new Recurrence(Frequency.WEEKLY, LocalDateTime.of(2020, 1, 6, 9, 0), null, 2);
		assertThatThrownBy(() -> series.create(practiceId, assistant, draft("Trop tard.", null), rule))
			.hasMessage("posts.error.timePassed");
	}
}
