package fr.sourire.engine;

/** A text in French (shown to users) and English (for the team and the logs). */
public record LocalizedText(String fr, String en) {
	public LocalizedText {
		if (fr == null) throw new IllegalArgumentException("French text is required");
		if (en == null) en = fr;
	}

	public LocalizedText map(java.util.function.UnaryOperator<String> f) {
		return new LocalizedText(f.apply(fr), f.apply(en));
	}
}
