package fr.sourire.api.internal;

import fr.sourire.practices.RequiresRole;
import fr.sourire.practices.Role;
import fr.sourire.publishing.Connections;
import fr.sourire.publishing.Network;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The practice's connections to the networks, read-only (connecting needs the browser: OAuth). No token is ever shown. */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
class ConnectionsApiController {

	private final Connections connections;

	ConnectionsApiController(Connections connections) {
		this.connections = connections;
	}

	@Schema(description = "La connexion du cabinet à un réseau")
	record ConnectionView(Network network, boolean connected, boolean available, String account, Instant expiresAt,
			@Schema(description = "Plusieurs pages ou fiches trouvées, aucune choisie") boolean awaitingChoice,
			Instant connectedAt) {
	}

	@Operation(summary = "Les connexions du cabinet aux réseaux (administrateurs)",
			description = "État, compte choisi et date d'expiration de chaque réseau. Les jetons ne sont jamais renvoyés.")
	@GetMapping("/practices/{practiceId}/connections")
	@RequiresRole(Role.ADMIN)
	List<ConnectionView> list(@PathVariable long practiceId) {
		return connections.list(practiceId).stream()
			.map(c -> new ConnectionView(c.network(), c.connected(), connections.available(c.network()), c.accountName(),
					c.expiresAt(), c.awaitingChoice(), c.connectedAt()))
			.toList();
	}
}
