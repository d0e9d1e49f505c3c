package fr.sourire.engine;

/**
 * A range of the ORIGINAL text in UTF-16 char offsets, {@code start} inclusive, {@code end} exclusive: the unit of
 * {@link String#substring(int, int)} in Java and of {@code String.prototype.slice} in JavaScript. Normalisation never
 * moves a span: accents, emojis (two chars each) and non-breaking spaces are counted as they stand in the original.
 */
public record Span(int start, int end) implements Comparable<Span> {
	public Span {
		if (start < 0 || end < start) throw new IllegalArgumentException("bad span " + start + ".." + end);
	}

	public boolean overlaps(Span o) {
		return start < o.end && o.start < end;
	}

	@Override
	public int compareTo(Span o) {
		return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
	}
}
