package fr.sourire.publishing;

/**
 * A connected account ready to be called, for other modules speaking to the same network (e.g. reputation reading and
 * answering Google reviews with the location connected here). {@code accountId} is the network's own name for it:
 * {@code accounts/{a}/locations/{l}} for Google, the page id for Facebook, the organisation URN for LinkedIn. The
 * token is a secret: never log it, never store it elsewhere.
 */
public record NetworkAccess(Network network, String accountId, String accountName, String accessToken) {

	@Override
	public String toString() {
		return "NetworkAccess[" + network + ", " + accountId + ", " + accountName + ", token hidden]";
	}
}
