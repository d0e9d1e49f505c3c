package fr.sourire.practices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.sourire.audit.AuditJournal;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Migrations and data access of the practices module, run on H2 and on PostgreSQL. */
abstract class PracticesDataContract {

	@Autowired
	Practices practices;

	@Autowired
	Members members;

	@Autowired
	PersonalAccessTokens tokens;

	@Autowired
	AuditJournal journal;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	PasswordEncoder passwords;

	String unique;
	Practice practice;
	long adminId;

	@BeforeEach
	void newPracticeWithAdmin() {
		unique = UUID.randomUUID().toString().substring(0, 8);
		practice = practices.create(new PracticeDetails("Cabinet " + unique, "1 rue A, 69001 Lyon", "04 00 00 00 00",
				"c@" + unique + ".fr", null, ""), "test");
		adminId = members.createUser("Admin." + unique + "@Exemple.fr", "Admin " + unique, "mot-de-passe-solide");
		members.addMember(practice.id(), adminId, Role.ADMIN, "test");
	}

	@Test
	void migrationsAreApplied() {
		assertThat(jdbc.sql("select count(*) from flyway_schema_history where success").query(Long.class).single())
			.isGreaterThanOrEqualTo(2);
	}

	@Test
	void practiceIsStoredAndUpdated() {
		assertThat(practice.jurisdiction()).isEqualTo("FR");
		practices.update(practice.id(), new PracticeDetails("Nouveau nom " + unique, "2 rue B", "", "", "FR",
				"https://exemple.fr/honoraires"), "admin");
		Practice updated = practices.get(practice.id());
		assertThat(updated.name()).isEqualTo("Nouveau nom " + unique);
		assertThat(updated.feesPageUrl()).isEqualTo("https://exemple.fr/honoraires");
		assertThat(journal.recent(practice.id(), 1).get(0).details())
			.containsEntry("name", "Nouveau nom " + unique).doesNotContainKey("jurisdiction");
		assertThat(journal.verify(practice.id()).intact()).isTrue();
	}

	@Test
	void practitionersHaveValidRppsAndRealSpecialties() {
		practices.addPractitioner(practice.id(), new NewPractitioner("Dr A", "101 0000 0001", Set.of(Specialty.ODF, Specialty.MBD), adminId), "admin");
		assertThat(practices.practitioners(practice.id())).singleElement().satisfies(p -> {
			assertThat(p.rpps().value()).isEqualTo("10100000001");
			assertThat(p.specialties()).containsExactlyInAnyOrder(Specialty.ODF, Specialty.MBD);
			assertThat(p.userId()).isEqualTo(adminId);
		});
		assertThatThrownBy(() -> practices.addPractitioner(practice.id(), new NewPractitioner("Dr B", "10100000001", Set.of(), null), "admin"))
			.isInstanceOf(PracticeRuleViolation.class);
		assertThatThrownBy(() -> practices.addPractitioner(practice.id(), new NewPractitioner("Dr C", "1234", Set.of(), null), "admin"))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void practitionerCannotBeRemovedThroughAnotherPractice() {
		Practitioner p = practices.addPractitioner(practice.id(), new NewPractitioner("Dr A", "10100000002", Set.of(), null), "admin");
		Practice other = practices.create(new PracticeDetails("Autre " + unique, "", "", "", "FR", ""), "test");
		assertThatThrownBy(() -> practices.removePractitioner(other.id(), p.id(), "admin")).isInstanceOf(PracticeNotFoundException.class);
		practices.removePractitioner(practice.id(), p.id(), "admin");
		assertThat(practices.practitioners(practice.id())).isEmpty();
	}

	@Test
	void membershipsRolesAndTheLastAdministrator() {
		assertThat(members.membershipsOf(adminId)).containsExactly(new Membership(practice.id(), practice.name(), Role.ADMIN));
		assertThat(members.findUserId("admin." + unique + "@exemple.fr")).contains(adminId);
		assertThatThrownBy(() -> members.changeRole(practice.id(), adminId, Role.ASSISTANT, "admin"))
			.isInstanceOf(PracticeRuleViolation.class).hasMessage("member.lastAdmin");
		assertThatThrownBy(() -> members.remove(practice.id(), adminId, "admin")).isInstanceOf(PracticeRuleViolation.class);
	}

	@Test
	void invitationCreatesAnAccountThatLogsInOnlyOnceAccepted() {
		Invitation invitation = members.invite(practice.id(), "Nouvelle." + unique + "@exemple.fr", "Nouvelle", Role.ASSISTANT, "admin");
		assertThat(invitation.newAccount()).isTrue();
		assertThat(members.members(practice.id())).filteredOn(m -> m.email().equals("nouvelle." + unique + "@exemple.fr"))
			.singleElement().satisfies(m -> assertThat(m.active()).isFalse());
		assertThatThrownBy(() -> users.loadUserByUsername("nouvelle." + unique + "@exemple.fr")).isNotNull();
		assertThat(members.pendingInvitation(invitation.secret())).contains(new Members.PendingInvitation("nouvelle." + unique + "@exemple.fr", practice.name()));
		assertThatThrownBy(() -> members.acceptInvitation(invitation.secret(), "court")).isInstanceOf(PracticeRuleViolation.class);

		members.acceptInvitation(invitation.secret(), "un mot de passe assez long");
		assertThat(passwords.matches("un mot de passe assez long", users.loadUserByUsername("NOUVELLE." + unique + "@exemple.fr").getPassword())).isTrue();
		assertThat(members.pendingInvitation(invitation.secret())).isEmpty();
		assertThatThrownBy(() -> members.invite(practice.id(), "nouvelle." + unique + "@exemple.fr", "", Role.DENTIST, "admin"))
			.isInstanceOf(PracticeRuleViolation.class).hasMessage("member.already");
	}

	@Test
	void usersChangeTheirOwnPasswordKnowingTheCurrentOne() {
		var admin = new AuthenticatedUser(adminId, "admin." + unique + "@exemple.fr", "Admin", null);
		assertThatThrownBy(() -> members.changePassword(admin, "pas le bon", "un nouveau mot de passe"))
			.isInstanceOf(PracticeRuleViolation.class).hasMessage("settings.password.wrong");
		assertThatThrownBy(() -> members.changePassword(admin, "mot-de-passe-solide", "court"))
			.isInstanceOf(PracticeRuleViolation.class).hasMessage("settings.password.short");
		members.changePassword(admin, "mot-de-passe-solide", "un nouveau mot de passe");
		assertThat(passwords.matches("un nouveau mot de passe", users.loadUserByUsername(admin.email()).getPassword())).isTrue();
	}

	@Test
	void passwordsAreStoredWithTheDelegatingEncoder() {
		String stored = jdbc.sql("select password_hash from user_account where id = ?").param(adminId).query(String.class).single();
		assertThat(stored).startsWith("{bcrypt}").doesNotContain("mot-de-passe-solide");
	}

	@Test
	void personalAccessTokensAreHashedListedAndRevocable() {
		var owner = new AuthenticatedUser(adminId, "admin." + unique + "@exemple.fr", "Admin", null);
		IssuedToken issued = tokens.create(owner, "Intégration");
		assertThat(issued.secret()).startsWith("srr_").hasSizeGreaterThan(40);
		assertThat(jdbc.sql("select token_hash from personal_access_token where id = ?").param(issued.id()).query(String.class).single())
			.hasSize(64).isNotEqualTo(issued.secret());
		assertThat(tokens.authenticate(issued.secret())).map(AuthenticatedUser::id).contains(adminId);
		assertThat(tokens.list(adminId)).singleElement().satisfies(t -> {
			assertThat(t.active()).isTrue();
			assertThat(t.lastUsedAt()).isNotNull();
			assertThat(issued.secret()).startsWith(t.hint());
		});

		var stranger = new AuthenticatedUser(adminId + 100_000, "x@exemple.fr", "X", null);
		assertThatThrownBy(() -> tokens.revoke(stranger, issued.id())).isInstanceOf(TokenNotFoundException.class);
		tokens.revoke(owner, issued.id());
		assertThat(tokens.authenticate(issued.secret())).isEmpty();
		assertThat(tokens.list(adminId)).singleElement().satisfies(t -> assertThat(t.active()).isFalse());
	}
}
