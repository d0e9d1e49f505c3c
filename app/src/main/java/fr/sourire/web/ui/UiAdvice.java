package fr.sourire.web.ui;

import fr.sourire.practices.AuthenticatedUser;
import fr.sourire.practices.Members;
import fr.sourire.practices.Membership;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.HandlerMapping;

/** Gives every web page its {@link Ui}, and keeps the current practice in the session. */
@ControllerAdvice(basePackages = "fr.sourire.web")
class UiAdvice {

	private static final Logger log = LoggerFactory.getLogger(UiAdvice.class);

	private final MessageSource messages;
	private final Members members;

	UiAdvice(MessageSource messages, Members members) {
		this.messages = messages;
		this.members = members;
	}

	@ModelAttribute("ui")
	Ui ui(HttpServletRequest request, Locale locale) {
		var csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
		String path = request.getRequestURI();
		AuthenticatedUser user = AuthenticatedUser.current().orElse(null);
		List<Membership> memberships = List.of();
		Membership current = null;
		if (user != null) {
			try {
				memberships = members.membershipsOf(user.id());
				current = CurrentPractice.resolve(request, memberships, pathPracticeId(request));
			}
			catch (RuntimeException e) {
				// An error page must still render when the database is what failed.
				log.warn("Could not load memberships for the page shell: {}", e.toString());
			}
		}
		return new Ui(messages, Languages.supported(locale), path, csrf == null ? "_csrf" : csrf.getParameterName(),
				csrf == null ? "" : csrf.getToken(), csrf == null ? "X-CSRF-TOKEN" : csrf.getHeaderName(), user, memberships,
				current);
	}

	private static Long pathPracticeId(HttpServletRequest request) {
		@SuppressWarnings("unchecked")
		var variables = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		try {
			return variables == null || variables.get("practiceId") == null ? null : Long.valueOf(variables.get("practiceId"));
		}
		catch (NumberFormatException e) {
			return null;
		}
	}
}
