package fr.sourire.publishing;

import java.time.Duration;
import java.util.List;

/**
 * Each practice's connections to the networks (OAuth 2 authorisation-code flow). Tokens are encrypted at rest; refreshed
 * where the network allows it; their expiry is tracked so that the practice is warned before publishing stops.
 */
public interface Connections {

	/** Every network, connected or not, for the page. The sandbox is connected whenever the demo is on. */
	List<ConnectionStatus> list(long practiceId);

	/** Whether this server has the network's application credentials ({@code sourire.publishing.<network>.client-id}). */
	boolean available(Network network);

	/** Where to send the administrator's browser; {@code state} must come back unchanged to {@link #complete}. */
	String authorizationUrl(Network network, String state);

	/**
	 * The origins (scheme://host[:port]) of the networks' authorisation pages: the connections page must allow its forms
	 * to be redirected there (CSP {@code form-action}), as Chromium applies that directive to redirects too.
	 */
	java.util.Set<String> authorizationOrigins();

	/** Exchanges the code for tokens, finds the pages / organisations / locations, and stores the connection. */
	ConnectionStatus complete(long practiceId, Network network, String code, String actor);

	/** Chooses the page / organisation / location when the account gave access to several. */
	ConnectionStatus choose(long practiceId, Network network, String accountId, String actor);

	/** Renews the access token where the network allows it; a plain-French {@link ConnectionException} otherwise. */
	ConnectionStatus refresh(long practiceId, Network network, String actor);

	/**
	 * The practice's connected account on {@code network}, its token renewed first when it is about to expire and the
	 * network allows it. Empty when not connected or no account chosen; a plain-French {@link ConnectionException} when
	 * the connection has expired and must be redone.
	 */
	java.util.Optional<NetworkAccess> access(long practiceId, Network network);

	void disconnect(long practiceId, Network network, String actor);

	/** The practices with an account chosen on {@code network} (for jobs that read from it, such as the reviews sync). */
	List<Long> practicesConnectedTo(Network network);

	/** Connections of every practice whose token expires within {@code horizon} (or has expired): for the warnings. */
	List<ConnectionStatus> expiringWithin(Duration horizon);

	/** How long before its expiry a connection is shown as "expiring soon" ({@code sourire.publishing.expiry-warning}, 7 days). */
	Duration expiryWarning();

	/**
	 * Renews every connection, of every practice, that expires within {@code horizon} and whose network allows it
	 * (for a recurring job); returns those that could not be renewed and need the practice to reconnect.
	 */
	List<ConnectionStatus> refreshExpiring(Duration horizon);
}
