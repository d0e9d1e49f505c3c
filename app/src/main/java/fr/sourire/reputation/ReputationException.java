package fr.sourire.reputation;

/** An action refused for a reason the user can act on; the message is plain French, shown as is. */
public class ReputationException extends RuntimeException {

	public ReputationException(String message) {
		super(message);
	}
}
