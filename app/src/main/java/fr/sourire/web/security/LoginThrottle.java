package fr.sourire.web.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after {@value #MAX_FAILURES} failed logins for one account from one address within
 * 15 minutes, further attempts are refused until the oldest failure is 15 minutes old. Kept in memory: one instance
 * serves a practice group, and a restart forgetting the counters is acceptable.
 */
@Component
class LoginThrottle {

	static final int MAX_FAILURES = 5;
	static final Duration WINDOW = Duration.ofMinutes(15);
	private static final int MAX_TRACKED = 10_000;

	private final Map<String, Deque<Instant>> failures = new HashMap<>();
	private final Clock clock;

	LoginThrottle() {
		this(Clock.systemUTC());
	}

	LoginThrottle(Clock clock) {
		this.clock = clock;
	}

	/** How long the caller must wait, if blocked. */
	synchronized Optional<Duration> blockedFor(String key) {
		Deque<Instant> recent = prune(key);
		if (recent == null || recent.size() < MAX_FAILURES) {
			return Optional.empty();
		}
		return Optional.of(Duration.between(clock.instant(), recent.peekFirst().plus(WINDOW)));
	}

	synchronized void failed(String key) {
		if (failures.size() >= MAX_TRACKED) {
			failures.keySet().removeIf(k -> prune(k) == null);
		}
		failures.computeIfAbsent(key, k -> new ArrayDeque<>()).addLast(clock.instant());
	}

	synchronized void succeeded(String key) {
		failures.remove(key);
	}

	private Deque<Instant> prune(String key) {
		Deque<Instant> recent = failures.get(key);
		if (recent == null) {
			return null;
		}
		Instant horizon = clock.instant().minus(WINDOW);
		while (!recent.isEmpty() && !recent.peekFirst().isAfter(horizon)) {
			recent.removeFirst();
		}
		if (recent.isEmpty()) {
			failures.remove(key);
			return null;
		}
		return recent;
	}
}
