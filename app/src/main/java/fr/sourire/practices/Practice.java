package fr.sourire.practices;

/** A dental practice: the tenant. Everything else in Sourire belongs to exactly one practice. */
public record Practice(long id, String name, String address, String phone, String email, String jurisdiction,
		String feesPageUrl) {

	public PracticeDetails details() {
		return new PracticeDetails(name, address, phone, email, jurisdiction, feesPageUrl);
	}
}
