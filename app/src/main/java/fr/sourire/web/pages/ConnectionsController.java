package fr.sourire.web.pages;

import fr.sourire.practices.AuthenticatedUser;
import fr.sourire.practices.Members;
import fr.sourire.practices.RequiresRole;
import fr.sourire.practices.Role;
import fr.sourire.publishing.ConnectionException;
import fr.sourire.publishing.Connections;
import fr.sourire.publishing.Network;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * « Connexions »: the administrator connects the practice's networks. The OAuth {@code state} is 256 random bits kept
 * in the session with the practice and the network it was issued for, used once, valid 15 minutes: the callback
 * (one fixed address, as the networks require an exact redirect URI) accepts it only in the same session, and only
 * while the user is still an administrator of that practice.
 */
@Controller
class ConnectionsController {

	static final String STATES = "sourire.publishing.oauthStates";
	private static final Duration STATE_VALIDITY = Duration.ofMinutes(15);

	record PendingAuthorization(long practiceId, Network network, Instant issuedAt) implements Serializable {
	}

	private final Connections connections;
	private final Members members;
	private final Clock clock;
	private final SecureRandom random = new SecureRandom();

	ConnectionsController(Connections connections, Members members, Clock clock) {
		this.connections = connections;
		this.members = members;
		this.clock = clock;
	}

	@GetMapping("/cabinets/{practiceId}/connexions")
	@RequiresRole(Role.ADMIN)
	String page(@PathVariable long practiceId, Model model, jakarta.servlet.http.HttpServletResponse response) {
		// The application's policy with one difference: the "Connecter" forms end in a redirect to the network's
		// authorisation page, which Chromium checks against form-action. Spring Security keeps a policy already set.
		response.setHeader("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
				+ "script-src 'self'; frame-ancestors 'none'; form-action 'self' " + String.join(" ", connections.authorizationOrigins()));
		model.addAttribute("practiceId", practiceId);
		model.addAttribute("connections", connections.list(practiceId));
		model.addAttribute("now", Instant.now(clock));
		model.addAttribute("warning", connections.expiryWarning());
		model.addAttribute("available", java.util.Arrays.stream(Network.values()).filter(connections::available)
			.collect(java.util.stream.Collectors.toSet()));
		return "pages/connections";
	}

	@PostMapping("/cabinets/{practiceId}/connexions/{network}/autorisation")
	@RequiresRole(Role.ADMIN)
	String authorize(@PathVariable long practiceId, @PathVariable String network, HttpSession session) {
		Network target = realNetwork(network);
		if (!connections.available(target)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		String state = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		states(session).put(state, new PendingAuthorization(practiceId, target, Instant.now(clock)));
		return "redirect:" + connections.authorizationUrl(target, state);
	}

	@GetMapping("/connexions/retour")
	String callback(@RequestParam(required = false) String state, @RequestParam(required = false) String code,
			@RequestParam(required = false) String error, @CurrentUser AuthenticatedUser user, HttpSession session,
			RedirectAttributes redirect) {
		PendingAuthorization pending = state == null ? null : states(session).remove(state);
		if (pending == null || pending.issuedAt().plus(STATE_VALIDITY).isBefore(Instant.now(clock))
				|| members.roleOf(user.id(), pending.practiceId()).filter(role -> role == Role.ADMIN).isEmpty()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		if (error != null || code == null) {
			redirect.addFlashAttribute("error", "publishing.connections.denied");
		}
		else {
			try {
				connections.complete(pending.practiceId(), pending.network(), code, user.email());
				redirect.addFlashAttribute("notice", "publishing.connections.connectedNotice");
			}
			catch (ConnectionException e) {
				redirect.addFlashAttribute("problem", e.getMessage());
			}
		}
		return "redirect:/cabinets/" + pending.practiceId() + "/connexions";
	}

	@PostMapping("/cabinets/{practiceId}/connexions/{network}/choix")
	@RequiresRole(Role.ADMIN)
	String choose(@PathVariable long practiceId, @PathVariable String network, @RequestParam String accountId,
			@CurrentUser AuthenticatedUser user, RedirectAttributes redirect) {
		return act(practiceId, redirect, "publishing.connections.chosenNotice",
				() -> connections.choose(practiceId, realNetwork(network), accountId, user.email()));
	}

	@PostMapping("/cabinets/{practiceId}/connexions/{network}/renouvellement")
	@RequiresRole(Role.ADMIN)
	String refresh(@PathVariable long practiceId, @PathVariable String network, @CurrentUser AuthenticatedUser user,
			RedirectAttributes redirect) {
		return act(practiceId, redirect, "publishing.connections.refreshedNotice",
				() -> connections.refresh(practiceId, realNetwork(network), user.email()));
	}

	@PostMapping("/cabinets/{practiceId}/connexions/{network}/deconnexion")
	@RequiresRole(Role.ADMIN)
	String disconnect(@PathVariable long practiceId, @PathVariable String network, @CurrentUser AuthenticatedUser user,
			RedirectAttributes redirect) {
		return act(practiceId, redirect, "publishing.connections.disconnectedNotice",
				() -> connections.disconnect(practiceId, realNetwork(network), user.email()));
	}

	private String act(long practiceId, RedirectAttributes redirect, String notice, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("notice", notice);
		}
		catch (ConnectionException e) {
			redirect.addFlashAttribute("problem", e.getMessage());
		}
		return "redirect:/cabinets/" + practiceId + "/connexions";
	}

	/** The sandbox needs no connection; anything else unknown is simply not found. */
	private static Network realNetwork(String name) {
		try {
			Network network = Network.valueOf(name.toUpperCase(Locale.ROOT));
			if (network != Network.SANDBOX) {
				return network;
			}
		}
		catch (IllegalArgumentException e) {
			// falls through to 404
		}
		throw new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, PendingAuthorization> states(HttpSession session) {
		synchronized (session) {
			var states = (Map<String, PendingAuthorization>) session.getAttribute(STATES);
			if (states == null) {
				states = new java.util.concurrent.ConcurrentHashMap<>();
				session.setAttribute(STATES, states);
			}
			return states;
		}
	}
}
