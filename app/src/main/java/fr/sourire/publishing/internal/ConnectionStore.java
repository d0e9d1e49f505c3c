package fr.sourire.publishing.internal;

import fr.sourire.publishing.Network;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.JsonNode;

/** network_connection rows; every secret goes through {@link SecretBox} on its way in and out. */
@Repository
class ConnectionStore {

	/** A page / organisation / location; {@code token} is the page token for Facebook and Instagram, null elsewhere. */
	record Account(String id, String name, String token) {
	}

	record StoredConnection(long practiceId, Network network, String accountId, String accountName, String accessToken,
			String refreshToken, Instant expiresAt, Instant refreshExpiresAt, List<Account> choices, String connectedBy,
			Instant connectedAt) {
	}

	private final JdbcClient jdbc;
	private final SecretBox secrets;

	ConnectionStore(JdbcClient jdbc, SecretBox secrets) {
		this.jdbc = jdbc;
		this.secrets = secrets;
	}

	Optional<StoredConnection> find(long practiceId, Network network) {
		return jdbc.sql("select * from network_connection where practice_id = ? and network = ?")
			.params(practiceId, network.name()).query(this::map).optional();
	}

	List<StoredConnection> all(long practiceId) {
		return jdbc.sql("select * from network_connection where practice_id = ?").param(practiceId).query(this::map).list();
	}

	List<Long> practicesWithAccount(Network network) {
		return jdbc.sql("select practice_id from network_connection where network = ? and account_id is not null order by practice_id")
			.param(network.name()).query(Long.class).list();
	}

	List<StoredConnection> expiringBefore(Instant limit) {
		return jdbc.sql("select * from network_connection where expires_at is not null and expires_at <= ? order by expires_at")
			.param(Timestamp.from(limit)).query(this::map).list();
	}

	void save(StoredConnection c, Instant now) {
		jdbc.sql("delete from network_connection where practice_id = ? and network = ?").params(c.practiceId(), c.network().name()).update();
		jdbc.sql("""
				insert into network_connection (practice_id, network, account_id, account_name, access_token, refresh_token,
				    expires_at, refresh_expires_at, choices, connected_by, connected_at, refreshed_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(c.practiceId(), c.network().name(), c.accountId(), c.accountName(), secrets.encrypt(c.accessToken()),
					secrets.encrypt(c.refreshToken()), ts(c.expiresAt()), ts(c.refreshExpiresAt()),
					c.choices().isEmpty() ? null : secrets.encrypt(Http.JSON.writeValueAsString(c.choices())),
					c.connectedBy(), ts(c.connectedAt()), ts(now))
			.update();
	}

	/** The network said the token is dead (expired, revoked): the connection shows as expired from now on. */
	boolean expireNow(long practiceId, Network network, Instant now) {
		return jdbc.sql("update network_connection set expires_at = ? where practice_id = ? and network = ? and (expires_at is null or expires_at > ?)")
			.params(Timestamp.from(now), practiceId, network.name(), Timestamp.from(now)).update() > 0;
	}

	boolean delete(long practiceId, Network network) {
		return jdbc.sql("delete from network_connection where practice_id = ? and network = ?")
			.params(practiceId, network.name()).update() > 0;
	}

	private StoredConnection map(ResultSet rs, int row) throws SQLException {
		var choices = new ArrayList<Account>();
		String sealed = rs.getString("choices");
		if (sealed != null) {
			for (JsonNode node : Http.JSON.readTree(secrets.decrypt(sealed)).values()) {
				choices.add(new Account(node.path("id").asString(null), node.path("name").asString(null),
						node.path("token").isNull() ? null : node.path("token").asString(null)));
			}
		}
		return new StoredConnection(rs.getLong("practice_id"), Network.valueOf(rs.getString("network")),
				rs.getString("account_id"), rs.getString("account_name"), secrets.decrypt(rs.getString("access_token")),
				secrets.decrypt(rs.getString("refresh_token")), instant(rs, "expires_at"), instant(rs, "refresh_expires_at"),
				choices, rs.getString("connected_by"), instant(rs, "connected_at"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp ts = rs.getTimestamp(column);
		return ts == null ? null : ts.toInstant();
	}

	private static Timestamp ts(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}
}
