package fr.sourire.publishing.internal;

import fr.sourire.publishing.Network;
import fr.sourire.publishing.Publication;
import fr.sourire.publishing.PublicationOutcome;
import fr.sourire.publishing.internal.DefaultConnections.Active;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;

/** Speaks one real network's API. */
interface Connector {

	Network network();

	/** Creates the post. */
	Sent send(Publication publication, Active connection);

	/**
	 * After an answer we could not read (timeout, server error during the create call): is a post with this exact text,
	 * created since {@code since}, already on the account? An {@link IOException} means "could not check".
	 */
	Optional<PublicationOutcome.Published> find(Publication publication, Active connection, Instant since) throws IOException;

	/**
	 * {@code ambiguous}: the network may have created the post although we did not get its id (timeout, 5xx on the
	 * create call). Sourire then checks with {@link #find} before ever sending again.
	 */
	record Sent(PublicationOutcome outcome, boolean ambiguous) {

		static Sent definite(PublicationOutcome outcome) {
			return new Sent(outcome, false);
		}

		static Sent ambiguous(PublicationOutcome outcome) {
			return new Sent(outcome, true);
		}
	}
}
