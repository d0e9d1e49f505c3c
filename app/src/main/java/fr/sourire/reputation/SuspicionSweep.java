package fr.sourire.reputation;

import fr.sourire.reputation.internal.SuspicionScanner;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The suspicious-review scan of every practice at once (the nightly job) and what it found. All reviews come in one
 * query ordered by practice, streamed through a cursor; this thread reads while a second one scans the practice read
 * just before, so both cores work.
 */
@Service
public class SuspicionSweep {

	private static final int FETCH_SIZE = 5_000;
	private static final String ALL_REVIEWS = """
			select id, practice_id, author_name, anonymous, rating, comment, created_at from review
			where deleted = false order by practice_id, created_at, id""";
	private static final List<Review> END = List.of();

	private final DataSource dataSource;
	private final JdbcTemplate jdbcTemplate;
	private final JdbcClient jdbc;
	private final TransactionTemplate transaction;
	private final Clock clock;

	SuspicionSweep(DataSource dataSource, JdbcTemplate jdbcTemplate, JdbcClient jdbc, TransactionTemplate transaction,
			Clock clock) {
		this.dataSource = dataSource;
		this.jdbcTemplate = jdbcTemplate;
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.clock = clock;
	}

	/** What one scan of every practice went through. */
	public record Outcome(int practices, long reviews, long flagged) {
	}

	/** The last nightly scan of one practice: how many of its reviews have at least one reason. */
	public record LastScan(long practiceId, Instant scannedAt, int reviewCount, int flagged, int periods) {
	}

	/** Receives each practice's report, on the scanning thread, one practice after the other. */
	public interface Sink {
		void scanned(long practiceId, int reviewCount, SuspicionReport report);
	}

	/** Scans every practice's reviews (deleted ones left out), each report going to the sink. */
	public Outcome scanAll(Sink sink) {
		BlockingQueue<List<Review>> queue = new ArrayBlockingQueue<>(16);
		ExecutorService scanner = Executors.newSingleThreadExecutor(r -> new Thread(r, "suspicion-sweep"));
		try {
			Future<Outcome> scanning = scanner.submit(() -> {
				int practices = 0;
				long reviews = 0;
				long flagged = 0;
				for (List<Review> practice = queue.take(); practice != END; practice = queue.take()) {
					SuspicionReport report = SuspicionScanner.scan(practice);
					sink.scanned(practice.get(0).practiceId(), practice.size(), report);
					practices++;
					reviews += practice.size();
					flagged += report.reviews().size();
				}
				return new Outcome(practices, reviews, flagged);
			});
			read(queue, scanning);
			hand(END, queue, scanning);
			return scanning.get();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Suspicion scan interrupted", e);
		}
		catch (ExecutionException e) {
			throw new IllegalStateException("Suspicion scan failed", e.getCause());
		}
		finally {
			scanner.shutdownNow();
		}
	}

	private void read(BlockingQueue<List<Review>> queue, Future<Outcome> scanning)
			throws InterruptedException, ExecutionException {
		try (Connection c = dataSource.getConnection()) {
			boolean autoCommit = c.getAutoCommit();
			c.setAutoCommit(false); // PostgreSQL streams through a cursor only inside a transaction
			try (PreparedStatement query = c.prepareStatement(ALL_REVIEWS, ResultSet.TYPE_FORWARD_ONLY,
					ResultSet.CONCUR_READ_ONLY)) {
				query.setFetchSize(FETCH_SIZE);
				try (ResultSet rs = query.executeQuery()) {
					List<Review> practice = new ArrayList<>();
					while (rs.next()) {
						Review r = review(rs);
						if (!practice.isEmpty() && practice.get(0).practiceId() != r.practiceId()) {
							hand(practice, queue, scanning);
							practice = new ArrayList<>(practice.size());
						}
						practice.add(r);
					}
					if (!practice.isEmpty()) {
						hand(practice, queue, scanning);
					}
				}
			}
			finally {
				c.rollback();
				c.setAutoCommit(autoCommit);
			}
		}
		catch (SQLException e) {
			throw new IllegalStateException("Suspicion scan: reading the reviews failed", e);
		}
	}

	/** Only the columns the scan reads; the others are left empty. */
	private static Review review(ResultSet rs) throws SQLException {
		int stars = rs.getInt(5);
		Integer rating = rs.wasNull() ? null : stars;
		Instant created = rs.getTimestamp(7).toInstant();
		return new Review(rs.getLong(1), rs.getLong(2), "", "", rs.getString(3), rs.getBoolean(4), rating, rs.getString(6),
				created, created, false, created, null, null);
	}

	/** Waits for room in the queue, unless the scanning thread has stopped on an error (then rethrows it). */
	private static void hand(List<Review> practice, BlockingQueue<List<Review>> queue, Future<Outcome> scanning)
			throws InterruptedException, ExecutionException {
		while (!queue.offer(practice, 1, TimeUnit.SECONDS)) {
			if (scanning.isDone()) {
				scanning.get();
				throw new IllegalStateException("Suspicion scan stopped early");
			}
		}
	}

	/** The nightly job: scans every practice and replaces the stored results with what it found. */
	public Outcome scanAndStore() {
		Timestamp now = Timestamp.from(clock.instant());
		List<Object[]> flagged = new ArrayList<>();
		List<Object[]> scans = new ArrayList<>();
		Outcome outcome = scanAll((practiceId, reviewCount, report) -> {
			report.reviews().values().forEach(s -> flagged.add(new Object[] { s.reviewId(), practiceId, s.score(),
					Reviews.clip(String.join("\n", s.reasons()), 4000), now }));
			scans.add(new Object[] { practiceId, now, reviewCount, report.reviews().size(), report.periods().size() });
		});
		transaction.executeWithoutResult(status -> {
			jdbcTemplate.update("delete from review_suspicion");
			jdbcTemplate.update("delete from review_suspicion_scan");
			jdbcTemplate.batchUpdate("""
					insert into review_suspicion (review_id, practice_id, score, reasons, scanned_at)
					values (?, ?, ?, ?, ?)""", flagged);
			jdbcTemplate.batchUpdate("""
					insert into review_suspicion_scan (practice_id, scanned_at, review_count, flagged, periods)
					values (?, ?, ?, ?, ?)""", scans);
		});
		return outcome;
	}

	/** A review the last nightly scan found suspicious, with what the group dashboard shows of it. */
	public record StoredSuspicion(long practiceId, long reviewId, String authorName, Integer rating, Instant createdAt,
			int score, List<String> reasons) {
	}

	/** The most suspicious reviews of these practices at the last nightly scan, highest score then newest first. */
	public List<StoredSuspicion> mostSuspicious(Collection<Long> practiceIds, int limit) {
		if (practiceIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select s.practice_id, s.review_id, r.author_name, r.rating, r.created_at, s.score, s.reasons
				from review_suspicion s join review r on r.id = s.review_id
				where s.practice_id in (:ids) order by s.score desc, r.created_at desc, s.review_id limit :limit""")
			.param("ids", practiceIds).param("limit", limit)
			.query((rs, n) -> new StoredSuspicion(rs.getLong(1), rs.getLong(2), rs.getString(3),
					(Integer) rs.getObject(4, Integer.class), rs.getTimestamp(5).toInstant(), rs.getInt(6),
					List.of(rs.getString(7).split("\n"))))
			.list();
	}

	/** The last nightly scan of each of these practices (absent: never scanned, or no review then). */
	public Map<Long, LastScan> lastScans(Collection<Long> practiceIds) {
		if (practiceIds.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql("""
				select practice_id, scanned_at, review_count, flagged, periods from review_suspicion_scan
				where practice_id in (:ids)""").param("ids", practiceIds)
			.query((rs, n) -> new LastScan(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getInt(3), rs.getInt(4),
					rs.getInt(5)))
			.list().stream().collect(Collectors.toMap(LastScan::practiceId, s -> s));
	}
}
