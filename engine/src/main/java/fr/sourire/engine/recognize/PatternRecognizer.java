package fr.sourire.engine.recognize;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regex recognizer with an optional validation step (checksum, comparison with the practice's own facts) that may
 * rename or drop each candidate. Patterns are written without nested unbounded quantifiers, so they cannot backtrack
 * catastrophically; a cheap {@code trigger} char skips the regex on texts that cannot contain a match.
 */
final class PatternRecognizer implements Recognizer {
	interface Validator {
		/** @return the entity type to emit, or null to drop the candidate */
		String validate(Matcher m, RecognizerInput input);
	}

	private final String type;
	private final Pattern pattern;
	private final Predicate<String> trigger;
	private final Validator validator;
	private final int group;

	PatternRecognizer(String type, String regex, Predicate<String> trigger, Validator validator) {
		this(type, regex, trigger, validator, 0);
	}

	PatternRecognizer(String type, String regex, Predicate<String> trigger, Validator validator, int group) {
		this(type, Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS),
				trigger, validator, group);
	}

	/** For a case-sensitive pattern (capitals). */
	PatternRecognizer(String type, Pattern pattern, Predicate<String> trigger, Validator validator, int group) {
		this.type = type;
		this.pattern = pattern;
		this.trigger = trigger;
		this.validator = validator;
		this.group = group;
	}

	@Override
	public void recognize(RecognizerInput input, List<RawEntity> out) {
		if (trigger != null && !trigger.test(input.text())) return;
		Matcher m = pattern.matcher(input.text());
		while (m.find()) {
			String t = validator == null ? type : validator.validate(m, input);
			if (t != null) out.add(new RawEntity(t, m.start(group), m.end(group)));
		}
	}
}
