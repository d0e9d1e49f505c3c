package fr.sourire.imaging;

import java.util.Optional;

/** Rule book 7.4: severities per jurisdiction for the image rules. */
public final class Severities {
	private Severities() {
	}

	/** PATIENT.IMAGE: block everywhere; in DE, BE and CH a consent record turns it into a warning; in FR consent changes nothing. */
	public static Severity patientImage(Jurisdiction jurisdiction, Optional<ConsentRecord> consent) {
		if (jurisdiction == Jurisdiction.FR) {
			return Severity.BLOCK;
		}
		return consent.isPresent() ? Severity.WARN : Severity.BLOCK;
	}

	/** PATIENT.BEFORE_AFTER: block in FR and DE (DE: surgical aesthetics, which an image cannot rule out), warn in BE and CH. */
	public static Severity beforeAfter(Jurisdiction jurisdiction) {
		return switch (jurisdiction) {
			case FR, DE -> Severity.BLOCK;
			case BE, CH -> Severity.WARN;
		};
	}

	/** PATIENT.IDENTITY: block everywhere. */
	public static Severity patientIdentity(Jurisdiction jurisdiction) {
		return Severity.BLOCK;
	}
}
