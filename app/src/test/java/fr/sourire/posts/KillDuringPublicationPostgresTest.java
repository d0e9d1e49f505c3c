package fr.sourire.posts;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import fr.sourire.support.FakeNetworks;
import fr.sourire.support.TestPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A real process killed (SIGKILL) while Facebook's create call is in flight, then a new process on the same PostgreSQL:
 * the post is on the fake network once, and marked published with the network's id. What makes it work:
 * db-scheduler revives the dead job (its heartbeat stopped), the publication attempt was committed as STARTED before the
 * call, and an attempt older than the lease is looked for on the network before anything is sent again.
 */
class KillDuringPublicationPostgresTest {

	/** Each process's output, shown when something times out. */
	private static final List<Path> LOGS = new ArrayList<>();

	@Test
	void killedDuringTheCreateCallThenRestartedPublishesExactlyOnce() throws Exception {
		var fake = new WireMockServer(options().dynamicPort());
		fake.start();
		Process first = null;
		Process second = null;
		try {
			FakeNetworks.warmUp(fake);
			facebook(fake);
			String url = ownDatabase("sourire_killed");
			long started = System.currentTimeMillis();

			first = launch(url, fake, "first", true);
			long postId = waitForPost(first);
			waitFor(() -> !fake.findAll(postRequestedFor(urlPathEqualTo("/v20.0/P1/feed"))).isEmpty(), 120, "the create call");
			first.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // SIGKILL while the fake holds its answer
			long killedAt = System.currentTimeMillis();

			// Facebook did create the post: its page now lists it.
			fake.stubFor(get(urlPathEqualTo("/v20.0/P1/posts")).willReturn(okJson("{\"data\":[{\"id\":\"P1_1\",\"message\":\""
					+ PublishingProcess.TEXT + "\",\"permalink_url\":\"https://fb/1\",\"created_time\":\""
					+ DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxx").format(Instant.now().atOffset(ZoneOffset.UTC)) + "\"}]}")));
			second = launch(url, fake, "second", false);
			try (Connection db = connect(url)) {
				waitFor(() -> "PUBLISHED".equals(state(db, postId)), 120, "the post to be marked published");
				assertThat(targetColumn(db, postId, "platform_id")).isEqualTo("P1_1");
				assertThat(targetColumn(db, postId, "status")).isEqualTo("PUBLISHED");
			}
			fake.verify(1, postRequestedFor(urlPathEqualTo("/v20.0/P1/feed")));
			System.out.printf("Killed during publication: first process to kill %d s, restart to published %d s%n",
					(killedAt - started) / 1000, (System.currentTimeMillis() - killedAt) / 1000);
		}
		finally {
			for (Process p : new Process[] { first, second }) {
				if (p != null) {
					p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
				}
			}
			fake.stop();
			for (Path log : LOGS) {
				Files.deleteIfExists(log);
			}
			LOGS.clear();
		}
	}

	private static void facebook(WireMockServer fake) {
		fake.stubFor(get(urlPathEqualTo("/v20.0/oauth/access_token")).willReturn(okJson("{\"access_token\":\"T\",\"expires_in\":5183944}")));
		fake.stubFor(get(urlPathEqualTo("/v20.0/me/permissions")).willReturn(okJson(
				"{\"data\":[{\"permission\":\"pages_manage_posts\",\"status\":\"granted\"}]}")));
		fake.stubFor(get(urlPathEqualTo("/v20.0/me/accounts")).willReturn(okJson(
				"{\"data\":[{\"access_token\":\"PT\",\"name\":\"Cabinet interrompu\",\"id\":\"P1\"}]}")));
		fake.stubFor(get(urlPathEqualTo("/v20.0/P1/posts")).willReturn(okJson("{\"data\":[]}")));
		// The answer never comes back in time: the process is killed while waiting for it.
		fake.stubFor(post(urlPathEqualTo("/v20.0/P1/feed")).willReturn(okJson("{\"id\":\"P1_1\"}").withFixedDelay(300_000)));
	}

	private static Process launch(String url, WireMockServer fake, String name, boolean setup) throws Exception {
		var pg = TestPostgres.connection();
		String base = fake.baseUrl();
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-XX:TieredStopAtLevel=1", "-Xshare:auto", "-cp", System.getProperty("java.class.path"),
				PublishingProcess.class.getName(),
				"--spring.datasource.url=" + url, "--spring.datasource.username=" + pg.user(),
				"--spring.datasource.password=" + pg.password(), "--sourire.demo.enabled=false", "--spring.jmx.enabled=false",
				"--logging.level.root=WARN", "--db-scheduler.scheduler-name=" + name, "--db-scheduler.polling-interval=1s",
				"--db-scheduler.heartbeat-interval=1s", "--db-scheduler.missed-heartbeats-limit=4",
				"--sourire.publishing.attempt-lease=2s", "--sourire.publishing.request-timeout=600s",
				"--sourire.public-base-url=https://sourire.example.fr",
				"--sourire.publishing.facebook.client-id=FB_APP", "--sourire.publishing.facebook.client-secret=FB_SECRET",
				"--sourire.publishing.facebook.authorize-url=" + base + "/v20.0/dialog/oauth",
				"--sourire.publishing.facebook.graph-url=" + base + "/v20.0"));
		if (setup) {
			command.add("--setup");
		}
		Path log = Files.createTempFile("sourire-" + name + "-", ".log");
		LOGS.add(log);
		return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
	}

	/** The id the first process printed once its post was approved. */
	private static long waitForPost(Process process) throws Exception {
		Path log = LOGS.get(0);
		var pattern = java.util.regex.Pattern.compile("SETUP-DONE post=(\\d+)");
		long[] id = { -1 };
		waitFor(() -> {
			if (!process.isAlive()) {
				throw new AssertionError("The first process stopped:\n" + Files.readString(log));
			}
			var matcher = pattern.matcher(Files.readString(log));
			if (matcher.find()) {
				id[0] = Long.parseLong(matcher.group(1));
			}
			return id[0] > 0;
		}, 180, "the first process's setup");
		return id[0];
	}

	private interface Condition {
		boolean met() throws Exception;
	}

	private static void waitFor(Condition condition, int seconds, String what) throws Exception {
		long deadline = System.currentTimeMillis() + seconds * 1000L;
		while (!condition.met()) {
			if (System.currentTimeMillis() > deadline) {
				var output = new StringBuilder();
				for (Path log : LOGS) {
					output.append("\n--- ").append(log).append('\n').append(Files.readString(log));
				}
				throw new AssertionError("Timed out waiting for " + what + output);
			}
			Thread.sleep(200);
		}
	}

	private static String state(Connection db, long postId) throws Exception {
		try (var statement = db.prepareStatement("select state from post where id = ?")) {
			statement.setLong(1, postId);
			try (var rs = statement.executeQuery()) {
				return rs.next() ? rs.getString(1) : null;
			}
		}
	}

	private static String targetColumn(Connection db, long postId, String column) throws Exception {
		try (var statement = db.prepareStatement("select " + column + " from post_target where post_id = ?")) {
			statement.setLong(1, postId);
			try (var rs = statement.executeQuery()) {
				rs.next();
				return rs.getString(1);
			}
		}
	}

	private static Connection connect(String url) throws Exception {
		var pg = TestPostgres.connection();
		return DriverManager.getConnection(url, pg.user(), pg.password());
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
