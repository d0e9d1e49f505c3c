package fr.sourire.imaging;

/** Something in a text that identifies a person; {@code start}/{@code end} are offsets in the screened text. */
public record IdentityHit(Kind kind, int start, int end, String excerpt) {
	public enum Kind {
		/** A person's name (civility + name, SURNAME Firstname, "Nom : …"). */
		NAME,
		/** A date announced as a date of birth. */
		BIRTH_DATE,
		/** A full date without a birth cue (exam date or date of birth: checked by a person). */
		DATE,
		/** A French social security number (NIR) with a valid key. */
		NIR,
		/** A French phone number. */
		PHONE
	}

	/** NAME, BIRTH_DATE, NIR and PHONE identify on their own (block); a bare date is a warning. */
	public boolean identifiesAlone() {
		return kind != Kind.DATE;
	}
}
