package fr.sourire.posts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import fr.sourire.posts.Notifications;
import fr.sourire.practices.Practices;
import fr.sourire.practices.Role;
import fr.sourire.publishing.ConnectionStatus;
import fr.sourire.publishing.Connections;
import fr.sourire.publishing.Network;
import fr.sourire.support.H2Test;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A connection that could not be renewed before it expires reaches the practice's administrators. */
@H2Test
class ConnectionExpiryWatchTest {

	Connections connections = mock(Connections.class);

	@Autowired
	Notifications notifications;

	@Autowired
	Practices practices;

	@Test
	void administratorsAreToldToReconnectBeforePostsFail() {
		long practiceId = practices.findByName("Cabinet dentaire des Tilleuls").orElseThrow().id();
		when(connections.expiryWarning()).thenReturn(Duration.ofDays(7));
		when(connections.refreshExpiring(any())).thenReturn(List.of(new ConnectionStatus(practiceId, Network.LINKEDIN, true,
				"Cabinet des Tilleuls", Instant.parse("2031-03-05T10:00:00Z"), Instant.parse("2030-01-05T10:00:00Z"), "admin", List.of())));

		var watch = new ConnectionExpiryWatch(connections, notifications, Clock.systemUTC());

		assertThat(watch.check()).isEqualTo(1);

		assertThat(notifications.recent(practiceId, Role.ADMIN, 5)).anySatisfy(notification -> {
			assertThat(notification.kind()).isEqualTo("connection_expiring");
			assertThat(notification.message()).contains("LinkedIn").contains("5 mars 2031").contains("Connexions");
			assertThat(notification.link()).endsWith("/connexions");
		});
	}
}
