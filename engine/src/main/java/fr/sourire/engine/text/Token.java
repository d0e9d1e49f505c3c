package fr.sourire.engine.text;

/**
 * A word, number or symbol of the text. {@code form} is folded (see {@link Folding}); {@code start}/{@code end} are
 * UTF-16 offsets into the original text. Words cut out of a hashtag (#avispatient → avis, patient) keep the offsets of
 * their part of the hashtag.
 */
public record Token(String form, int start, int end, Type type, int sentence, boolean hashtag, boolean capitalized,
		boolean allCaps) {
	public enum Type { WORD, NUMBER, SYMBOL }

	Token withHashtag() {
		return new Token(form, start, end, type, sentence, true, capitalized, allCaps);
	}

	public boolean isWord() {
		return type == Type.WORD;
	}
}
