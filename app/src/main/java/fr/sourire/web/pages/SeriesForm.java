package fr.sourire.web.pages;

import fr.sourire.engine.PostCategory;
import fr.sourire.posts.PostDraft;
import fr.sourire.posts.PostRuleViolation;
import fr.sourire.posts.Recurrence;
import fr.sourire.publishing.Network;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/** What the creation form sent, kept as typed so that a refusal loses nothing. */
public record SeriesForm(String category, String text, String first, String frequency, String endsOn, String count,
		List<String> networks) {

	static SeriesForm blank() {
		return new SeriesForm(PostCategory.PREVENTION_EDU.name(), "", "", Recurrence.Frequency.WEEKLY.name(), "", "4",
				List.of(Network.SANDBOX.name()));
	}

	static SeriesForm of(Map<String, String> fields, List<String> networks) {
		return new SeriesForm(fields.getOrDefault("category", "OTHER"), fields.getOrDefault("text", ""),
				fields.getOrDefault("first", ""), fields.getOrDefault("frequency", ""), fields.getOrDefault("endsOn", ""),
				fields.getOrDefault("count", ""), networks == null ? List.of() : networks);
	}

	PostDraft content() {
		return new PostDraft(category(PostCategory.class, category), text, null,
				networks.stream().map(n -> new PostDraft.TargetDraft(enumOrNull(Network.class, n), null, null))
					.filter(t -> t.network() != null).toList());
	}

	Recurrence rule() {
		try {
			return new Recurrence(enumOrNull(Recurrence.Frequency.class, frequency),
					first.isBlank() ? null : LocalDateTime.parse(first.strip()),
					endsOn.isBlank() ? null : LocalDate.parse(endsOn.strip()),
					count.isBlank() ? null : Integer.valueOf(count.strip()));
		}
		catch (DateTimeParseException | NumberFormatException e) {
			throw new PostRuleViolation("posts.series.error.incomplete");
		}
	}

	private static PostCategory category(Class<PostCategory> type, String value) {
		PostCategory category = enumOrNull(type, value);
		return category == null ? PostCategory.OTHER : category;
	}

	private static <E extends Enum<E>> E enumOrNull(Class<E> type, String value) {
		try {
			return Enum.valueOf(type, value);
		}
		catch (IllegalArgumentException | NullPointerException e) {
			return null;
		}
	}
}
