package fr.sourire.reputation;

import fr.sourire.audit.AuditJournal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Long CSV imports in the background. The file and its mapping are stored with the job; a recurring job imports
 * chunks of {@value #CHUNK} lines, each chunk and the new position committed together, so the page can show the
 * progress, the user can leave and come back, and a restart resumes after the last committed chunk. A chunk runs
 * with the job's row locked, so two nodes never import the same lines at once; importing is idempotent anyway.
 */
@Service
public class ReviewImportJobs {

	private static final Logger log = LoggerFactory.getLogger(ReviewImportJobs.class);
	static final int CHUNK = 500;
	private static final int REJECTED_KEPT = 50;

	private final JdbcClient jdbc;
	private final ReviewImports imports;
	private final TransactionTemplate transaction;
	private final AuditJournal journal;
	private final Clock clock;
	/** Parsed files of running jobs, so each chunk does not parse the whole file again; rebuilt after a restart. */
	private final Map<Long, List<List<String>>> parsed = new ConcurrentHashMap<>();

	ReviewImportJobs(JdbcClient jdbc, ReviewImports imports, TransactionTemplate transaction, AuditJournal journal,
			Clock clock) {
		this.jdbc = jdbc;
		this.imports = imports;
		this.transaction = transaction;
		this.journal = journal;
		this.clock = clock;
	}

	/** Checks the file and the mapping, then stores the job; the lines are imported in the background. */
	public ImportJob start(long practiceId, String csv, Map<String, Integer> mapping, String actor) {
		Map<String, Integer> checked = ReviewImports.checkMapping(mapping);
		int total = ReviewImports.parse(csv).size() - 1;
		Timestamp now = Timestamp.from(clock.instant());
		var key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into review_import_job (practice_id, created_by, state, csv, mapping, total, created_at, updated_at)
				values (?, ?, 'running', ?, ?, ?, ?, ?)""").param(practiceId).param(actor).param(csv).param(format(checked))
			.param(total).param(now).param(now).update(key, "id");
		long id = key.getKey().longValue();
		journal.record(practiceId, actor, "avis.import.lancé", Map.of("import", Long.toString(id), "lignes",
				Integer.toString(total)));
		return get(practiceId, id);
	}

	public ImportJob get(long practiceId, long jobId) {
		return find(practiceId, jobId).orElseThrow(() -> new ReviewNotFoundException("Cet import n’existe pas."));
	}

	public Optional<ImportJob> find(long practiceId, long jobId) {
		return jdbc.sql("select " + COLUMNS + " from review_import_job where id = ? and practice_id = ?").param(jobId)
			.param(practiceId).query(ReviewImportJobs::map).optional();
	}

	/** The practice's latest imports, newest first. */
	public List<ImportJob> recent(long practiceId, int limit) {
		return jdbc.sql("select " + COLUMNS + " from review_import_job where practice_id = ? order by id desc limit ?")
			.param(practiceId).param(limit).query(ReviewImportJobs::map).list();
	}

	/** Runs every unfinished import to its end, chunk by chunk (the recurring job; also after a restart). */
	public void resumeAll() {
		for (long id : jdbc.sql("select id from review_import_job where state = 'running' order by id").query(Long.class).list()) {
			try {
				while (importChunk(id)) {
					// each call commits one chunk
				}
			}
			catch (PessimisticLockingFailureException e) {
				// Another worker holds this import's row: it carries on, this one leaves it alone.
				log.info("CSV import {} is being imported elsewhere", id);
			}
			catch (RuntimeException e) {
				// An unexpected failure stops this import (and only this one) instead of retrying it forever.
				log.warn("CSV import {} stopped: {}", id, e.toString());
				jdbc.sql("update review_import_job set state = 'failed', error = ?, updated_at = ? where id = ?")
					.param("L’import s’est arrêté sur une erreur inattendue ; les lignes déjà importées sont conservées.")
					.param(Timestamp.from(clock.instant())).param(id).update();
			}
		}
	}

	/** Imports the next chunk of one job in one transaction; false when the job has nothing left to do. */
	boolean importChunk(long jobId) {
		return Boolean.TRUE.equals(transaction.execute(status -> {
			Optional<Locked> locked = jdbc.sql("""
					select practice_id, csv, mapping, total, position, rejected from review_import_job
					where id = ? and state = 'running' for update""").param(jobId)
				.query((rs, n) -> new Locked(rs.getLong(1), rs.getString(2), parseMapping(rs.getString(3)), rs.getInt(4),
						rs.getInt(5), rs.getString(6)))
				.optional();
			if (locked.isEmpty()) {
				parsed.remove(jobId);
				return false;
			}
			Locked job = locked.get();
			List<List<String>> lines;
			try {
				lines = parsed.computeIfAbsent(jobId, id -> ReviewImports.parse(job.csv()));
			}
			catch (ReputationException e) {
				jdbc.sql("update review_import_job set state = 'failed', error = ?, updated_at = ? where id = ?")
					.param(e.getMessage()).param(Timestamp.from(clock.instant())).param(jobId).update();
				return false;
			}
			int end = Math.min(job.total(), job.position() + CHUNK);
			int added = 0;
			int skipped = 0;
			List<String> rejected = new ArrayList<>();
			for (int n = job.position() + 1; n <= end; n++) {
				try {
					if (imports.importLine(job.practiceId(), lines.get(n), job.mapping())) {
						added++;
					}
					else {
						skipped++;
					}
				}
				catch (IllegalArgumentException | DateTimeParseException e) {
					rejected.add(ReviewImports.rejection(n, e));
				}
			}
			String kept = keep(job.rejected(), rejected);
			boolean done = end >= job.total();
			jdbc.sql("""
					update review_import_job set position = ?, added = added + ?, skipped = skipped + ?,
					  rejected_count = rejected_count + ?, rejected = ?, state = ?, updated_at = ? where id = ?""")
				.param(end).param(added).param(skipped).param(rejected.size()).param(kept).param(done ? "done" : "running")
				.param(Timestamp.from(clock.instant())).param(jobId).update();
			if (done) {
				parsed.remove(jobId);
				ImportJob finished = get(job.practiceId(), jobId);
				journal.record(job.practiceId(), finished.createdBy(), "avis.import", Map.of("import", Long.toString(jobId),
						"ajoutés", Integer.toString(finished.added()), "déjà présents", Integer.toString(finished.skipped()),
						"refusés", Integer.toString(finished.rejectedCount())));
			}
			return !done;
		}));
	}

	private record Locked(long practiceId, String csv, Map<String, Integer> mapping, int total, int position,
			String rejected) {
	}

	/** The first refused lines only: a bad file of 100 000 lines must not make a 100 000-line message. */
	private static String keep(String before, List<String> more) {
		List<String> all = new ArrayList<>(before.isEmpty() ? List.of() : Arrays.asList(before.split("\n")));
		more.stream().limit(Math.max(0, REJECTED_KEPT - all.size())).forEach(all::add);
		String joined = String.join("\n", all);
		return joined.length() > 4000 ? joined.substring(0, joined.lastIndexOf('\n', 4000)) : joined;
	}

	static String format(Map<String, Integer> mapping) {
		return mapping.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(","));
	}

	static Map<String, Integer> parseMapping(String s) {
		Map<String, Integer> mapping = new LinkedHashMap<>();
		for (String pair : s.split(",")) {
			String[] kv = pair.split("=");
			if (kv.length == 2) {
				mapping.put(kv[0], Integer.valueOf(kv[1]));
			}
		}
		return mapping;
	}

	private static final String COLUMNS = """
			id, practice_id, state, total, position, added, skipped, rejected_count, rejected, error, created_by,
			created_at, updated_at""";

	private static ImportJob map(ResultSet rs, int row) throws SQLException {
		String rejected = rs.getString("rejected");
		return new ImportJob(rs.getLong("id"), rs.getLong("practice_id"), rs.getString("state"), rs.getInt("total"),
				rs.getInt("position"), rs.getInt("added"), rs.getInt("skipped"), rs.getInt("rejected_count"),
				rejected.isEmpty() ? List.of() : List.of(rejected.split("\n")), rs.getString("error"),
				rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
	}
}
