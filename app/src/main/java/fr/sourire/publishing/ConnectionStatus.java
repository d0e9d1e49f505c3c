package fr.sourire.publishing;

import java.time.Instant;
import java.util.List;

/**
 * A practice's connection to one network, as shown to its administrator. {@code expiresAt} is null when the network's
 * token does not expire (Facebook and Instagram page tokens) or when there is no connection.
 */
public record ConnectionStatus(long practiceId, Network network, boolean connected, String accountName, Instant expiresAt,
		Instant connectedAt, String connectedBy, List<AccountChoice> choices) {

	public ConnectionStatus {
		choices = List.copyOf(choices);
	}

	/** Connected, but several pages / organisations / locations were found and none is chosen yet. */
	public boolean awaitingChoice() {
		return connected && accountName == null && !choices.isEmpty();
	}

	public boolean expired(Instant now) {
		return expiresAt != null && !expiresAt.isAfter(now);
	}

	/** A page, organisation or location the connected account may publish to. */
	public record AccountChoice(String id, String name) {
	}
}
