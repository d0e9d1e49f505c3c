package fr.sourire.imaging;

/** Where the practice publishes: selects severities (rule book section 7.4). */
public enum Jurisdiction {
	FR, DE, BE, CH
}
