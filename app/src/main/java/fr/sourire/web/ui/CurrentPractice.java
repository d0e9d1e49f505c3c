package fr.sourire.web.ui;

import fr.sourire.practices.Membership;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Optional;

/**
 * The practice a user is working on, kept in the session. It is only ever a hint: it is re-validated against the
 * user's memberships on every request, and practice-scoped URLs carry the practice themselves.
 */
public final class CurrentPractice {

	private static final String ATTRIBUTE = "sourire.currentPractice";

	private CurrentPractice() {
	}

	/** The practice of the URL if any, else the one remembered in the session, else the user's first practice. */
	static Membership resolve(HttpServletRequest request, List<Membership> memberships, Long fromPath) {
		HttpSession session = request.getSession(false);
		Long wanted = fromPath != null ? fromPath : session == null ? null : (Long) session.getAttribute(ATTRIBUTE);
		Optional<Membership> found = memberships.stream().filter(m -> wanted != null && m.practiceId() == wanted).findFirst();
		Membership current = found.orElse(memberships.isEmpty() ? null : memberships.get(0));
		if (current != null && fromPath != null) {
			remember(request, current.practiceId());
		}
		return current;
	}

	public static Optional<Membership> of(HttpServletRequest request, List<Membership> memberships) {
		return Optional.ofNullable(resolve(request, memberships, null));
	}

	public static void remember(HttpServletRequest request, long practiceId) {
		request.getSession().setAttribute(ATTRIBUTE, practiceId);
	}
}
