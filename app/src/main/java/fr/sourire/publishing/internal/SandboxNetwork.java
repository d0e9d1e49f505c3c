package fr.sourire.publishing.internal;

import fr.sourire.publishing.Publication;
import fr.sourire.publishing.PublicationOutcome;
import java.time.Clock;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sourire's pretend network: keeps what was "published" in its own table. Like a real network that honours
 * idempotency keys, a second call with the same key returns the first post instead of creating another one.
 */
@Component
class SandboxNetwork {

	private final JdbcClient jdbc;
	private final Clock clock;

	SandboxNetwork(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional
	PublicationOutcome publish(Publication publication) {
		var existing = jdbc.sql("select id from sandbox_post where practice_id = ? and idempotency_key = ?")
			.params(publication.practiceId(), publication.idempotencyKey()).query(Long.class).optional();
		long id = existing.orElseGet(() -> insert(publication));
		return new PublicationOutcome.Published("sandbox-" + id, "/bac-a-sable/" + id);
	}

	private long insert(Publication publication) {
		jdbc.sql("""
				insert into sandbox_post (practice_id, idempotency_key, text, first_comment, media_count, published_at)
				values (?, ?, ?, ?, ?, ?)""")
			.params(publication.practiceId(), publication.idempotencyKey(), publication.text(), publication.firstComment(),
					publication.media().size(), java.time.OffsetDateTime.ofInstant(Instant.now(clock), java.time.ZoneOffset.UTC))
			.update();
		return jdbc.sql("select id from sandbox_post where practice_id = ? and idempotency_key = ?")
			.params(publication.practiceId(), publication.idempotencyKey()).query(Long.class).single();
	}
}
