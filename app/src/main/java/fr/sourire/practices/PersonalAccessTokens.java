package fr.sourire.practices;

import fr.sourire.audit.AuditJournal;
import fr.sourire.practices.internal.Secrets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal access tokens for the API. A token acts as its owner, with the owner's memberships and roles; only its
 * SHA-256 is stored, so a leaked database does not leak usable tokens.
 */
@Service
public class PersonalAccessTokens {

	private static final String PREFIX = "srr_";

	private final JdbcClient jdbc;
	private final AuditJournal journal;

	PersonalAccessTokens(JdbcClient jdbc, AuditJournal journal) {
		this.jdbc = jdbc;
		this.journal = journal;
	}

	@Transactional
	public IssuedToken create(AuthenticatedUser owner, String name) {
		String secret = Secrets.newSecret(PREFIX);
		return store(owner.id(), owner.email(), name, secret);
	}

	/** Registers a chosen secret: only for the demo's well-known tokens. */
	@Transactional
	IssuedToken createWellKnown(long userId, String actor, String name, String secret) {
		return store(userId, actor, name, secret);
	}

	private IssuedToken store(long userId, String actor, String name, String secret) {
		String cleanName = name == null || name.isBlank() ? "API" : name.trim();
		var keys = new GeneratedKeyHolder();
		jdbc.sql("insert into personal_access_token (user_id, name, token_hash, hint) values (?, ?, ?, ?)")
			.params(userId, cleanName, Secrets.sha256(secret), secret.substring(0, Math.min(8, secret.length())))
			.update(keys, "id");
		long id = keys.getKey().longValue();
		journal.record(null, actor, "token.created", Map.of("tokenId", Long.toString(id), "name", cleanName));
		return new IssuedToken(id, cleanName, secret);
	}

	public List<PersonalAccessToken> list(long userId) {
		return jdbc.sql("""
				select id, name, hint, created_at, last_used_at, revoked_at from personal_access_token
				where user_id = ? order by revoked_at desc, created_at desc""")
			.param(userId)
			.query((rs, n) -> new PersonalAccessToken(rs.getLong(1), rs.getString(2), rs.getString(3),
					instant(rs.getObject(4, OffsetDateTime.class)), instant(rs.getObject(5, OffsetDateTime.class)),
					instant(rs.getObject(6, OffsetDateTime.class))))
			.list();
	}

	@Transactional
	public void revoke(AuthenticatedUser owner, long tokenId) {
		int revoked = jdbc.sql("update personal_access_token set revoked_at = ? where id = ? and user_id = ? and revoked_at is null")
			.params(OffsetDateTime.now(ZoneOffset.UTC), tokenId, owner.id())
			.update();
		if (revoked == 0) {
			throw new TokenNotFoundException();
		}
		journal.record(null, owner.email(), "token.revoked", Map.of("tokenId", Long.toString(tokenId)));
	}

	/** The owner of an active token, for an API request. */
	@Transactional
	public Optional<AuthenticatedUser> authenticate(String secret) {
		if (secret == null || secret.isBlank()) {
			return Optional.empty();
		}
		String hash = Secrets.sha256(secret.trim());
		var owner = jdbc.sql("""
				select u.id, u.email, u.display_name from personal_access_token t join user_account u on u.id = t.user_id
				where t.token_hash = ? and t.revoked_at is null""")
			.param(hash)
			.query((rs, n) -> new AuthenticatedUser(rs.getLong(1), rs.getString(2), rs.getString(3), null))
			.optional();
		owner.ifPresent(user -> jdbc.sql("update personal_access_token set last_used_at = ? where token_hash = ?")
			.params(OffsetDateTime.now(ZoneOffset.UTC), hash).update());
		return owner;
	}

	private static Instant instant(OffsetDateTime value) {
		return value == null ? null : value.toInstant();
	}
}
