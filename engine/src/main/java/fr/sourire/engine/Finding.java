package fr.sourire.engine;

import java.util.List;

/**
 * One problem found in a text: which rule, how serious, where (spans in UTF-16 offsets of the original text), the
 * words, what to tell the author and why, better wordings when the rule has some, and the legal sources.
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
		List<LegalSource> sources) {

	public Finding {
		spans = List.copyOf(spans);
		suggestions = List.copyOf(suggestions);
		sources = List.copyOf(sources);
	}

	/** The first span: where the finding is underlined first. */
	public Span span() {
		return spans.get(0);
	}
}
