package fr.sourire.audit;

import static org.assertj.core.api.Assertions.assertThat;

import fr.sourire.audit.AuditVerification.Kind;
import fr.sourire.audit.AuditVerification.Problem;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Tampering with the journal directly in the database (as someone with SQL access would) is detected and located.
 * Run on H2 and on PostgreSQL. Each test uses its own practice id, hence its own chain.
 */
abstract class AuditTamperContract {

	@Autowired
	AuditJournal journal;

	@Autowired
	JdbcClient jdbc;

	long practiceId;

	@BeforeEach
	void writeFiveEntries() {
		practiceId = ThreadLocalRandom.current().nextLong(1_000_000, 1_000_000_000);
		for (int i = 1; i <= 5; i++) {
			journal.record(practiceId, "assistante@exemple.fr", "post.edited", Map.of("post", "n° " + i, "note", "a=b\nc"));
		}
	}

	@Test
	void untouchedJournalIsIntact() {
		AuditVerification result = journal.verify(practiceId);
		assertThat(result.intact()).isTrue();
		assertThat(result.entriesChecked()).isEqualTo(5);
		assertThat(journal.recent(practiceId, 10)).hasSize(5)
			.first().satisfies(newest -> {
				assertThat(newest.seq()).isEqualTo(5);
				assertThat(newest.details()).containsEntry("note", "a=b\nc");
			});
	}

	@Test
	void updatedEntryIsReported() {
		tamper("update audit_entry set actor = 'quelqu.un@exemple.fr' where chain_key = ? and seq = 3");
		assertThat(journal.verify(practiceId).problems()).containsExactly(new Problem(practiceId, 3, Kind.ALTERED));
	}

	@Test
	void updatedEntryWithRecomputedLookingHashIsReported() {
		// A careful forger also replaces the hash: the next entry still points to the original one.
		tamper("update audit_entry set details = '', hash = '" + "f".repeat(64) + "' where chain_key = ? and seq = 2");
		assertThat(journal.verify(practiceId).problems()).contains(new Problem(practiceId, 2, Kind.ALTERED));
	}

	@Test
	void deletedEntryIsReported() {
		tamper("delete from audit_entry where chain_key = ? and seq = 2");
		assertThat(journal.verify(practiceId).problems()).containsExactly(new Problem(practiceId, 2, Kind.MISSING));
	}

	@Test
	void deletedNewestEntryIsReported() {
		tamper("delete from audit_entry where chain_key = ? and seq = 5");
		assertThat(journal.verify(practiceId).problems()).containsExactly(new Problem(practiceId, 5, Kind.TRUNCATED));
	}

	@Test
	void verifyAllFindsTheTamperedPractice() {
		tamper("update audit_entry set action = 'rien' where chain_key = ? and seq = 4");
		assertThat(journal.verifyAll().problems()).contains(new Problem(practiceId, 4, Kind.ALTERED));
		assertThat(new Problem(practiceId, 4, Kind.ALTERED).describe()).contains("Entrée n° 4").contains("modifié");
	}

	private void tamper(String sql) {
		assertThat(jdbc.sql(sql).param(Long.toString(practiceId)).update()).isEqualTo(1);
	}
}
