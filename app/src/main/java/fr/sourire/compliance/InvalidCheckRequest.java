package fr.sourire.compliance;

/** A check request whose context cannot be understood; the message says which field and what is accepted, in French. */
public class InvalidCheckRequest extends RuntimeException {

	public InvalidCheckRequest(String message) {
		super(message);
	}
}
