package fr.sourire.publishing.internal;

import fr.sourire.publishing.ConnectionException;
import fr.sourire.publishing.Network;
import fr.sourire.publishing.Publication;
import fr.sourire.publishing.PublicationOutcome;
import fr.sourire.publishing.PublicationOutcome.Published;
import fr.sourire.publishing.Publisher;
import fr.sourire.publishing.internal.Attempts.Attempt;
import fr.sourire.publishing.internal.DefaultConnections.Active;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Routes each publication to its network's connector, and makes "exactly once" hold on networks that have no
 * idempotency key: the attempt is recorded (in its own, committed transaction) before the create call; a key already
 * PUBLISHED returns the stored post without any call; a key being sent (STARTED less than
 * {@code sourire.publishing.attempt-lease} ago) is not sent a second time; a key left UNKNOWN (timeout, server error)
 * or STARTED for longer (crash) is first looked for on the network, and only sent again when it is verifiably absent.
 */
@Service
class NetworkPublisher implements Publisher {

	private static final String IN_PROGRESS = "Cette publication est déjà en cours d’envoi : Sourire vérifiera son résultat.";

	private final SandboxNetwork sandbox;
	private final PublishingSettings settings;
	private final Map<Network, Connector> connectors = new EnumMap<>(Network.class);
	private final DefaultConnections connections;
	private final Attempts attempts;
	private final Http http;
	private final Clock clock;
	private final TransactionTemplate ownTransaction;

	NetworkPublisher(SandboxNetwork sandbox, List<Connector> connectors, DefaultConnections connections, Attempts attempts,
			Http http, Clock clock, PlatformTransactionManager transactions, PublishingSettings settings) {
		this.settings = settings;
		this.sandbox = sandbox;
		connectors.forEach(c -> this.connectors.put(c.network(), c));
		this.connections = connections;
		this.attempts = attempts;
		this.http = http;
		this.clock = clock;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@Override
	public PublicationOutcome publish(Publication publication) {
		if (publication.network() == Network.SANDBOX) {
			return sandbox.publish(publication);
		}
		Connector connector = connectors.get(publication.network());
		long practiceId = publication.practiceId();
		String key = publication.idempotencyKey();
		Optional<Attempt> previous = attempts.find(practiceId, key);
		if (previous.isPresent() && previous.get().published()) {
			return new Published(previous.get().platformId(), previous.get().permalink());
		}
		Active connection;
		try {
			connection = connections.active(practiceId, publication.network());
		}
		catch (OAuthFlows.Unreachable e) {
			return new PublicationOutcome.Retryable(e.getMessage(), e.raw(), Duration.ofMinutes(1));
		}
		catch (ConnectionException e) {
			return new PublicationOutcome.Failed(e.getMessage(), e.raw() == null ? "" : e.raw());
		}
		if (previous.isPresent() && previous.get().inProgress(Instant.now(clock), settings.attemptLease)) {
			return new PublicationOutcome.Retryable(IN_PROGRESS, "attempt " + key + " started at " + previous.get().startedAt(),
					Duration.ofMinutes(1));
		}
		if (previous.isPresent()) {
			try {
				Optional<Published> found = connector.find(publication, connection, previous.get().startedAt());
				if (found.isPresent()) {
					ownTransaction.executeWithoutResult(s -> attempts.published(practiceId, key, found.get(), Instant.now(clock)));
					return found.get();
				}
			}
			catch (IOException e) {
				return new PublicationOutcome.Retryable(Texts.noAnswer(publication.network()), e.getMessage(), Duration.ofMinutes(1));
			}
		}
		Optional<PublicationOutcome> unreachable = checkMedia(publication);
		if (unreachable.isPresent()) {
			return unreachable.get();
		}
		Instant previousStart = previous.map(Attempt::startedAt).orElse(null);
		if (!Boolean.TRUE.equals(ownTransaction.execute(s -> attempts.claim(practiceId, key, publication.network(), previousStart, Instant.now(clock))))) {
			return new PublicationOutcome.Retryable(IN_PROGRESS, "attempt " + key + " claimed by another caller", Duration.ofMinutes(1));
		}
		Connector.Sent sent = connector.send(publication, connection);
		if (sent.outcome() instanceof PublicationOutcome.Failed failed && failed.reason().equals(Texts.expired(publication.network()))) {
			connections.revoked(practiceId, publication.network(), failed.raw());
		}
		ownTransaction.executeWithoutResult(s -> {
			if (sent.outcome() instanceof Published published) {
				attempts.published(practiceId, key, published, Instant.now(clock));
			}
			else if (sent.ambiguous()) {
				attempts.unknown(practiceId, key);
			}
			else {
				attempts.notCreated(practiceId, key);
			}
		});
		return sent.outcome();
	}

	/** The networks download the media themselves: a HEAD first gives a clear reason instead of Meta's 9004/2207052. */
	private Optional<PublicationOutcome> checkMedia(Publication publication) {
		for (var media : publication.media()) {
			try {
				var answer = http.head(media.publicUrl());
				if (!answer.ok()) {
					return Optional.of(new PublicationOutcome.Failed(Texts.mediaUnreachable(media.publicUrl()), "HEAD " + answer.raw()));
				}
			}
			catch (IOException | IllegalArgumentException e) {
				return Optional.of(new PublicationOutcome.Failed(Texts.mediaUnreachable(media.publicUrl()), "HEAD " + e));
			}
		}
		return Optional.empty();
	}
}
