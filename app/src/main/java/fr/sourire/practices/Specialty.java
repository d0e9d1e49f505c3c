package fr.sourire.practices;

/**
 * The three dental specialties recognised in France. Only a practitioner who really holds one may present it
 * (deontology): a general dentist has none.
 */
public enum Specialty {
	/** Orthopédie dento-faciale (orthodontics). */
	ODF,
	/** Chirurgie orale. */
	CHIRURGIE_ORALE,
	/** Médecine bucco-dentaire. */
	MBD
}
