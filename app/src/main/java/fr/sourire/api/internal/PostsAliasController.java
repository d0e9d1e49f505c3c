package fr.sourire.api.internal;

import fr.sourire.practices.AuthenticatedUser;
import fr.sourire.practices.Members;
import fr.sourire.practices.Membership;
import fr.sourire.practices.PracticeNotFoundException;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/posts/…}: the posts API without the practice in the path. It only chooses the practice and forwards
 * to {@code /api/v1/practices/{practiceId}/posts/…}, so the same controller, tenant interceptor (404 for a
 * non-member, 403 for a wrong role), security filters and validation run on the forwarded request: this class never
 * decides who may see or do what. Documented by {@link PostsAliasDocumentation}.
 */
@Hidden
@RestController
class PostsAliasController {

	static final String FLAT = "/api/v1/posts";
	static final String NESTED = "/api/v1/practices/%d/posts";
	static final String PRACTICE_PARAMETER = "practice";
	static final String PRACTICE_HEADER = "X-Sourire-Practice";

	/** What may follow {@code /api/v1/posts}: path segments of plain characters, so the forward stays under the practice's posts. */
	private static final Pattern REST = Pattern.compile("(/[A-Za-z0-9_-]+)*");

	private final Members members;

	PostsAliasController(Members members) {
		this.members = members;
	}

	/** Several practices and none chosen: the caller must say which (nothing about those practices is disclosed). */
	static final class PracticeNotChosenException extends RuntimeException {
	}

	@RequestMapping({ FLAT, FLAT + "/**" })
	void forward(@RequestParam(name = PRACTICE_PARAMETER, required = false) String practice,
			@RequestHeader(name = PRACTICE_HEADER, required = false) String header,
			@AuthenticationPrincipal AuthenticatedUser user, HttpServletRequest request, HttpServletResponse response)
			throws ServletException, IOException {
		String rest = request.getRequestURI().substring(request.getContextPath().length() + FLAT.length());
		if (!REST.matcher(rest).matches()) {
			throw new PracticeNotFoundException();
		}
		long practiceId = chosenPractice(practice, header, user);
		request.getRequestDispatcher(NESTED.formatted(practiceId) + rest).forward(request, response);
	}

	@ExceptionHandler(PracticeNotChosenException.class)
	ProblemDetail practiceNotChosen() {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"Précisez le cabinet : paramètre practice (son identifiant) ou en-tête X-Sourire-Practice. "
						+ "Vous êtes membre de plusieurs cabinets ; leurs identifiants sont dans GET /api/v1/me.");
	}

	/** The query parameter, else the header, else the caller's only practice. Membership is the nested route's business. */
	private long chosenPractice(String practice, String header, AuthenticatedUser user) {
		String named = isGiven(practice) ? practice : header;
		if (isGiven(named)) {
			try {
				return Long.parseLong(named.strip());
			}
			catch (NumberFormatException e) {
				throw new PracticeNotFoundException();
			}
		}
		List<Membership> memberships = members.membershipsOf(user.id());
		if (memberships.isEmpty()) {
			throw new PracticeNotFoundException();
		}
		if (memberships.size() > 1) {
			throw new PracticeNotChosenException();
		}
		return memberships.get(0).practiceId();
	}

	private static boolean isGiven(String value) {
		return value != null && !value.isBlank();
	}
}
