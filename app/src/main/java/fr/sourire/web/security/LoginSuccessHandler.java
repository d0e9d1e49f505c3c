package fr.sourire.web.security;

import fr.sourire.audit.AuditJournal;
import fr.sourire.practices.AuthenticatedUser;
import fr.sourire.practices.Members;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * After login: the interface switches to the language the user chose in Paramètres, the login is journalled (who,
 * from where), and the user lands on their current practice.
 */
@Component
class LoginSuccessHandler implements AuthenticationSuccessHandler {

	private final Members members;
	private final AuditJournal journal;
	private final LocaleResolver locales;

	LoginSuccessHandler(Members members, AuditJournal journal, LocaleResolver locales) {
		this.members = members;
		this.journal = journal;
		this.locales = locales;
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException {
		if (authentication.getPrincipal() instanceof AuthenticatedUser user) {
			locales.setLocale(request, response, "en".equals(members.language(user.id())) ? Locale.ENGLISH : Locale.FRENCH);
			journal.record(null, user.email(), "login.succeeded", Map.of("address", request.getRemoteAddr()));
		}
		response.sendRedirect(request.getContextPath() + "/");
	}
}
