package fr.sourire.web.security;

import java.util.Locale;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** Wraps the password check with {@link LoginThrottle}, keyed by account and client address. */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

	private final AuthenticationProvider delegate;
	private final LoginThrottle throttle;

	ThrottledAuthenticationProvider(AuthenticationProvider delegate, LoginThrottle throttle) {
		this.delegate = delegate;
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String key = key(authentication);
		var wait = throttle.blockedFor(key);
		if (wait.isPresent()) {
			throw new LoginThrottledException(wait.get());
		}
		try {
			Authentication result = delegate.authenticate(authentication);
			throttle.succeeded(key);
			return result;
		}
		catch (BadCredentialsException e) {
			throttle.failed(key);
			throw e;
		}
		catch (AuthenticationException e) {
			throttle.failed(key);
			// Never tell a stranger whether an account exists or is disabled.
			throw new BadCredentialsException("Bad credentials", e);
		}
	}

	private static String key(Authentication authentication) {
		String address = authentication.getDetails() instanceof WebAuthenticationDetails details
				? details.getRemoteAddress() : "?";
		return String.valueOf(authentication.getName()).trim().toLowerCase(Locale.ROOT) + "|" + address;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return delegate.supports(authentication);
	}
}
