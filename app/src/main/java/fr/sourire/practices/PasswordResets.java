package fr.sourire.practices;

import fr.sourire.audit.AuditJournal;
import fr.sourire.practices.internal.Secrets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A forgotten password: a one-hour, single-use link sent to the account's address. Whether an address has an account is
 * never revealed to the person asking, and at most {@link #MAX_REQUESTS_PER_HOUR} links are sent per account and hour
 * so that the form cannot be used to flood someone's mailbox.
 */
@Service
public class PasswordResets {

	static final Duration VALIDITY = Duration.ofHours(1);

	static final int MAX_REQUESTS_PER_HOUR = 3;

	private final JdbcClient jdbc;
	private final PasswordEncoder passwords;
	private final AuditJournal journal;
	private final Clock clock;

	PasswordResets(JdbcClient jdbc, PasswordEncoder passwords, AuditJournal journal, Clock clock) {
		this.jdbc = jdbc;
		this.passwords = passwords;
		this.journal = journal;
		this.clock = clock;
	}

	/** The link's secret to e-mail to {@code email}, or empty (no such active account, or too many requests). */
	@Transactional
	public Optional<ResetLink> request(String email) {
		String address = email == null ? "" : email.trim().toLowerCase(java.util.Locale.ROOT);
		Optional<Long> userId = jdbc.sql("select id from user_account where email = ? and password_hash is not null")
			.param(address).query(Long.class).optional();
		if (userId.isEmpty()) {
			return Optional.empty();
		}
		Instant now = clock.instant();
		int recent = jdbc.sql("select count(*) from password_reset where user_id = ? and requested_at > ?")
			.params(userId.get(), utc(now.minus(Duration.ofHours(1)))).query(Integer.class).single();
		if (recent >= MAX_REQUESTS_PER_HOUR) {
			return Optional.empty();
		}
		String secret = Secrets.newSecret("mdp_");
		jdbc.sql("insert into password_reset (token_hash, user_id, requested_at, expires_at) values (?, ?, ?, ?)")
			.params(Secrets.sha256(secret), userId.get(), utc(now), utc(now.plus(VALIDITY))).update();
		journal.record(null, address, "password.reset.requested", Map.of());
		return Optional.of(new ResetLink(address, secret));
	}

	/** Whether the link is still usable (unused, not expired). */
	public boolean valid(String secret) {
		return pending(secret).isPresent();
	}

	/**
	 * Sets the new password and spends the link, with every other link of the account. A used, expired or unknown link
	 * throws {@link PracticeRuleViolation} {@code reset.invalid}.
	 */
	@Transactional
	public void reset(String secret, String newPassword) {
		long userId = pending(secret).orElseThrow(() -> new PracticeRuleViolation("reset.invalid"));
		if (newPassword == null || newPassword.length() < Members.MIN_PASSWORD_LENGTH) {
			throw new PracticeRuleViolation("invitation.password.short");
		}
		jdbc.sql("update user_account set password_hash = ? where id = ?").params(passwords.encode(newPassword), userId).update();
		jdbc.sql("update password_reset set used_at = ? where user_id = ? and used_at is null").params(utc(clock.instant()), userId)
			.update();
		String email = jdbc.sql("select email from user_account where id = ?").param(userId).query(String.class).single();
		journal.record(null, email, "password.reset", Map.of());
	}

	private Optional<Long> pending(String secret) {
		if (secret == null || secret.isBlank()) {
			return Optional.empty();
		}
		return jdbc.sql("select user_id from password_reset where token_hash = ? and used_at is null and expires_at > ?")
			.params(Secrets.sha256(secret), utc(clock.instant())).query(Long.class).optional();
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	/** Who to write to, and the secret that goes into the link (shown nowhere else). */
	public record ResetLink(String email, String secret) {

		@Override
		public String toString() {
			return "ResetLink[" + email + "]";
		}
	}
}
