package fr.sourire.publishing;

/** Connecting a network did not work; the message is plain French for the practice's administrator. */
public class ConnectionException extends RuntimeException {

	private final String raw;

	public ConnectionException(String message, String raw) {
		super(message);
		this.raw = raw;
	}

	/** What the network answered, for support. */
	public String raw() {
		return raw;
	}
}
