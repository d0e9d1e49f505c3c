package fr.sourire.compliance;

import fr.sourire.engine.Channel;
import fr.sourire.engine.Kind;
import fr.sourire.engine.PostCategory;
import java.util.Arrays;
import java.util.Locale;

/**
 * A text and what it is: a post (with its channel and category), a reply (with the review it answers) or a review.
 * Missing values take the engine's defaults (a post on the practice's social account).
 */
public record TextToCheck(String text, Kind kind, Channel channel, PostCategory category, String review) {

	public TextToCheck {
		text = text == null ? "" : text;
	}

	/**
	 * From the words the pages and the API use ({@code post}, {@code PRACTICE_SOCIAL}…, case ignored; blank means
	 * default).
	 *
	 * @throws InvalidCheckRequest naming the field and the accepted values
	 */
	public static TextToCheck parse(String text, String kind, String channel, String category, String review) {
		return new TextToCheck(text, value(Kind.class, "kind", kind), value(Channel.class, "channel", channel),
				value(PostCategory.class, "category", category), review == null || review.isBlank() ? null : review);
	}

	private static <E extends Enum<E>> E value(Class<E> type, String field, String raw) {
		if (raw == null || raw.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, raw.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw new InvalidCheckRequest("Valeur inconnue pour « " + field + " » : « " + raw + " ». Valeurs acceptées : "
					+ Arrays.stream(type.getEnumConstants()).map(c -> c.name().toLowerCase(Locale.ROOT)).toList() + ".");
		}
	}
}
