package fr.sourire.posts;

import static org.assertj.core.api.Assertions.assertThat;

import fr.sourire.engine.PostCategory;
import fr.sourire.practices.Members;
import fr.sourire.practices.PracticeDetails;
import fr.sourire.practices.Practices;
import fr.sourire.practices.Role;
import fr.sourire.publishing.Network;
import fr.sourire.support.PostgresTest;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** On PostgreSQL, posts added to the queue at the same moment each take their own slot. */
@PostgresTest
class QueuePostgresTest {

	@Autowired
	Posts posts;

	@Autowired
	PostSlots slots;

	@Autowired
	Practices practices;

	@Autowired
	Members members;

	@Test
	void postsQueuedAtOnceTakeDistinctSlots() throws Exception {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		long practiceId = practices.create(new PracticeDetails("Cabinet file " + tag, "1 rue A, 69001 Lyon", "04 00 00 00 00",
				"a@exemple.fr", "FR", ""), "test").id();
		long userId = members.createUser("file-" + tag + "@exemple.fr", "Assistante", "mot-de-passe-solide");
		members.addMember(practiceId, userId, Role.ASSISTANT, "test");
		var assistant = new Actor(userId, "Assistante", Role.ASSISTANT);
		slots.add(practiceId, assistant, DayOfWeek.TUESDAY, LocalTime.of(12, 30));
		slots.add(practiceId, assistant, DayOfWeek.THURSDAY, LocalTime.of(18, 0));
		var tasks = new ArrayList<Callable<Instant>>();
		for (int i = 0; i < 6; i++) {
			long postId = posts.create(practiceId, assistant, new PostDraft(PostCategory.PREVENTION_EDU, "Conseil " + i,
					null, List.of(new PostDraft.TargetDraft(Network.SANDBOX, null, null)))).id();
			tasks.add(() -> slots.queue(practiceId, postId, assistant).scheduledAt());
		}
		var pool = Executors.newFixedThreadPool(6);
		try {
			var times = new ArrayList<Instant>();
			for (var future : pool.invokeAll(tasks)) {
				times.add(future.get());
			}
			assertThat(times).doesNotHaveDuplicates().hasSize(6);
		}
		finally {
			pool.shutdown();
		}
	}
}
