package fr.sourire.practices;

import fr.sourire.audit.AuditJournal;
import fr.sourire.practices.internal.Secrets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Users, their memberships and roles, and invitations. */
@Service
public class Members {

	/** Long enough to resist guessing without imposing composition rules (CNIL recommendation for passwords alone). */
	public static final int MIN_PASSWORD_LENGTH = 12;

	private static final Duration INVITATION_VALIDITY = Duration.ofDays(7);

	private final JdbcClient jdbc;
	private final AuditJournal journal;
	private final PasswordEncoder passwords;

	Members(JdbcClient jdbc, AuditJournal journal, PasswordEncoder passwords) {
		this.jdbc = jdbc;
		this.journal = journal;
		this.passwords = passwords;
	}

	public List<Membership> membershipsOf(long userId) {
		return jdbc.sql("""
				select p.id, p.name, m.role from membership m join practice p on p.id = m.practice_id
				where m.user_id = ? order by p.name""")
			.param(userId)
			.query((rs, n) -> new Membership(rs.getLong(1), rs.getString(2), Role.valueOf(rs.getString(3))))
			.list();
	}

	public Optional<Role> roleOf(long userId, long practiceId) {
		return jdbc.sql("select role from membership where user_id = ? and practice_id = ?")
			.params(userId, practiceId)
			.query((rs, n) -> Role.valueOf(rs.getString(1)))
			.optional();
	}

	public List<Member> members(long practiceId) {
		return jdbc.sql("""
				select u.id, u.email, u.display_name, m.role, u.password_hash is not null as active
				from membership m join user_account u on u.id = m.user_id
				where m.practice_id = ? order by u.display_name""")
			.param(practiceId)
			.query((rs, n) -> new Member(rs.getLong(1), rs.getString(2), rs.getString(3), Role.valueOf(rs.getString(4)),
					rs.getBoolean(5)))
			.list();
	}

	public Optional<Long> findUserId(String email) {
		return jdbc.sql("select id from user_account where email = ?").param(normalise(email)).query(Long.class).optional();
	}

	/** Creates an account that can log in straight away (demo data, tests, first administrator). */
	@Transactional
	public long createUser(String email, String displayName, String rawPassword) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("insert into user_account (email, display_name, password_hash) values (?, ?, ?)")
			.params(normalise(email), displayName, rawPassword == null ? null : passwords.encode(rawPassword))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	@Transactional
	public void addMember(long practiceId, long userId, Role role, String actor) {
		jdbc.sql("insert into membership (practice_id, user_id, role) values (?, ?, ?)")
			.params(practiceId, userId, role.name()).update();
		journal.record(practiceId, actor, "member.added", Map.of("email", emailOf(userId), "role", role.name()));
	}

	/**
	 * Adds a person to the practice. Someone who already has an account simply gains the membership; someone new gets
	 * an account without password and an invitation link to choose one.
	 */
	@Transactional
	public Invitation invite(long practiceId, String email, String displayName, Role role, String actor) {
		String address = normalise(email);
		Optional<Long> existing = findUserId(address);
		if (existing.isPresent() && roleOf(existing.get(), practiceId).isPresent()) {
			throw new PracticeRuleViolation("member.already");
		}
		long userId = existing.orElseGet(() -> createUser(address, displayName.isBlank() ? address : displayName.trim(), null));
		jdbc.sql("insert into membership (practice_id, user_id, role) values (?, ?, ?)")
			.params(practiceId, userId, role.name()).update();
		journal.record(practiceId, actor, "member.invited", Map.of("email", address, "role", role.name()));
		boolean hasPassword = jdbc.sql("select password_hash is not null from user_account where id = ?")
			.param(userId).query(Boolean.class).single();
		if (hasPassword) {
			return new Invitation(address, role, null, false);
		}
		String secret = Secrets.newSecret("inv_");
		jdbc.sql("insert into invitation (token_hash, user_id, practice_id, expires_at) values (?, ?, ?, ?)")
			.params(Secrets.sha256(secret), userId, practiceId, OffsetDateTime.now(ZoneOffset.UTC).plus(INVITATION_VALIDITY))
			.update();
		return new Invitation(address, role, secret, true);
	}

	/** The e-mail and practice name of a valid, unused invitation. */
	public Optional<PendingInvitation> pendingInvitation(String secret) {
		return jdbc.sql("""
				select u.email, p.name from invitation i
				join user_account u on u.id = i.user_id join practice p on p.id = i.practice_id
				where i.token_hash = ? and i.accepted_at is null and i.expires_at > ? and u.password_hash is null""")
			.params(Secrets.sha256(secret), OffsetDateTime.now(ZoneOffset.UTC))
			.query((rs, n) -> new PendingInvitation(rs.getString(1), rs.getString(2)))
			.optional();
	}

	@Transactional
	public void acceptInvitation(String secret, String rawPassword) {
		if (rawPassword == null || rawPassword.length() < MIN_PASSWORD_LENGTH) {
			throw new PracticeRuleViolation("invitation.password.short");
		}
		var invitation = jdbc.sql("""
				select i.id, i.user_id, i.practice_id, u.email from invitation i join user_account u on u.id = i.user_id
				where i.token_hash = ? and i.accepted_at is null and i.expires_at > ? and u.password_hash is null""")
			.params(Secrets.sha256(secret), OffsetDateTime.now(ZoneOffset.UTC))
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2), rs.getLong(3) })
			.optional()
			.orElseThrow(PracticeNotFoundException::new);
		jdbc.sql("update user_account set password_hash = ? where id = ?")
			.params(passwords.encode(rawPassword), invitation[1]).update();
		jdbc.sql("update invitation set accepted_at = ? where id = ?")
			.params(OffsetDateTime.now(ZoneOffset.UTC), invitation[0]).update();
		journal.record(invitation[2], emailOf(invitation[1]), "member.invitation.accepted", Map.of());
	}

	@Transactional
	public void changeRole(long practiceId, long userId, Role role, String actor) {
		Role current = roleOf(userId, practiceId).orElseThrow(PracticeNotFoundException::new);
		if (current == role) {
			return;
		}
		if (current == Role.ADMIN) {
			requireAnotherAdmin(practiceId);
		}
		jdbc.sql("update membership set role = ? where practice_id = ? and user_id = ?")
			.params(role.name(), practiceId, userId).update();
		journal.record(practiceId, actor, "member.role.changed",
				Map.of("email", emailOf(userId), "from", current.name(), "to", role.name()));
	}

	@Transactional
	public void remove(long practiceId, long userId, String actor) {
		Role current = roleOf(userId, practiceId).orElseThrow(PracticeNotFoundException::new);
		if (current == Role.ADMIN) {
			requireAnotherAdmin(practiceId);
		}
		String email = emailOf(userId);
		jdbc.sql("update practitioner set user_id = null where practice_id = ? and user_id = ?").params(practiceId, userId).update();
		jdbc.sql("delete from membership where practice_id = ? and user_id = ?").params(practiceId, userId).update();
		journal.record(practiceId, actor, "member.removed", Map.of("email", email));
	}

	/** Journal entries name people by e-mail: ids mean nothing to whoever reads the journal. */
	private String emailOf(long userId) {
		return jdbc.sql("select email from user_account where id = ?").param(userId).query(String.class).single();
	}

	/** A practice must always keep someone able to manage it. */
	private void requireAnotherAdmin(long practiceId) {
		long admins = jdbc.sql("select count(*) from membership where practice_id = ? and role = 'ADMIN'")
			.param(practiceId).query(Long.class).single();
		if (admins <= 1) {
			throw new PracticeRuleViolation("member.lastAdmin");
		}
	}

	/** The user changes their own password, proving they know the current one. */
	@Transactional
	public void changePassword(AuthenticatedUser user, String currentPassword, String newPassword) {
		String stored = jdbc.sql("select password_hash from user_account where id = ?").param(user.id()).query(String.class).single();
		if (stored == null || currentPassword == null || !passwords.matches(currentPassword, stored)) {
			throw new PracticeRuleViolation("settings.password.wrong");
		}
		if (newPassword == null || newPassword.length() < MIN_PASSWORD_LENGTH) {
			throw new PracticeRuleViolation("settings.password.short");
		}
		jdbc.sql("update user_account set password_hash = ? where id = ?").params(passwords.encode(newPassword), user.id()).update();
		journal.record(null, user.email(), "password.changed", Map.of());
	}

	public String language(long userId) {
		return jdbc.sql("select language from user_account where id = ?").param(userId).query(String.class).optional().orElse("fr");
	}

	@Transactional
	public void setLanguage(long userId, String language) {
		jdbc.sql("update user_account set language = ? where id = ?").params("en".equals(language) ? "en" : "fr", userId).update();
	}

	private static String normalise(String email) {
		return email.trim().toLowerCase(Locale.ROOT);
	}

	/** What the invitation page shows before the invitee chooses a password. */
	public record PendingInvitation(String email, String practiceName) {
	}
}
