package fr.sourire.posts;

import static org.assertj.core.api.Assertions.assertThat;

import fr.sourire.SourireApplication;
import fr.sourire.engine.PostCategory;
import fr.sourire.practices.Members;
import fr.sourire.practices.PracticeDetails;
import fr.sourire.practices.Practices;
import fr.sourire.practices.Role;
import fr.sourire.publishing.Network;
import fr.sourire.publishing.PublicationOutcome;
import fr.sourire.publishing.Publisher;
import fr.sourire.support.TestPostgres;
import java.sql.DriverManager;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two Sourire instances (two Spring contexts, each with its db-scheduler) on one PostgreSQL database: every scheduled
 * post reaches the network exactly once. Calls are counted before the sandbox, so a duplicate would show even though
 * the sandbox itself would absorb it.
 */
class TwoInstancesPostgresTest {

	static final Map<String, AtomicInteger> CALLS = new ConcurrentHashMap<>();
	static final Map<String, String> CALLED_BY = new ConcurrentHashMap<>();

	/** Registered as a source of each instance (not scanned). */
	static class CountingPublisher {

		@Bean
		@Primary
		Publisher counting(@Qualifier("networkPublisher") Publisher delegate,
				org.springframework.core.env.Environment environment) {
			return publication -> {
				CALLS.computeIfAbsent(publication.idempotencyKey(), k -> new AtomicInteger()).incrementAndGet();
				CALLED_BY.put(publication.idempotencyKey(), environment.getProperty("db-scheduler.scheduler-name"));
				PublicationOutcome outcome = delegate.publish(publication);
				return outcome;
			};
		}
	}

	@Test
	void twoInstancesPublishEachScheduledPostExactlyOnce() throws Exception {
		String url = ownDatabase("sourire_two_instances");
		try (ConfigurableApplicationContext a = start(url, "instance-a"); ConfigurableApplicationContext b = start(url, "instance-b")) {
			Practices practices = a.getBean(Practices.class);
			Members members = a.getBean(Members.class);
			Posts posts = a.getBean(Posts.class);
			var practice = practices.create(new PracticeDetails("Cabinet des deux instances", "1 rue A, 69001 Lyon",
					"04 00 00 00 00", "a@exemple.fr", "FR", ""), "test");
			long assistantId = members.createUser("assistante@deux.fr", "Assistante", "mot-de-passe-solide");
			long dentistId = members.createUser("dentiste@deux.fr", "Dentiste", "mot-de-passe-solide");
			members.addMember(practice.id(), assistantId, Role.ASSISTANT, "test");
			members.addMember(practice.id(), dentistId, Role.DENTIST, "test");
			var assistant = new Actor(assistantId, "Assistante", Role.ASSISTANT);
			var dentist = new Actor(dentistId, "Dentiste", Role.DENTIST);

			int count = 12;
			Instant at = Instant.now().plusSeconds(10).truncatedTo(ChronoUnit.SECONDS);
			var ids = new ArrayList<Long>();
			for (int i = 0; i < count; i++) {
				Post post = posts.create(practice.id(), assistant, new PostDraft(PostCategory.PREVENTION_EDU,
						"Conseil numéro " + i + " : brossez-vous les dents deux minutes.", at,
						List.of(new PostDraft.TargetDraft(Network.SANDBOX, null, null))));
				posts.submit(practice.id(), post.id(), assistant);
				posts.approve(practice.id(), post.id(), dentist, posts.contentHash(posts.get(practice.id(), post.id())), false);
				ids.add(post.id());
			}

			long deadline = System.currentTimeMillis() + 90_000;
			while (System.currentTimeMillis() < deadline
					&& !ids.stream().allMatch(id -> posts.get(practice.id(), id).state() == PostState.PUBLISHED)) {
				Thread.sleep(500);
			}
			assertThat(ids).allMatch(id -> posts.get(practice.id(), id).state() == PostState.PUBLISHED);
			var keys = ids.stream().map(id -> posts.get(practice.id(), id)).map(p -> fr.sourire.posts.internal.ContentHash
				.idempotencyKey(p.approvedHash(), "SANDBOX")).toList();
			assertThat(keys).allSatisfy(k -> assertThat(CALLS.get(k)).as("calls for " + k).hasValue(1));
			assertThat(a.getBean(JdbcClient.class).sql("select count(*) from sandbox_post where practice_id = ?")
				.param(practice.id()).query(Long.class).single()).isEqualTo(count);
			assertThat(a.getBean(JdbcClient.class).sql("select version()").query(String.class).single()).contains("PostgreSQL");
			System.out.println("Two instances: published by " + keys.stream().map(CALLED_BY::get).toList());
		}
	}

	private static ConfigurableApplicationContext start(String url, String name) {
		var pg = TestPostgres.connection();
		// Command-line arguments, not default properties: those would lose to the tests' config/application.properties (H2).
		return new SpringApplicationBuilder(SourireApplication.class, CountingPublisher.class)
			.run("--spring.datasource.url=" + url, "--spring.datasource.username=" + pg.user(),
					"--spring.datasource.password=" + pg.password(), "--server.port=0", "--db-scheduler.scheduler-name=" + name,
					"--db-scheduler.polling-interval=1s", "--sourire.demo.enabled=false", "--spring.jmx.enabled=false",
					"--logging.level.root=WARN");
	}

	/** A database of its own in the test cluster, so that other test contexts' schedulers never see these jobs. */
	private static String ownDatabase(String name) throws Exception {
		var pg = TestPostgres.connection();
		try (var connection = DriverManager.getConnection(pg.url(), pg.user(), pg.password());
				var statement = connection.createStatement()) {
			statement.execute("drop database if exists " + name);
			statement.execute("create database " + name);
		}
		return pg.url().replaceFirst("/postgres(\\?|$)", "/" + name + "$1");
	}
}
