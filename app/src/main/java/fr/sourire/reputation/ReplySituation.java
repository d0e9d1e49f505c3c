package fr.sourire.reputation;

import java.util.Locale;

/** What a review is about, to pick a reply template. */
public enum ReplySituation {
	WAITING_TIME, PRICE, PAIN, RUDENESS, NOT_A_PATIENT, PRAISE;

	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}
}
