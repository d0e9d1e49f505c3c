package fr.sourire.web.pages;

import fr.sourire.media.MediaItem;
import fr.sourire.posts.Post;
import fr.sourire.publishing.Network;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Formatting for the posts pages: times are shown and typed in Paris time, stored as instants. */
public final class PostsUi {

	public static final ZoneId PARIS = ZoneId.of("Europe/Paris");
	/** The networks offered in the composer, sandbox first (on by default in the demo). */
	public static final List<Network> NETWORKS = List.of(Network.SANDBOX, Network.FACEBOOK, Network.INSTAGRAM,
			Network.LINKEDIN, Network.GOOGLE_BUSINESS);
	private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	private PostsUi() {
	}

	/** Value of a datetime-local input. */
	public static String input(Instant instant) {
		return instant == null ? "" : INPUT.format(instant.atZone(PARIS));
	}

	public static String when(Instant instant, String lang) {
		if (instant == null) {
			return "—";
		}
		return DateTimeFormatter.ofPattern("fr".equals(lang) ? "EEEE d MMMM yyyy 'à' HH:mm" : "EEEE d MMMM yyyy, HH:mm",
				Locale.forLanguageTag(lang)).format(instant.atZone(PARIS));
	}

	public static String time(Instant instant) {
		return DateTimeFormatter.ofPattern("HH:mm").format(instant.atZone(PARIS));
	}

	public static LocalDate day(Instant instant) {
		return instant.atZone(PARIS).toLocalDate();
	}

	/** Parses a datetime-local value as Paris time (a time skipped by the spring change moves forward an hour). */
	static Instant parse(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDateTime.parse(value.strip(), INPUT).atZone(PARIS).toInstant();
		}
		catch (DateTimeParseException e) {
			throw new BadTime();
		}
	}

	public static String excerpt(String text, int max) {
		String oneLine = text.replaceAll("\\s+", " ").strip();
		return oneLine.length() <= max ? oneLine : oneLine.substring(0, max - 1) + "…";
	}

	public static boolean targets(Post post, Network network) {
		return post != null && post.targets().stream().anyMatch(t -> t.network() == network);
	}

	public static String variant(Post post, Network network) {
		return post == null ? "" : post.targets().stream().filter(t -> t.network() == network).findFirst()
			.map(t -> t.variantText() == null ? "" : t.variantText()).orElse("");
	}

	public static String comment(Post post, Network network) {
		return post == null ? "" : post.targets().stream().filter(t -> t.network() == network).findFirst()
			.map(t -> t.firstComment() == null ? "" : t.firstComment()).orElse("");
	}

	/** The library with the post's photos first, in the post's order (the page submits them in this order). */
	public static List<MediaItem> chosenFirst(List<MediaItem> library, List<Long> chosen) {
		var ordered = new ArrayList<MediaItem>();
		chosen.forEach(id -> library.stream().filter(m -> m.id() == id).findFirst().ifPresent(ordered::add));
		library.stream().filter(m -> !chosen.contains(m.id())).forEach(ordered::add);
		return ordered;
	}

	/** Why a photo cannot be attached: the first blocking finding, in the page's language. */
	public static String blockingReason(MediaItem item, String lang) {
		return item.findings().stream().filter(f -> "block".equals(f.severity())).findFirst()
			.map(f -> f.message(Locale.forLanguageTag(lang))).orElse("");
	}

	public static String cssState(Post post) {
		return "state-" + post.state().name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	static final class BadTime extends RuntimeException {
	}
}
