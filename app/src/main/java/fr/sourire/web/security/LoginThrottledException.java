package fr.sourire.web.security;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** Too many failed attempts: the password is not even checked. */
class LoginThrottledException extends AuthenticationException {

	private final Duration wait;

	LoginThrottledException(Duration wait) {
		super("Too many failed login attempts");
		this.wait = wait;
	}

	/** Whole minutes to wait, at least one. */
	long minutes() {
		return Math.max(1, (wait.toSeconds() + 59) / 60);
	}
}
