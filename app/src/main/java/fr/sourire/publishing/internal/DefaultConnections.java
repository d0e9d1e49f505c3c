package fr.sourire.publishing.internal;

import fr.sourire.audit.AuditJournal;
import fr.sourire.practices.DemoMode;
import fr.sourire.publishing.ConnectionException;
import fr.sourire.publishing.ConnectionStatus;
import fr.sourire.publishing.ConnectionStatus.AccountChoice;
import fr.sourire.publishing.Connections;
import fr.sourire.publishing.Network;
import fr.sourire.publishing.internal.ConnectionStore.Account;
import fr.sourire.publishing.internal.ConnectionStore.StoredConnection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class DefaultConnections implements Connections {

	/** What a connector needs to publish: the page / organisation / location and its token. */
	record Active(long practiceId, Network network, String accountId, String accountName, String token) {
	}

	/** Renew a little before the end, so that a token never dies between the check and the call. */
	private static final Duration REFRESH_MARGIN = Duration.ofMinutes(10);

	private final ConnectionStore store;
	private final OAuthFlows oauth;
	private final AuditJournal journal;
	private final DemoMode demo;
	private final Clock clock;

	private final PublishingSettings settings;

	DefaultConnections(ConnectionStore store, OAuthFlows oauth, AuditJournal journal, DemoMode demo, Clock clock,
			PublishingSettings settings) {
		this.settings = settings;
		this.store = store;
		this.oauth = oauth;
		this.journal = journal;
		this.demo = demo;
		this.clock = clock;
	}

	@Override
	public List<ConnectionStatus> list(long practiceId) {
		var result = new ArrayList<ConnectionStatus>();
		for (Network network : Network.values()) {
			if (network == Network.SANDBOX) {
				result.add(new ConnectionStatus(practiceId, network, demo.enabled(), demo.enabled() ? "Sourire" : null, null,
						null, null, List.of()));
				continue;
			}
			result.add(store.find(practiceId, network).map(this::status)
				.orElse(new ConnectionStatus(practiceId, network, false, null, null, null, null, List.of())));
		}
		return result;
	}

	@Override
	public String authorizationUrl(Network network, String state) {
		return oauth.authorizationUrl(network, state);
	}

	@Override
	public boolean available(Network network) {
		return switch (network) {
			case SANDBOX -> demo.enabled();
			case FACEBOOK -> !settings.facebook.clientId().isBlank();
			case INSTAGRAM -> !settings.instagram.clientId().isBlank();
			case LINKEDIN -> !settings.linkedin.clientId().isBlank();
			case GOOGLE_BUSINESS -> !settings.google.clientId().isBlank();
		};
	}

	@Override
	public java.util.Set<String> authorizationOrigins() {
		var origins = new java.util.TreeSet<String>();
		for (Network network : Network.values()) {
			if (network != Network.SANDBOX) {
				java.net.URI uri = java.net.URI.create(oauth.authorizationUrl(network, "x"));
				origins.add(uri.getScheme() + "://" + uri.getRawAuthority());
			}
		}
		return origins;
	}

	@Override
	@Transactional
	public ConnectionStatus complete(long practiceId, Network network, String code, String actor) {
		var tokens = oauth.exchange(network, code);
		List<Account> accounts = oauth.discover(network, tokens);
		if (accounts.isEmpty()) {
			throw new ConnectionException("Ce compte " + Texts.label(network)
					+ " ne gère aucune page, organisation ou fiche où Sourire pourrait publier.", null);
		}
		Instant now = Instant.now(clock);
		var connection = new StoredConnection(practiceId, network, null, null, tokens.access(), tokens.refresh(),
				metaPage(network) ? null : tokens.expiresAt(), tokens.refreshExpiresAt(), accounts, actor, now);
		if (accounts.size() == 1) {
			connection = chosen(connection, accounts.get(0));
		}
		store.save(connection, now);
		journal.record(practiceId, actor, "publishing.connected", details(network, connection.accountName()));
		return status(connection);
	}

	@Override
	@Transactional
	public ConnectionStatus choose(long practiceId, Network network, String accountId, String actor) {
		StoredConnection connection = store.find(practiceId, network)
			.orElseThrow(() -> new ConnectionException(Texts.notConnected(network), null));
		Account account = connection.choices().stream().filter(a -> a.id().equals(accountId)).findFirst()
			.orElseThrow(() -> new ConnectionException("Cette page ne fait pas partie des choix proposés par " + Texts.label(network) + ".", null));
		connection = chosen(connection, account);
		store.save(connection, Instant.now(clock));
		journal.record(practiceId, actor, "publishing.accountChosen", details(network, account.name()));
		return status(connection);
	}

	@Override
	@Transactional
	public ConnectionStatus refresh(long practiceId, Network network, String actor) {
		StoredConnection connection = store.find(practiceId, network)
			.orElseThrow(() -> new ConnectionException(Texts.notConnected(network), null));
		return status(renew(connection, actor));
	}

	@Override
	@Transactional
	public void disconnect(long practiceId, Network network, String actor) {
		if (store.delete(practiceId, network)) {
			journal.record(practiceId, actor, "publishing.disconnected", details(network, null));
		}
	}

	@Override
	public List<Long> practicesConnectedTo(Network network) {
		return store.practicesWithAccount(network);
	}

	@Override
	public List<ConnectionStatus> expiringWithin(Duration horizon) {
		return store.expiringBefore(Instant.now(clock).plus(horizon)).stream().map(this::status).toList();
	}

	@Override
	public Duration expiryWarning() {
		return settings.expiryWarning;
	}

	@Override
	public List<ConnectionStatus> refreshExpiring(Duration horizon) {
		var needReconnection = new ArrayList<ConnectionStatus>();
		for (StoredConnection connection : store.expiringBefore(Instant.now(clock).plus(horizon))) {
			try {
				renew(connection, AuditJournal.PLATFORM);
			}
			catch (ConnectionException e) {
				needReconnection.add(status(connection));
			}
		}
		return needReconnection;
	}

	@Override
	@Transactional
	public java.util.Optional<fr.sourire.publishing.NetworkAccess> access(long practiceId, Network network) {
		var connection = store.find(practiceId, network);
		if (connection.isEmpty() || connection.get().accountId() == null) {
			return java.util.Optional.empty();
		}
		Active active = active(practiceId, network);
		return java.util.Optional.of(new fr.sourire.publishing.NetworkAccess(network, active.accountId(), active.accountName(), active.token()));
	}

	/** Called when a network refuses the token while publishing: the page and the expiry warnings show it at once. */
	@Transactional
	void revoked(long practiceId, Network network, String raw) {
		if (store.expireNow(practiceId, network, Instant.now(clock))) {
			journal.record(practiceId, AuditJournal.PLATFORM, "publishing.tokenRefused", details(network, null));
		}
	}

	/** The connection to publish with, renewed first when it is about to expire and the network allows it. */
	@Transactional
	Active active(long practiceId, Network network) {
		StoredConnection connection = store.find(practiceId, network)
			.orElseThrow(() -> new ConnectionException(Texts.notConnected(network), null));
		if (connection.accountId() == null) {
			throw new ConnectionException(Texts.noAccountChosen(network), null);
		}
		Instant now = Instant.now(clock);
		if (connection.expiresAt() != null && connection.expiresAt().isBefore(now.plus(REFRESH_MARGIN))) {
			if (connection.refreshToken() == null) {
				if (connection.expiresAt().isBefore(now)) {
					throw new ConnectionException(Texts.expired(network), "token expired at " + connection.expiresAt());
				}
			}
			else {
				connection = renew(connection, AuditJournal.PLATFORM);
			}
		}
		return new Active(practiceId, network, connection.accountId(), connection.accountName(), connection.accessToken());
	}

	private StoredConnection renew(StoredConnection c, String actor) {
		var tokens = oauth.refresh(c.network(), c.refreshToken());
		var renewed = new StoredConnection(c.practiceId(), c.network(), c.accountId(), c.accountName(), tokens.access(),
				tokens.refresh(), tokens.expiresAt(), tokens.refreshExpiresAt() != null ? tokens.refreshExpiresAt() : c.refreshExpiresAt(),
				c.choices(), c.connectedBy(), c.connectedAt());
		store.save(renewed, Instant.now(clock));
		journal.record(c.practiceId(), actor, "publishing.refreshed", details(c.network(), c.accountName()));
		return renewed;
	}

	/** Facebook and Instagram publish with the page's token, which does not expire (it dies on revocation only). */
	private static StoredConnection chosen(StoredConnection c, Account account) {
		String token = metaPage(c.network()) && account.token() != null ? account.token() : c.accessToken();
		return new StoredConnection(c.practiceId(), c.network(), account.id(), account.name(), token, c.refreshToken(),
				c.expiresAt(), c.refreshExpiresAt(), c.choices(), c.connectedBy(), c.connectedAt());
	}

	private static boolean metaPage(Network network) {
		return network == Network.FACEBOOK || network == Network.INSTAGRAM;
	}

	private ConnectionStatus status(StoredConnection c) {
		return new ConnectionStatus(c.practiceId(), c.network(), true, c.accountName(), c.expiresAt(), c.connectedAt(),
				c.connectedBy(), c.accountName() == null
						? c.choices().stream().map(a -> new AccountChoice(a.id(), a.name())).toList() : List.of());
	}

	private static Map<String, String> details(Network network, String account) {
		return account == null ? Map.of("réseau", Texts.label(network)) : Map.of("réseau", Texts.label(network), "compte", account);
	}
}
