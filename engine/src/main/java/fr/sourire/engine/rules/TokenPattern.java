package fr.sourire.engine.rules;

import fr.sourire.engine.recognize.Entity;
import fr.sourire.engine.text.TextAnalysis;
import fr.sourire.engine.text.Token;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A compiled token pattern (see {@link PatternCompiler} for the syntax). Matching walks tokens, never characters, within
 * one sentence; gaps are bounded, so the work per start token is bounded too (no catastrophic backtracking).
 */
public final class TokenPattern {
	/** One alternative of an element. */
	public sealed interface Alt permits Literals, Prefix, Regex, Lexicon, EntityRef {
	}

	public record Literals(Set<String> forms) implements Alt {
	}

	public record Prefix(String prefix) implements Alt {
	}

	/**
	 * A regular expression on one token's folded form. The common ones (any token, digits, letters) are tested without
	 * the regex engine, and one that needs a leading digit is not run on other tokens: patterns try them at every token
	 * of a gap.
	 */
	public record Regex(Pattern pattern, Predicate<String> test) implements Alt {
		public Regex(Pattern pattern) {
			this(pattern, tester(pattern));
		}

		public boolean matches(String form) {
			return test.test(form);
		}

		private static Predicate<String> tester(Pattern pattern) {
			String re = pattern.pattern();
			return switch (re) {
				case ".*" -> form -> true;
				case "\\d+" -> form -> !form.isEmpty() && form.chars().allMatch(c -> c >= '0' && c <= '9');
				case "\\p{L}+" -> form -> !form.isEmpty() && form.codePoints().allMatch(Character::isLetter);
				case "\\p{L}{3,}" -> form -> form.codePointCount(0, form.length()) >= 3 && form.codePoints().allMatch(Character::isLetter);
				case "[a-z]{3,}" -> form -> form.length() >= 3 && form.chars().allMatch(c -> c >= 'a' && c <= 'z');
				default -> startsWithRequiredDigit(re)
						? form -> !form.isEmpty() && Character.isDigit(form.charAt(0)) && pattern.matcher(form).matches()
						: form -> pattern.matcher(form).matches();
			};
		}

		private static boolean startsWithRequiredDigit(String re) {
			return re.startsWith("\\d") && (re.length() == 2 || "*?{".indexOf(re.charAt(2)) < 0) && re.indexOf('|') < 0;
		}

		/** Whether the expression can only match a token that starts with a digit. */
		boolean digitFirst() {
			return startsWithRequiredDigit(pattern.pattern());
		}
	}

	/** Multi-word lexicon: first word → remaining words of each entry. */
	public record Lexicon(String name, Map<String, List<String[]>> entries) implements Alt {
	}

	public record EntityRef(String type) implements Alt {
	}

	/** An element: alternatives, or a gap of 0..{@code gap} tokens when {@code gap >= 0}. */
	record Element(List<Alt> alts, boolean optional, int gap) {
	}

	private final String source;
	private final Element[] elements;
	private final int markFrom;
	private final int markTo;

	TokenPattern(String source, List<Element> elements, int markFrom, int markTo) {
		this.source = source;
		this.elements = elements.toArray(new Element[0]);
		this.markFrom = markFrom;
		this.markTo = markTo;
	}

	public String source() {
		return source;
	}

	/** Adds the literal words of this pattern to {@code out} (they help split hashtags into words). */
	public void collectWords(java.util.Set<String> out) {
		for (Element e : elements) for (Alt alt : e.alts()) if (alt instanceof Literals l) out.addAll(l.forms());
	}

	Element first() {
		return elements[0];
	}

	/**
	 * The single-token words the second element can match, when it is required and made only of such words (so a match
	 * that starts with a one-token first element must have one of them next); null when it could be anything else.
	 */
	Set<String> secondWords() {
		if (elements.length < 2) return null;
		Element e = elements[1];
		if (e.optional() || e.gap() >= 0) return null;
		Set<String> words = new java.util.HashSet<>();
		for (Alt alt : e.alts()) {
			if (alt instanceof Literals l) words.addAll(l.forms());
			else if (alt instanceof Lexicon x) words.addAll(x.entries().keySet());
			else return null;
		}
		return words;
	}

	/** A match: tokens [start, end) and the marked tokens [markStart, markEnd). */
	public record Match(int start, int end, int markStart, int markEnd) {
	}

	/** The first match starting at token {@code start}, or null. */
	public Match matchAt(TextAnalysis a, int start) {
		int sentence = a.token(start).sentence();
		int limit = a.sentenceEnd(sentence);
		int[] pos = new int[elements.length + 1];
		if (!walk(a, 0, start, limit, pos)) return null;
		int end = pos[elements.length];
		if (end == start) return null;
		int ms = pos[markFrom], me = pos[markTo];
		if (me <= ms) { ms = start; me = end; }
		return new Match(start, end, ms, me);
	}

	private boolean walk(TextAnalysis a, int el, int p, int limit, int[] pos) {
		pos[el] = p;
		if (el == elements.length) return true;
		Element e = elements[el];
		if (e.gap() >= 0) {
			for (int k = 0; k <= e.gap() && p + k <= limit; k++) if (walk(a, el + 1, p + k, limit, pos)) return true;
			return false;
		}
		if (p < limit) {
			Token t = a.token(p);
			for (Alt alt : e.alts()) {
				if (alt instanceof Literals l) {
					if (l.forms().contains(t.form()) && walk(a, el + 1, p + 1, limit, pos)) return true;
				} else if (alt instanceof Prefix x) {
					if (t.form().startsWith(x.prefix()) && walk(a, el + 1, p + 1, limit, pos)) return true;
				} else if (alt instanceof Regex r) {
					if (r.matches(t.form()) && walk(a, el + 1, p + 1, limit, pos)) return true;
				} else if (alt instanceof EntityRef r) {
					for (Entity en : a.entitiesAt(p))
						if (en.type().equals(r.type()) && en.tokenEnd() <= limit && walk(a, el + 1, en.tokenEnd(), limit, pos)) return true;
				} else if (alt instanceof Lexicon x) {
					List<String[]> rests = x.entries().get(t.form());
					if (rests != null) for (String[] rest : rests) {
						int q = p + 1;
						int k = 0;
						while (k < rest.length && q < limit && a.token(q).form().equals(rest[k])) { k++; q++; }
						if (k == rest.length && walk(a, el + 1, q, limit, pos)) return true;
					}
				}
			}
		}
		return e.optional() && walk(a, el + 1, p, limit, pos);
	}
}
