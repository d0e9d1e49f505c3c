package fr.sourire.audit.internal;

import fr.sourire.audit.AuditEntry;
import fr.sourire.audit.AuditVerification;
import fr.sourire.audit.AuditVerification.Kind;
import fr.sourire.audit.AuditVerification.Problem;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Storage and verification of the hash chains (tables audit_chain and audit_entry). */
@Component
public class AuditLedger {

	private static final String PLATFORM = fr.sourire.audit.AuditJournal.PLATFORM;

	private final JdbcClient jdbc;

	AuditLedger(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional
	public void append(Long practiceId, String actor, String action, Map<String, String> details) {
		String chain = practiceId == null ? PLATFORM : practiceId.toString();
		// Lock the chain's head so concurrent appends to one practice are serialised and never fork the chain.
		var head = jdbc.sql("select last_seq, last_hash from audit_chain where chain_key = ? for update")
			.param(chain)
			.query((rs, n) -> new Head(rs.getLong(1), rs.getString(2)))
			.optional()
			.orElseGet(() -> createHead(chain));
		long seq = head.seq() + 1;
		// PostgreSQL keeps microseconds: truncate so the value hashed is the value read back.
		Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
		String serialisedDetails = ChainHasher.serialise(new TreeMap<>(details));
		String hash = ChainHasher.hash(chain, seq, practiceId, at, actor, action, serialisedDetails, head.hash());
		jdbc.sql("""
				insert into audit_entry (chain_key, seq, practice_id, occurred_at, actor, action, details, prev_hash, hash)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(chain, seq, practiceId, OffsetDateTime.ofInstant(at, ZoneOffset.UTC), actor, action,
					serialisedDetails, head.hash(), hash)
			.update();
		jdbc.sql("update audit_chain set last_seq = ?, last_hash = ? where chain_key = ?").params(seq, hash, chain).update();
	}

	private Head createHead(String chain) {
		try {
			jdbc.sql("insert into audit_chain (chain_key, last_seq, last_hash) values (?, 0, ?)")
				.params(chain, ChainHasher.GENESIS)
				.update();
		}
		catch (DuplicateKeyException raceLost) {
			// Another transaction created the chain first: lock and use it.
			return jdbc.sql("select last_seq, last_hash from audit_chain where chain_key = ? for update")
				.param(chain)
				.query((rs, n) -> new Head(rs.getLong(1), rs.getString(2)))
				.single();
		}
		return new Head(0, ChainHasher.GENESIS);
	}

	@Transactional(readOnly = true)
	public List<AuditEntry> recent(long practiceId, int limit) {
		return jdbc.sql("select * from audit_entry where chain_key = ? order by seq desc limit ?")
			.params(Long.toString(practiceId), limit)
			.query((rs, n) -> toEntry(new Row(rs)))
			.list();
	}

	/** @param practiceId the only chain to verify, or null for all of them */
	@Transactional(readOnly = true)
	public AuditVerification verify(Long practiceId) {
		List<Head> heads = new ArrayList<>();
		List<String> chains = new ArrayList<>();
		var headQuery = practiceId == null ? jdbc.sql("select * from audit_chain order by chain_key")
				: jdbc.sql("select * from audit_chain where chain_key = ?").param(practiceId.toString());
		headQuery.query(rs -> {
			chains.add(rs.getString("chain_key"));
			heads.add(new Head(rs.getLong("last_seq"), rs.getString("last_hash")));
		});
		// Entries whose chain has lost its head row are checked too, and reported as altered.
		var orphanQuery = jdbc.sql(practiceId == null
				? "select distinct chain_key from audit_entry where chain_key not in (select chain_key from audit_chain)"
				: "select distinct chain_key from audit_entry where chain_key = ? and chain_key not in (select chain_key from audit_chain)");
		if (practiceId != null) {
			orphanQuery = orphanQuery.param(practiceId.toString());
		}
		for (String orphan : orphanQuery.query(String.class).list()) {
			chains.add(orphan);
			heads.add(null);
		}
		int checked = 0;
		List<Problem> problems = new ArrayList<>();
		for (int i = 0; i < chains.size(); i++) {
			checked += verifyChain(chains.get(i), heads.get(i), problems);
		}
		return new AuditVerification(checked, problems.stream().distinct().toList());
	}

	private int verifyChain(String chain, Head head, List<Problem> problems) {
		Long practiceId = PLATFORM.equals(chain) ? null : Long.valueOf(chain);
		List<Row> rows = jdbc.sql("select * from audit_entry where chain_key = ? order by seq")
			.param(chain)
			.query((rs, n) -> new Row(rs))
			.list();
		long expectedSeq = 1;
		String previousHash = ChainHasher.GENESIS;
		for (Row row : rows) {
			if (row.seq > expectedSeq) {
				for (long gone = expectedSeq; gone < row.seq; gone++) {
					problems.add(new Problem(practiceId, gone, Kind.MISSING));
				}
			}
			else if (!row.prevHash.equals(previousHash)) {
				// The previous entry was rewritten together with its hash: its successor still remembers the original.
				problems.add(new Problem(practiceId, row.seq - 1, Kind.ALTERED));
			}
			String recomputed = ChainHasher.hash(chain, row.seq, row.practiceId, row.occurredAt, row.actor, row.action,
					row.details, row.prevHash);
			if (!recomputed.equals(row.hash)) {
				problems.add(new Problem(practiceId, row.seq, Kind.ALTERED));
			}
			expectedSeq = row.seq + 1;
			previousHash = row.hash;
		}
		if (head == null) {
			problems.add(new Problem(practiceId, 1, Kind.ALTERED));
		}
		else if (head.seq() >= expectedSeq) {
			problems.add(new Problem(practiceId, expectedSeq, Kind.TRUNCATED));
		}
		else if (head.seq() < expectedSeq - 1) {
			// Entries beyond the recorded head were not written by Sourire.
			problems.add(new Problem(practiceId, head.seq() + 1, Kind.ALTERED));
		}
		else if (!head.hash().equals(previousHash)) {
			problems.add(new Problem(practiceId, head.seq(), Kind.ALTERED));
		}
		return rows.size();
	}

	private static AuditEntry toEntry(Row row) {
		return new AuditEntry(row.seq, row.practiceId, row.occurredAt, row.actor, row.action,
				ChainHasher.parse(row.details));
	}

	private record Head(long seq, String hash) {
	}

	/** A raw journal row, read as stored so that verification hashes exactly what is in the database. */
	private static final class Row {

		final long seq;
		final Long practiceId;
		final Instant occurredAt;
		final String actor;
		final String action;
		final String details;
		final String prevHash;
		final String hash;

		Row(java.sql.ResultSet rs) throws java.sql.SQLException {
			seq = rs.getLong("seq");
			long practice = rs.getLong("practice_id");
			practiceId = rs.wasNull() ? null : practice;
			occurredAt = rs.getObject("occurred_at", OffsetDateTime.class).toInstant();
			actor = rs.getString("actor");
			action = rs.getString("action");
			details = rs.getString("details");
			prevHash = rs.getString("prev_hash");
			hash = rs.getString("hash");
		}
	}
}
