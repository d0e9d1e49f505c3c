package fr.sourire.practices.internal;

import fr.sourire.practices.AuthenticatedUser;
import fr.sourire.practices.Members;
import fr.sourire.practices.PracticeNotFoundException;
import fr.sourire.practices.RequiresRole;
import fr.sourire.practices.Role;
import fr.sourire.practices.RoleRequiredException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Map;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * The one place where tenant isolation is enforced for web and API routes: any route whose path carries
 * {@code {practiceId}} is refused with 404 unless the user is a member of that practice, and with 403 when
 * {@link RequiresRole} names roles the member does not hold. New routes are covered without anyone remembering to.
 */
class PracticeAccessInterceptor implements HandlerInterceptor {

	static final String PRACTICE_ID = "practiceId";

	private final Members members;

	PracticeAccessInterceptor(Members members) {
		this.members = members;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (!(handler instanceof HandlerMethod method)) {
			return true;
		}
		RequiresRole required = method.getMethodAnnotation(RequiresRole.class);
		@SuppressWarnings("unchecked")
		var variables = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		String practiceId = variables == null ? null : variables.get(PRACTICE_ID);
		if (practiceId == null) {
			if (required != null) {
				throw new IllegalStateException("@RequiresRole needs a {practiceId} in the path: " + method);
			}
			return true;
		}
		Role role = AuthenticatedUser.current()
			.flatMap(user -> parse(practiceId).flatMap(id -> members.roleOf(user.id(), id)))
			.orElseThrow(PracticeNotFoundException::new);
		if (required != null && !Arrays.asList(required.value()).contains(role)) {
			throw new RoleRequiredException();
		}
		return true;
	}

	private static java.util.Optional<Long> parse(String practiceId) {
		try {
			return java.util.Optional.of(Long.parseLong(practiceId));
		}
		catch (NumberFormatException e) {
			return java.util.Optional.empty();
		}
	}
}
