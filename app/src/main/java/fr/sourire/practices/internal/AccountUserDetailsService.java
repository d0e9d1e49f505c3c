package fr.sourire.practices.internal;

import fr.sourire.practices.AuthenticatedUser;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Loads users for form login. Accounts still waiting for their invitation to be accepted cannot log in. */
@Component
class AccountUserDetailsService implements UserDetailsService {

	private final JdbcClient jdbc;

	AccountUserDetailsService(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public UserDetails loadUserByUsername(String email) {
		return jdbc.sql("select id, email, display_name, password_hash from user_account where email = ? and password_hash is not null")
			.param(email.trim().toLowerCase(Locale.ROOT))
			.query((rs, n) -> new AuthenticatedUser(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
			.optional()
			.orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
	}
}
