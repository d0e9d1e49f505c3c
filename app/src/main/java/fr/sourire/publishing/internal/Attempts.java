package fr.sourire.publishing.internal;

import fr.sourire.publishing.Network;
import fr.sourire.publishing.PublicationOutcome.Published;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** publication_attempt: what Sourire knows of each idempotency key sent to a real network (see V21). */
@Repository
class Attempts {

	record Attempt(String state, String platformId, String permalink, Instant startedAt) {

		boolean published() {
			return "PUBLISHED".equals(state);
		}

		/** Someone is sending it right now (or crashed doing so less than {@code lease} ago). */
		boolean inProgress(Instant now, java.time.Duration lease) {
			return "STARTED".equals(state) && startedAt.plus(lease).isAfter(now);
		}
	}

	private final JdbcClient jdbc;

	Attempts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Attempt> find(long practiceId, String key) {
		return jdbc.sql("select state, platform_id, permalink, started_at from publication_attempt where practice_id = ? and idempotency_key = ?")
			.params(practiceId, key)
			.query((rs, row) -> new Attempt(rs.getString(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant()))
			.optional();
	}

	/**
	 * Written (and committed) before the create call, so that a crash right after it leaves a trace to check. Only one
	 * caller can claim a key: the insert is guarded by the primary key, the re-claim of an ambiguous attempt by its
	 * previous start time. {@code false}: someone else is sending this publication right now.
	 */
	boolean claim(long practiceId, String key, Network network, Instant previousStart, Instant now) {
		if (previousStart != null) {
			return jdbc.sql("update publication_attempt set state = 'STARTED', started_at = ? where practice_id = ? and idempotency_key = ? and state <> 'PUBLISHED' and started_at = ?")
				.params(Timestamp.from(now), practiceId, key, Timestamp.from(previousStart)).update() == 1;
		}
		return jdbc.sql("""
				insert into publication_attempt (practice_id, idempotency_key, network, state, started_at)
				values (?, ?, ?, 'STARTED', ?) on conflict do nothing""")
			.params(practiceId, key, network.name(), Timestamp.from(now)).update() == 1;
	}

	void published(long practiceId, String key, Published published, Instant now) {
		jdbc.sql("update publication_attempt set state = 'PUBLISHED', platform_id = ?, permalink = ?, finished_at = ? where practice_id = ? and idempotency_key = ?")
			.params(published.platformId(), published.permalink(), Timestamp.from(now), practiceId, key).update();
	}

	/** The create call ended without a readable answer: the next attempt must look on the network first. */
	void unknown(long practiceId, String key) {
		jdbc.sql("update publication_attempt set state = 'UNKNOWN' where practice_id = ? and idempotency_key = ? and state = 'STARTED'")
			.params(practiceId, key).update();
	}

	/** The network answered clearly that nothing was created: the next call may send again. */
	void notCreated(long practiceId, String key) {
		jdbc.sql("delete from publication_attempt where practice_id = ? and idempotency_key = ? and state = 'STARTED'")
			.params(practiceId, key).update();
	}
}
