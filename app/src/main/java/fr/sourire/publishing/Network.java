package fr.sourire.publishing;

/** Where a post can go. {@code SANDBOX} is Sourire's own pretend network: the whole flow without any real account. */
public enum Network {
	SANDBOX, FACEBOOK, INSTAGRAM, LINKEDIN, GOOGLE_BUSINESS;

	/** Key of the network's display name in the message bundles. */
	public String labelKey() {
		return "network." + name().toLowerCase(java.util.Locale.ROOT);
	}
}
