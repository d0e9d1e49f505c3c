package fr.sourire.compliance;

import fr.sourire.engine.CheckReport;
import fr.sourire.engine.Finding;
import fr.sourire.engine.LegalSource;
import fr.sourire.engine.LocalizedText;
import fr.sourire.engine.Span;
import java.util.List;
import java.util.Locale;

/**
 * A check report as the pages and the API show it, in the reader's language. Offsets are UTF-16 code units of the
 * checked text (JavaScript's {@code String.slice}). The sources' evidence level is shown to administrators only.
 * {@code detection} is {@code pattern}, or {@code model} when only the rule's wording model found it (a warning to
 * re-read the sentence, never a block).
 */
public record CheckResult(String verdict, List<FindingView> findings) {

	public record FindingView(String rule, String severity, int start, int end, List<SpanView> spans, String excerpt,
			String message, String shortMessage, String explanation, List<String> suggestions, List<SourceView> sources,
			String detection) {
	}

	public record SpanView(int start, int end) {
	}

	/** {@code evidence} is null unless the reader is an administrator. */
	public record SourceView(String ref, String url, String evidence) {
	}

	public static CheckResult of(CheckReport report, Locale locale, boolean showEvidence) {
		boolean english = "en".equals(locale.getLanguage());
		return new CheckResult(report.verdict().id(),
				report.findings().stream().map(f -> view(f, english, showEvidence)).toList());
	}

	private static FindingView view(Finding f, boolean english, boolean showEvidence) {
		Span first = f.span();
		return new FindingView(f.ruleId(), f.severity().id(), first.start(), first.end(),
				f.spans().stream().map(s -> new SpanView(s.start(), s.end())).toList(), f.excerpt(),
				text(f.message(), english), text(f.shortMessage(), english), text(f.explanation(), english),
				f.suggestions(), f.sources().stream().map(s -> source(s, showEvidence)).toList(),
				f.detection().name().toLowerCase(Locale.ROOT));
	}

	private static SourceView source(LegalSource s, boolean showEvidence) {
		return new SourceView(s.ref(), s.url(), showEvidence ? s.evidence() : null);
	}

	private static String text(LocalizedText t, boolean english) {
		return t == null ? null : english ? t.en() : t.fr();
	}
}
