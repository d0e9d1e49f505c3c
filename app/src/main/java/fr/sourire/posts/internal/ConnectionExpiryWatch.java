package fr.sourire.posts.internal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import fr.sourire.posts.NetworkRules;
import fr.sourire.posts.Notifications;
import fr.sourire.practices.Role;
import fr.sourire.publishing.ConnectionStatus;
import fr.sourire.publishing.Connections;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Once a day: renews the network connections that are about to expire, and tells each practice's administrators, in
 * the app and by e-mail, about those that cannot be renewed, before their posts start failing.
 */
@Configuration
class ConnectionExpiryWatch {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH)
		.withZone(ZoneId.of("Europe/Paris"));

	private final Connections connections;
	private final Notifications notifications;
	private final Clock clock;

	ConnectionExpiryWatch(Connections connections, Notifications notifications, Clock clock) {
		this.connections = connections;
		this.notifications = notifications;
		this.clock = clock;
	}

	@Bean
	RecurringTask<Void> connectionExpiryTask() {
		return Tasks.recurring("connection-expiry-watch", FixedDelay.ofHours(24)).execute((instance, context) -> check());
	}

	/** Returns how many connections need the practice to reconnect. */
	int check() {
		var toReconnect = connections.refreshExpiring(connections.expiryWarning());
		toReconnect.forEach(this::warn);
		return toReconnect.size();
	}

	private void warn(ConnectionStatus connection) {
		String network = NetworkRules.displayName(connection.network());
		String when = connection.expired(clock.instant()) ? "a expiré"
				: "expire le " + DAY.format(connection.expiresAt());
		notifications.notify(connection.practiceId(), Role.ADMIN, "connection_expiring", "Connexion " + network + " à renouveler",
				"La connexion " + network + " du cabinet " + when + " et n’a pas pu être renouvelée : reconnectez le compte dans "
						+ "« Connexions » pour que les publications continuent de partir.",
				"/cabinets/" + connection.practiceId() + "/connexions");
	}
}
