package fr.sourire.reputation.internal;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Texts as sets of word 3-shingles, for the near-duplicate search: folding (lower case, accents removed) by a
 * character loop, MinHash signatures and the exact Jaccard index.
 */
final class TextShingles {

	/** Folded form of the Basic Multilingual Plane's characters, computed once: lower case, accents removed. */
	private static final String[] FOLDED = new String[Character.MAX_VALUE + 1];
	private static final Pattern MARKS = Pattern.compile("\\p{M}");

	private TextShingles() {
	}

	/**
	 * Hashes of the word 3-shingles of the text, accents and case folded, sorted and distinct. A shingle's hash is the
	 * {@code hashCode} of "word1 word2 word3", composed from the words' own hashes without building any string.
	 */
	static int[] shingles(String text) {
		int n = text.length();
		var words = new WordHashes();
		int hash = 0;
		int power = 1;
		boolean inWord = false;
		for (int i = 0; i < n; i++) {
			char c = text.charAt(i);
			if (c < 128) { // ASCII: no accent to remove
				if (c >= 'A' && c <= 'Z') {
					c += 'a' - 'A';
				}
				if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
					hash = 31 * hash + c;
					power *= 31;
					inWord = true;
					continue;
				}
				if (inWord) {
					words.add(hash, power);
					hash = 0;
					power = 1;
					inWord = false;
				}
				continue;
			}
			String f = Character.isSurrogate(c) ? null : fold(c);
			if (f == null) { // a supplementary character: fold its whole code point the slow way
				int cp = text.codePointAt(i);
				f = slowFold(Character.toString(cp));
				i += Character.charCount(cp) - 1;
			}
			for (int k = 0; k < f.length();) {
				int x = f.codePointAt(k);
				k += Character.charCount(x);
				if (wordCharacter(x)) {
					if (Character.isBmpCodePoint(x)) {
						hash = 31 * hash + x;
						power *= 31;
					}
					else { // String.hashCode counts the two chars of the pair
						hash = 31 * (31 * hash + Character.highSurrogate(x)) + Character.lowSurrogate(x);
						power *= 31 * 31;
					}
					inWord = true;
				}
				else if (inWord) {
					words.add(hash, power);
					hash = 0;
					power = 1;
					inWord = false;
				}
			}
		}
		if (inWord) {
			words.add(hash, power);
		}
		return words.shingles();
	}

	/** The hash of each word and 31 to the power of its length, in text order. */
	private static final class WordHashes {

		private int[] hashes = new int[8];
		private int[] powers = new int[8];
		private int size;

		void add(int hash, int power) {
			if (size == hashes.length) {
				hashes = Arrays.copyOf(hashes, size * 2);
				powers = Arrays.copyOf(powers, size * 2);
			}
			hashes[size] = hash;
			powers[size++] = power;
		}

		int[] shingles() {
			if (size < 3) {
				return new int[0];
			}
			// hash("a b") = (hash("a") * 31 + ' ') * 31^length("b") + hash("b"), in int arithmetic like String.hashCode
			int[] result = new int[size - 2];
			for (int w = 0; w + 2 < size; w++) {
				int h = (hashes[w] * 31 + ' ') * powers[w + 1] + hashes[w + 1];
				result[w] = (h * 31 + ' ') * powers[w + 2] + hashes[w + 2];
			}
			Arrays.sort(result);
			int distinct = 0;
			for (int i = 0; i < result.length; i++) {
				if (i == 0 || result[i] != result[i - 1]) {
					result[distinct++] = result[i];
				}
			}
			return distinct == result.length ? result : Arrays.copyOf(result, distinct);
		}
	}

	/** What the regular expression {@code [\p{L}\p{N}]} matches: letters and all kinds of numbers. */
	private static boolean wordCharacter(int cp) {
		return Character.isLetter(cp) || switch (Character.getType(cp)) {
			case Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
			default -> false;
		};
	}

	private static String fold(char c) {
		String f = FOLDED[c];
		if (f == null) {
			f = slowFold(String.valueOf(c));
			FOLDED[c] = f; // a benign race: every thread computes the same value
		}
		return f;
	}

	/** Lower case, then NFD, then without the combining marks (as the scan did on whole texts before). */
	private static String slowFold(String s) {
		return MARKS.matcher(Normalizer.normalize(s.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)).replaceAll("");
	}

	/** The MinHash signature: for each of {@code hashes} hash functions, the least hash of a shingle. */
	static int[] minHash(int[] shingles, int hashes) {
		int[] signature = new int[hashes];
		Arrays.fill(signature, Integer.MAX_VALUE);
		for (int s : shingles) {
			for (int i = 0; i < hashes; i++) {
				int h = mix(s * 0x9E3779B1 + i * 0x85EBCA6B);
				if (h < signature[i]) {
					signature[i] = h;
				}
			}
		}
		return signature;
	}

	private static int mix(int h) {
		h ^= h >>> 16;
		h *= 0x7feb352d;
		h ^= h >>> 15;
		h *= 0x846ca68b;
		h ^= h >>> 16;
		return h;
	}

	/** Jaccard index of two sorted sets of distinct hashes. */
	static double jaccard(int[] a, int[] b) {
		int common = 0;
		for (int i = 0, j = 0; i < a.length && j < b.length;) {
			if (a[i] == b[j]) {
				common++;
				i++;
				j++;
			}
			else if (a[i] < b[j]) {
				i++;
			}
			else {
				j++;
			}
		}
		return common / (double) (a.length + b.length - common);
	}
}
