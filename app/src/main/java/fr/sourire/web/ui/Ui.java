package fr.sourire.web.ui;

import fr.sourire.practices.AuthenticatedUser;
import fr.sourire.practices.Membership;
import fr.sourire.practices.Role;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * Everything the shared layout needs, handed to every template as {@code ui}: the texts in the visitor's language,
 * who is logged in, their practices, the current one, the CSRF token and the navigation.
 */
public final class Ui {

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	private final MessageSource messages;
	private final Locale locale;
	private final String path;
	private final String csrfParameter;
	private final String csrfToken;
	private final String csrfHeader;
	private final AuthenticatedUser user;
	private final List<Membership> memberships;
	private final Membership current;

	Ui(MessageSource messages, Locale locale, String path, String csrfParameter, String csrfToken, String csrfHeader,
			AuthenticatedUser user, List<Membership> memberships, Membership current) {
		this.messages = messages;
		this.locale = locale;
		this.path = path;
		this.csrfParameter = csrfParameter;
		this.csrfToken = csrfToken;
		this.csrfHeader = csrfHeader;
		this.user = user;
		this.memberships = List.copyOf(memberships);
		this.current = current;
	}

	/** The text for {@code key} in the visitor's language. */
	public String t(String key, Object... args) {
		return messages.getMessage(key, args, locale);
	}

	/** The text for {@code key}, or {@code fallback} when there is none (e.g. journal actions of newer modules). */
	public String tOr(String key, String fallback) {
		return messages.getMessage(key, null, fallback, locale);
	}

	public String lang() {
		return Languages.of(locale);
	}

	/** The same page in the other language. */
	public String switchLanguageUrl() {
		return path + "?lang=" + ("en".equals(lang()) ? "fr" : "en");
	}

	public String otherLanguage() {
		return "en".equals(lang()) ? "fr" : "en";
	}

	public String csrfParameter() {
		return csrfParameter;
	}

	public String csrfToken() {
		return csrfToken;
	}

	/** The header htmx (and other scripts) send the CSRF token in. */
	public String csrfHeader() {
		return csrfHeader;
	}

	public AuthenticatedUser user() {
		return user;
	}

	public List<Membership> memberships() {
		return memberships;
	}

	/** The practice being worked on, or null for a user who belongs to none. */
	public Membership current() {
		return current;
	}

	public boolean isCurrent(Membership membership) {
		return current != null && current.practiceId() == membership.practiceId();
	}

	public boolean admin() {
		return current != null && current.role() == Role.ADMIN;
	}

	public String role(Role role) {
		return t("role." + role.name());
	}

	public String date(Instant instant) {
		return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale)
			.format(instant.atZone(PARIS));
	}

	public List<NavItem> navigation() {
		if (current == null) {
			return List.of();
		}
		String base = "/cabinets/" + current.practiceId();
		return List.of(item(base, "nav.dashboard", true), item(base + "/publications", "nav.posts", false),
				item(base + "/calendrier", "nav.calendar", false), item(base + "/avis", "nav.reviews", false),
				item(base + "/medias", "nav.media", false), item(base + "/verifier", "nav.check", false),
				item(base + "/cabinet", "nav.practice", false), item("/parametres", "nav.settings", false));
	}

	private NavItem item(String href, String labelKey, boolean exact) {
		boolean active = exact ? path.equals(href) : path.equals(href) || path.startsWith(href + "/");
		return new NavItem(href, labelKey, active);
	}

	public record NavItem(String href, String labelKey, boolean active) {
	}
}
