package fr.sourire.imaging;

/** Public rule ids of the rule book that images can break. */
public final class Rules {
	/** An identifiable patient on the image (face). */
	public static final String PATIENT_IMAGE = "PATIENT.IMAGE";
	/** A name, date of birth, NIR, phone number or place that identifies someone (text in the image, metadata). */
	public static final String PATIENT_IDENTITY = "PATIENT.IDENTITY";
	/** A before/after montage. */
	public static final String PATIENT_BEFORE_AFTER = "PATIENT.BEFORE_AFTER";

	private Rules() {
	}
}
