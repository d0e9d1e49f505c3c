package fr.sourire.audit;

import java.util.List;

/** Outcome of walking the hash chains: intact when {@link #problems()} is empty. */
public record AuditVerification(int entriesChecked, List<Problem> problems) {

	public AuditVerification {
		problems = List.copyOf(problems);
	}

	public boolean intact() {
		return problems.isEmpty();
	}

	/** What went wrong, located by practice (null: account-level journal) and entry number within its chain. */
	public record Problem(Long practiceId, long seq, Kind kind) {

		/** French sentence for the command line and logs; the web page localises {@link Kind} itself. */
		public String describe() {
			String journal = practiceId == null ? "journal des comptes" : "journal du cabinet n° " + practiceId;
			return switch (kind) {
				case ALTERED -> "Entrée n° " + seq + " (" + journal + ") : contenu modifié après coup.";
				case MISSING -> "Entrée n° " + seq + " (" + journal + ") : supprimée.";
				case TRUNCATED -> "Entrées à partir du n° " + seq + " (" + journal + ") : supprimées en fin de journal.";
			};
		}
	}

	public enum Kind {
		/** The entry's content no longer matches its hash, or its link to the previous entry is broken. */
		ALTERED,
		/** A gap in the numbering: the entry was deleted. */
		MISSING,
		/** The newest entries are gone: the chain is shorter than its recorded head. */
		TRUNCATED
	}
}
