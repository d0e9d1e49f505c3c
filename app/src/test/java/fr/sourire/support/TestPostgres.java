package fr.sourire.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real PostgreSQL for tests, started once per JVM, without Docker:
 * <ol>
 * <li>{@code SOURIRE_TEST_PG_URL} when set (a server you run yourself; user {@code SOURIRE_TEST_PG_USER}, default
 * postgres, password {@code SOURIRE_TEST_PG_PASSWORD});</li>
 * <li>otherwise zonky's embedded PostgreSQL, unless running as root: initdb refuses root;</li>
 * <li>as root (CI, this machine), Debian's PostgreSQL binaries ({@code apt-get install postgresql}) run as the
 * {@code postgres} system user through runuser, in a throw-away directory removed at JVM exit.</li>
 * </ol>
 */
public final class TestPostgres {

	private static Connection connection;

	private TestPostgres() {
	}

	public record Connection(String url, String user, String password) {
	}

	public static synchronized Connection connection() {
		if (connection == null) {
			connection = start();
		}
		return connection;
	}

	private static Connection start() {
		String url = System.getenv("SOURIRE_TEST_PG_URL");
		if (url != null && !url.isBlank()) {
			return new Connection(url, envOr("SOURIRE_TEST_PG_USER", "postgres"), envOr("SOURIRE_TEST_PG_PASSWORD", ""));
		}
		return isRoot() ? startDebianAsPostgresUser() : startZonky();
	}

	private static Connection startZonky() {
		try {
			EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					postgres.close();
				}
				catch (IOException ignored) {
					// The JVM is exiting; the temporary cluster is gone with it.
				}
			}));
			return new Connection(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
		}
	}

	private static Connection startDebianAsPostgresUser() {
		Path bin = debianBinaries();
		try {
			Path dir = Files.createTempDirectory("sourire-pg-");
			Path data = dir.resolve("data");
			run("chown", "postgres:postgres", dir.toString());
			asPostgres(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", "postgres", "--auth=trust",
					"-E", "UTF8", "--locale=C", "--no-sync");
			int port = freePort();
			asPostgres(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", dir.resolve("server.log").toString(),
					"-w", "-t", "60", "-o", "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off "
							+ "-c synchronous_commit=off -c full_page_writes=off",
					"start");
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					asPostgres(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "-w", "stop");
				}
				catch (RuntimeException ignored) {
					// Best effort: the directory is removed below either way.
				}
				deleteRecursively(dir);
			}));
			return new Connection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", "postgres", "");
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not prepare a PostgreSQL data directory", e);
		}
	}

	/** The newest /usr/lib/postgresql/&lt;version&gt;/bin that has initdb. */
	private static Path debianBinaries() {
		try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
			return versions.map(version -> version.resolve("bin"))
				.filter(bin -> Files.isExecutable(bin.resolve("initdb")))
				.max(Comparator.comparingInt(bin -> Integer.parseInt(bin.getParent().getFileName().toString().replaceAll("\\D", "0"))))
				.orElseThrow();
		}
		catch (IOException | RuntimeException e) {
			throw new IllegalStateException("Running as root: PostgreSQL tests need Debian's PostgreSQL binaries "
					+ "(apt-get install postgresql) or SOURIRE_TEST_PG_URL", e);
		}
	}

	private static void asPostgres(String... command) {
		List<String> full = new ArrayList<>(List.of("runuser", "-u", "postgres", "--"));
		full.addAll(List.of(command));
		run(full.toArray(String[]::new));
	}

	private static void run(String... command) {
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			String output = new String(process.getInputStream().readAllBytes());
			if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
				throw new IllegalStateException("Command failed: " + String.join(" ", command) + "\n" + output);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	private static boolean isRoot() {
		try {
			Process process = new ProcessBuilder("id", "-u").start();
			return "0".equals(new String(process.getInputStream().readAllBytes()).trim());
		}
		catch (IOException e) {
			return "root".equals(System.getProperty("user.name"));
		}
	}

	private static int freePort() throws IOException {
		try (var socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static void deleteRecursively(Path dir) {
		try (Stream<Path> paths = Files.walk(dir)) {
			paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
		catch (IOException ignored) {
			// Temporary directory: the OS cleans it eventually.
		}
	}

	private static String envOr(String name, String fallback) {
		String value = System.getenv(name);
		return value == null ? fallback : value;
	}
}
