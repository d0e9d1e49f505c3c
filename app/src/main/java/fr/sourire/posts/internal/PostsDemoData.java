package fr.sourire.posts.internal;

import fr.sourire.engine.PostCategory;
import fr.sourire.media.MediaLibrary;
import fr.sourire.posts.Actor;
import fr.sourire.posts.Post;
import fr.sourire.posts.PostDraft;
import fr.sourire.posts.PostSeries;
import fr.sourire.posts.PostSlots;
import fr.sourire.posts.Posts;
import fr.sourire.posts.Recurrence;
import fr.sourire.practices.DemoMode;
import fr.sourire.practices.Members;
import fr.sourire.practices.Practices;
import fr.sourire.practices.Role;
import fr.sourire.publishing.Network;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo posts for « Cabinet dentaire des Tilleuls », made through the real flow (create, submit, approve, publish to
 * the sandbox): two drafts, one waiting for approval, one scheduled, one scheduled with the library's clean photo for
 * the sandbox and Instagram, one published, and one that failed because Facebook is not connected, with its reason;
 * two weekly slots and a monthly series waiting for the dentist. Only in {@link DemoMode}; nothing is created twice.
 * Runs after the media demo data (its photo).
 */
@Component
@Order(30)
class PostsDemoData implements ApplicationRunner {

	private final DemoMode demoMode;
	private final Practices practices;
	private final Members members;
	private final Posts posts;
	private final MediaLibrary library;
	private final PostSlots slots;
	private final PostSeries series;
	private final PublishJob job;
	private final JdbcClient jdbc;
	private final Clock clock;

	PostsDemoData(DemoMode demoMode, Practices practices, Members members, Posts posts, MediaLibrary library,
			PostSlots slots, PostSeries series, PublishJob job, JdbcClient jdbc, Clock clock) {
		this.demoMode = demoMode;
		this.practices = practices;
		this.members = members;
		this.posts = posts;
		this.library = library;
		this.slots = slots;
		this.series = series;
		this.job = job;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!demoMode.enabled()) {
			return;
		}
		var practice = practices.findByName("Cabinet dentaire des Tilleuls");
		var assistantId = members.findUserId("assistante@demo.sourire.fr");
		var dentistId = members.findUserId("dentiste@demo.sourire.fr");
		if (practice.isEmpty() || assistantId.isEmpty() || dentistId.isEmpty()) {
			return;
		}
		long practiceId = practice.get().id();
		if (jdbc.sql("select count(*) from post where practice_id = ?").param(practiceId).query(Long.class).single() > 0) {
			return;
		}
		var assistant = new Actor(assistantId.get(), "Camille Roche", Role.ASSISTANT);
		var dentist = new Actor(dentistId.get(), "Dr Claire Martin", Role.DENTIST);
		Instant now = Instant.now(clock).truncatedTo(ChronoUnit.HOURS);

		posts.create(practiceId, assistant, draft(PostCategory.PREVENTION_EDU,
				"Saviez-vous qu’il faut changer de brosse à dents tous les trois mois ? Une brosse usée nettoie moins bien.",
				now.plus(Duration.ofDays(6)), Network.SANDBOX, Network.LINKEDIN));
		posts.create(practiceId, assistant, draft(PostCategory.TEAM,
				"Nous accueillons Léa, notre nouvelle assistante dentaire, à partir du mois prochain.", null, Network.SANDBOX));

		Post waiting = posts.create(practiceId, assistant, draft(PostCategory.CLOSURE,
				"Le cabinet sera fermé du 24 décembre au 2 janvier. En cas d’urgence, appelez le 15.",
				now.plus(Duration.ofDays(4)), Network.SANDBOX, Network.GOOGLE_BUSINESS));
		posts.submit(practiceId, waiting.id(), assistant);

		Post scheduled = posts.create(practiceId, assistant, draft(PostCategory.PREVENTION_EDU,
				"Brossez-vous les dents deux minutes, matin et soir, avec un dentifrice fluoré.",
				now.plus(Duration.ofDays(2)), Network.SANDBOX));
		approve(practiceId, scheduled, assistant, dentist);

		library.list(practiceId).stream().filter(m -> m.fileName().equals("pause-cafe.jpg")).findFirst().ifPresent(photo -> {
			Post withPhoto = posts.create(practiceId, assistant, new PostDraft(PostCategory.TEAM,
					"C’est la pause café au cabinet ! L’équipe reprend les soins à 14 h.", now.plus(Duration.ofDays(3)),
					List.of(new PostDraft.TargetDraft(Network.SANDBOX, null, null), new PostDraft.TargetDraft(Network.INSTAGRAM, null, null)),
					List.of(photo.id())));
			approve(practiceId, withPhoto, assistant, dentist);
		});

		Post published = posts.create(practiceId, assistant, draft(PostCategory.PRACTICE_INFO,
				"Le cabinet est ouvert le samedi matin de 9 h à 12 h. Prenez rendez-vous au 04 78 00 12 34.",
				Instant.now(clock).plus(Duration.ofMinutes(2)), Network.SANDBOX));
		publishNow(practiceId, approve(practiceId, published, assistant, dentist));

		Post failed = posts.create(practiceId, assistant, draft(PostCategory.EQUIPMENT,
				"Notre salle de stérilisation a été rénovée pour votre sécurité.",
				Instant.now(clock).plus(Duration.ofMinutes(3)), Network.FACEBOOK));
		publishNow(practiceId, approve(practiceId, failed, assistant, dentist));

		slots.add(practiceId, assistant, DayOfWeek.TUESDAY, LocalTime.of(12, 30));
		slots.add(practiceId, assistant, DayOfWeek.THURSDAY, LocalTime.of(18, 0));
		LocalDate firstMonday = LocalDate.now(clock.withZone(ZoneId.of("Europe/Paris"))).plusMonths(1).withDayOfMonth(1)
			.with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
		var monthly = series.create(practiceId, assistant, draft(PostCategory.PREVENTION_EDU,
				"Le conseil du mois : passez le fil dentaire ou les brossettes chaque soir, avant le brossage.", null,
				Network.SANDBOX), new Recurrence(Recurrence.Frequency.MONTHLY_SAME_WEEKDAY, firstMonday.atTime(12, 30), null, 6));
		series.submit(practiceId, monthly.id(), assistant);
	}

	private Post approve(long practiceId, Post post, Actor assistant, Actor dentist) {
		posts.submit(practiceId, post.id(), assistant);
		return posts.approve(practiceId, post.id(), dentist, posts.contentHash(posts.get(practiceId, post.id())), false);
	}

	/** Runs the jobs now rather than in a few minutes, so the demo shows an outcome at once. */
	private void publishNow(long practiceId, Post post) {
		post.targets().forEach(t -> job.run(t.id()));
	}

	private static PostDraft draft(PostCategory category, String text, Instant at, Network... networks) {
		return new PostDraft(category, text, at,
				List.of(networks).stream().map(n -> new PostDraft.TargetDraft(n, null, null)).toList());
	}
}
