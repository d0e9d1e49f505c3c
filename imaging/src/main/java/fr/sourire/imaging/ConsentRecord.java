package fr.sourire.imaging;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A written consent of the person shown, kept by the practice (reference of the signed form and its date).
 * In DE, BE and CH it turns a PATIENT.IMAGE block into a warning; in FR it changes nothing (rule book 3.13 and 7.4).
 */
public record ConsentRecord(String reference, LocalDate signedOn) {
	public ConsentRecord {
		Objects.requireNonNull(reference, "reference");
		if (reference.isBlank()) {
			throw new IllegalArgumentException("consent reference is blank");
		}
	}
}
