package fr.sourire.engine;

import java.util.List;

/**
 * One problem found in a text: which rule, how serious, where (spans in UTF-16 offsets of the original text), the
 * words, what to tell the author and why, better wordings when the rule has some, the legal sources, and whether the
 * rule's patterns found it or only the rule's wording model did (a second opinion, never more than a warning).
 */
public record Finding(
		String ruleId,
		Severity severity,
		List<Span> spans,
		String excerpt,
		LocalizedText message,
		LocalizedText shortMessage,
		LocalizedText explanation,
		List<String> suggestions,
		List<LegalSource> sources,
		Detection detection) {

	/** How a finding was made. */
	public enum Detection { PATTERN, MODEL }

	public Finding {
		if (detection == null) detection = Detection.PATTERN;
		spans = List.copyOf(spans);
		suggestions = List.copyOf(suggestions);
		sources = List.copyOf(sources);
	}

	/** The first span: where the finding is underlined first. */
	public Span span() {
		return spans.get(0);
	}
}
