package fr.sourire.engine.text;

import java.text.Normalizer;

/**
 * Folds French text for matching: lower case, no accents, œ → oe, typographic apostrophes → ', every kind of space →
 * space. Patterns, lexicons and tokens are all folded the same way, so « Éclaircissement », « eclaircissement » and
 * « ÉCLAIRCISSEMENT » match alike. Folding is applied per token: spans always refer to the original text.
 */
public final class Folding {
	private static final char[] TABLE = new char[0x250];

	static {
		for (char c = 0; c < TABLE.length; c++) {
			String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
			char base = d.charAt(0);
			TABLE[c] = Character.toLowerCase(Character.isLetter(base) ? base : c);
		}
	}

	private Folding() {
	}

	public static boolean isApostrophe(int c) {
		return c == '\'' || c == '’' || c == '‘' || c == 'ʼ' || c == '´' || c == '`';
	}

	public static String fold(CharSequence s) {
		StringBuilder b = new StringBuilder(s.length());
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (c == 'œ' || c == 'Œ') b.append("oe");
			else if (c == 'æ' || c == 'Æ') b.append("ae");
			else if (isApostrophe(c)) b.append('\'');
			else if (Character.isSpaceChar(c) || Character.isWhitespace(c)) b.append(' ');
			else if (c == '–' || c == '—' || c == '‑' || c == '‐') b.append('-');
			else if (c < TABLE.length) b.append(TABLE[c]);
			else b.append(Character.toLowerCase(c));
		}
		return b.toString();
	}

	/** Folds a person's name to the form that is hashed: words separated by one space, hyphens and apostrophes as spaces. */
	public static String foldName(String name) {
		String f = fold(name).replace('-', ' ').replace('\'', ' ').replace('.', ' ');
		return f.trim().replaceAll("\\s+", " ");
	}
}
