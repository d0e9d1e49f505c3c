package fr.sourire.engine.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Splits French text into tokens and sentences in one pass over the original string.
 * <ul>
 * <li>Elisions are tokens of their own, apostrophe normalised: « l’implant » → {@code l'}, {@code implant}.</li>
 * <li>A hyphen inside a word separates without a token (« jeu-concours » = « jeu concours »); elsewhere it is a symbol
 * (« -20 % »).</li>
 * <li>Hashtags are split into known words when the whole tag can be (#avispatient → avis patient), else kept whole.</li>
 * <li>Sentences end at . ! ? … and line breaks, not after abbreviations (Dr., M., n°).</li>
 * </ul>
 */
public final class Tokenizer {
	private static final Set<String> ELISIONS = Set.of("l", "d", "qu", "n", "s", "j", "m", "t", "c", "jusqu", "lorsqu",
			"puisqu", "quoiqu", "presqu");
	private static final Set<String> ABBREVIATIONS = Set.of("dr", "m", "mme", "mlle", "pr", "st", "ste", "n", "no", "cf",
			"etc", "av", "bd", "tel", "vs", "ex");
	private final Predicate<String> dictionary;

	/** @param dictionary folded words known to the pack, used to split hashtags */
	public Tokenizer(Predicate<String> dictionary) {
		this.dictionary = dictionary;
	}

	public List<Token> tokenize(String text) {
		List<Token> out = new ArrayList<>(text.length() / 4 + 4);
		int sentence = 0;
		boolean sentenceHasToken = false;
		int i = 0, n = text.length();
		while (i < n) {
			int c = text.codePointAt(i);
			int len = Character.charCount(c);
			if (c == '\n' || c == '\r') {
				if (sentenceHasToken) { sentence++; sentenceHasToken = false; }
				i += len;
				continue;
			}
			if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == 0xFE0F || c == 0x200D || Character.getType(c) == Character.NON_SPACING_MARK) {
				i += len;
				continue;
			}
			if (Character.isLetterOrDigit(c)) {
				int end = wordEnd(text, i);
				String word = text.substring(i, end);
				if (end < n && Folding.isApostrophe(text.charAt(end)) && ELISIONS.contains(Folding.fold(word))
						&& end + 1 < n && Character.isLetter(text.charAt(end + 1))) {
					out.add(word(text, i, end + 1, sentence, false));
					i = end + 1;
				} else if (Folding.fold(word).equals("aujourd") && text.startsWith("hui", end + 1)) {
					out.add(word(text, i, end + 4, sentence, false));
					i = end + 4;
				} else {
					out.add(word(text, i, end, sentence, false));
					i = end;
				}
				sentenceHasToken = true;
				continue;
			}
			if (c == '#' && i + 1 < n && Character.isLetter(text.codePointAt(i + 1))) {
				out.add(new Token("#", i, i + 1, Token.Type.SYMBOL, sentence, true, false, false));
				int end = i + 1;
				while (end < n && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_')) end++;
				splitHashtag(text, i + 1, end, sentence, out);
				i = end;
				sentenceHasToken = true;
				continue;
			}
			if (isInnerHyphen(text, i, c)) {
				i += len;
				continue;
			}
			String sym = Folding.fold(text.substring(i, i + len));
			if (c == '.' && i + 2 < n + 1 && text.startsWith("..", i + 1)) {
				sym = "…";
				len = 3;
			}
			out.add(new Token(sym, i, i + len, Token.Type.SYMBOL, sentence, false, false, false));
			sentenceHasToken = true;
			i += len;
			if (endsSentence(sym, out) && (i >= n || !Character.isLetterOrDigit(text.charAt(i))) && !closingQuoteFollows(text, i)
					&& !(sym.equals("…") && lowercaseFollows(text, i))) {
				while (i < n && (text.charAt(i) == '!' || text.charAt(i) == '?' || text.charAt(i) == '.')) {
					out.add(new Token(String.valueOf(text.charAt(i)), i, i + 1, Token.Type.SYMBOL, sentence, false, false, false));
					i++;
				}
				sentence++;
				sentenceHasToken = false;
			}
		}
		return out;
	}

	/** « Avant / après… de notre salle d'attente » – suspension points followed by a lower-case word go on. */
	private static boolean lowercaseFollows(String text, int i) {
		int j = i;
		while (j < text.length() && Character.isSpaceChar(text.charAt(j))) j++;
		return j < text.length() && Character.isLowerCase(text.charAt(j));
	}

	/** « Je souris enfin ! » – the sentence goes on after the closing quotation mark. */
	private static boolean closingQuoteFollows(String text, int i) {
		int j = i;
		while (j < text.length() && (text.charAt(j) == '!' || text.charAt(j) == '?' || text.charAt(j) == '.' || Character.isSpaceChar(text.charAt(j)))) j++;
		return j < text.length() && (text.charAt(j) == '»' || text.charAt(j) == '”' || text.charAt(j) == '"');
	}

	private static boolean isInnerHyphen(String text, int i, int c) {
		return (c == '-' || c == '‑' || c == '‐') && i > 0 && i + 1 < text.length()
				&& Character.isLetter(text.charAt(i - 1)) && Character.isLetter(text.charAt(i + 1));
	}

	private static boolean endsSentence(String sym, List<Token> out) {
		if (sym.equals("!") || sym.equals("?") || sym.equals("…")) return true;
		if (!sym.equals(".")) return false;
		if (out.size() < 2) return true;
		Token prev = out.get(out.size() - 2);
		return !(prev.isWord() && (ABBREVIATIONS.contains(prev.form()) || prev.form().length() == 1 && prev.capitalized()));
	}

	/** Letters and digits; a hyphen between two letters and a decimal mark between two digits stay inside. */
	private static int wordEnd(String text, int i) {
		int n = text.length();
		int j = i;
		boolean digits = Character.isDigit(text.charAt(i));
		while (j < n) {
			char ch = text.charAt(j);
			if (Character.isLetterOrDigit(ch) || Character.getType(ch) == Character.NON_SPACING_MARK) {
				if (digits != Character.isDigit(ch) && !(digits && isOrdinalSuffix(text, j))) break;
				j++;
			} else if ((ch == '.' || ch == ',') && digits && j + 1 < n && Character.isDigit(text.charAt(j + 1)) && j > i) {
				j++;
			} else break;
		}
		return j == i ? i + 1 : j;
	}

	/** « 4e », « 3ème », « 1er », « 2nd » are one token. */
	private static boolean isOrdinalSuffix(String text, int j) {
		String rest = Folding.fold(text.substring(j, Math.min(text.length(), j + 4)));
		for (String suf : new String[] {"eme", "ere", "er", "e", "nd", "re"})
			if (rest.startsWith(suf) && (rest.length() == suf.length() || !Character.isLetter(rest.charAt(suf.length()))))
				return true;
		return false;
	}

	private Token word(String text, int start, int end, int sentence, boolean hashtag) {
		String raw = text.substring(start, end);
		String form = Folding.fold(raw);
		boolean digit = Character.isDigit(raw.charAt(0));
		boolean cap = Character.isUpperCase(raw.codePointAt(0));
		boolean allCaps = !digit && raw.length() > 1 && raw.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
		if (Folding.isApostrophe(raw.charAt(raw.length() - 1))) form = form.substring(0, form.length() - 1) + "'";
		return new Token(form, start, end, digit ? Token.Type.NUMBER : Token.Type.WORD, sentence, hashtag, cap, allCaps);
	}

	/** Splits a hashtag body into the fewest known words (dynamic programming); keeps it whole when impossible. */
	private void splitHashtag(String text, int start, int end, int sentence, List<Token> out) {
		String body = Folding.fold(text.substring(start, end));
		int n = body.length();
		if (n != end - start) { // a ligature changed the length: offsets would drift, keep the tag whole
			out.add(word(text, start, end, sentence, true).withHashtag());
			return;
		}
		int[] best = new int[n + 1];
		int[] cut = new int[n + 1];
		java.util.Arrays.fill(best, Integer.MAX_VALUE);
		best[0] = 0;
		for (int j = 1; j <= n; j++) {
			for (int k = Math.max(0, j - 25); k < j; k++) {
				if (best[k] == Integer.MAX_VALUE) continue;
				String part = body.substring(k, j);
				boolean ok = part.equals("_") || (part.length() >= 2 || Character.isDigit(part.charAt(0))) && (dictionary.test(part) || part.chars().allMatch(Character::isDigit));
				if (ok && best[k] + 1 < best[j]) {
					best[j] = best[k] + 1;
					cut[j] = k;
				}
			}
		}
		if (best[n] == Integer.MAX_VALUE || best[n] == 1) {
			out.add(word(text, start, end, sentence, true).withHashtag());
			return;
		}
		List<int[]> parts = new ArrayList<>();
		for (int j = n; j > 0; j = cut[j]) parts.add(0, new int[] {cut[j], j});
		for (int[] p : parts) {
			if (body.charAt(p[0]) == '_') continue;
			Token t = word(text, start + p[0], start + p[1], sentence, true);
			out.add(t.withHashtag());
		}
	}
}
