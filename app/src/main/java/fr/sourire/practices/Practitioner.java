package fr.sourire.practices;

import java.util.Set;

/**
 * A dentist practising in a practice. {@code userId} links the practitioner to the member who logs in as them (the
 * practitioner of record who approves publications), when there is one.
 */
public record Practitioner(long id, long practiceId, String fullName, Rpps rpps, Set<Specialty> specialties,
		Long userId) {

	public Practitioner {
		specialties = Set.copyOf(specialties);
	}
}
