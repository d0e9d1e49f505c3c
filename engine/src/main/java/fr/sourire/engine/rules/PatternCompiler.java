package fr.sourire.engine.rules;

import fr.sourire.engine.text.Folding;
import fr.sourire.engine.text.Inflector;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Compiles the token-pattern syntax of rule files. A pattern is a sequence of elements separated by spaces, matched
 * against folded tokens (lower case, no accents) of one sentence:
 * <pre>
 *   word            the token « word » (accents and case do not matter)
 *   a|b|c           one of several alternatives (each alternative may be any of the forms here)
 *   promo*          a token starting with « promo »
 *   &lt;garantir&gt;     any inflected form of a lemma (garanti, garantie, garantis, garantit…)
 *   {act}           an entry of the pack's lexicon « act » (lexicons/act.txt; entries may have several words)
 *   &#64;PHONE          an entity found by a recognizer (may cover several tokens)
 *   /\d+e?/         a token matching a Java regex (whole token)
 *   x?              the element is optional (a lone ? is the question mark)
 *   ~3              zero to three tokens of any kind
 *   [ … ]           the reported span (default: the whole match)
 *   (a b|c d e)     a group of alternatives that may have several tokens each; (…)? makes the group optional
 * </pre>
 * A pattern with groups is expanded into one pattern per combination (at most {@value #MAX_EXPANSIONS}).
 */
public final class PatternCompiler {
	static final Set<String> ENTITY_TYPES = Set.of("PERSON", "SURNAME", "DOCTOR", "DOCTOR_NAME", "PRACTICE_MEMBER",
			"MEMBER_NAME", "ROSTER_PATIENT", "HANDLE", "EMAIL", "PRACTICE_EMAIL", "URL", "PHONE", "MOBILE", "PRACTICE_PHONE",
			"ADDRESS", "PRACTICE_ADDRESS", "NIR", "RPPS", "DATE", "AGE", "TOOTH", "AMOUNT", "PERCENT", "SHOUT", "EXCLAIM", "QUOTE", "PROPER", "REVIEW_ECHO");
	private static final int MAX_GAP = 12;
	private static final int MAX_ELEMENTS = 24;
	private static final int MAX_EXPANSIONS = 256;
	/** A group with an unbounded quantifier inside, itself repeated: the shape of catastrophic backtracking. */
	private static final Pattern NESTED_QUANTIFIER = Pattern.compile("\\([^()]*[*+][^()]*\\)[*+{]");

	private final Inflector inflector;
	private final Map<String, List<String>> lexiconLines;
	private final Map<String, TokenPattern.Lexicon> lexicons = new java.util.HashMap<>();
	/** Group expansion repeats the same elements many times: each is compiled once. */
	private final Map<String, TokenPattern.Element> elements = new java.util.HashMap<>();

	/** @param lexiconLines the pack's lexicons by name; each is compiled when a pattern first uses it */
	public PatternCompiler(Inflector inflector, Map<String, List<String>> lexiconLines) {
		this.inflector = inflector;
		this.lexiconLines = lexiconLines;
	}

	/** Compiles a pattern and the variants of its groups. @throws IllegalArgumentException when it is invalid */
	public List<TokenPattern> compileAll(String source) {
		List<String> variants = new ArrayList<>();
		expand(source.trim(), variants, source);
		List<TokenPattern> out = new ArrayList<>(variants.size());
		for (String v : variants) out.add(compile(v, source));
		return out;
	}

	private static void expand(String s, List<String> out, String source) {
		int open = -1;
		for (int i = 0; i < s.length() && open < 0; i++) if (s.charAt(i) == '(' && (i == 0 || s.charAt(i - 1) == ' ')) open = i;
		if (open < 0) {
			if (out.size() >= MAX_EXPANSIONS) throw new IllegalArgumentException("more than " + MAX_EXPANSIONS + " variants: " + source);
			out.add(s.trim().replaceAll("\\s+", " "));
			return;
		}
		int depth = 0, close = -1;
		List<Integer> bars = new ArrayList<>();
		for (int i = open; i < s.length() && close < 0; i++) {
			char c = s.charAt(i);
			if (c == '(') depth++;
			else if (c == ')' && --depth == 0) close = i;
			else if (c == '|' && depth == 1) bars.add(i);
		}
		if (close < 0) throw new IllegalArgumentException("'(' without ')': " + source);
		boolean optional = close + 1 < s.length() && s.charAt(close + 1) == '?';
		String after = s.substring(close + (optional ? 2 : 1));
		List<String> alts = new ArrayList<>();
		int from = open + 1;
		for (int b : bars) { alts.add(s.substring(from, b)); from = b + 1; }
		alts.add(s.substring(from, close));
		boolean singleTokens = alts.stream().map(String::trim).allMatch(a -> !a.isEmpty() && !a.contains(" ") && !a.startsWith("/") && !a.startsWith("("));
		if (singleTokens) { // one element with alternatives: no need to multiply patterns
			expand(s.substring(0, open) + " " + String.join("|", alts.stream().map(String::trim).toList()) + (optional ? "? " : " ") + after, out, source);
			return;
		}
		// Single-token alternatives stay one element; only the multi-token ones multiply the pattern.
		List<String> singles = alts.stream().map(String::trim).filter(a -> !a.isEmpty() && !a.contains(" ") && !a.startsWith("/") && !a.startsWith("(")).toList();
		List<String> variants = new ArrayList<>();
		if (!singles.isEmpty()) variants.add(String.join("|", singles));
		for (String alt : alts) if (!singles.contains(alt.trim())) variants.add(alt);
		if (optional) variants.add("");
		for (String alt : variants) expand(s.substring(0, open) + " " + alt + " " + after, out, source);
	}

	private TokenPattern compile(String source, String original) {
		try {
			return compile(source);
		} catch (IllegalArgumentException e) {
			throw source.equals(original) ? e : new IllegalArgumentException(e.getMessage() + " (from " + original + ")");
		}
	}

	/** @throws IllegalArgumentException with the reason when the pattern is invalid */
	TokenPattern compile(String source) {
		String[] parts = source.trim().split("\\s+");
		if (source.isBlank()) throw new IllegalArgumentException("empty pattern");
		List<TokenPattern.Element> elements = new ArrayList<>();
		int markFrom = -1, markTo = -1;
		for (String part : parts) {
			if (part.equals("[")) {
				if (markFrom >= 0) throw new IllegalArgumentException("two '[' markers in pattern: " + source);
				markFrom = elements.size();
			} else if (part.equals("]")) {
				if (markFrom < 0 || markTo >= 0) throw new IllegalArgumentException("']' without '[' in pattern: " + source);
				markTo = elements.size();
			} else if (part.matches("~\\d+")) {
				int gap = Integer.parseInt(part.substring(1));
				if (gap > MAX_GAP) throw new IllegalArgumentException("gap " + part + " is longer than ~" + MAX_GAP + ": " + source);
				elements.add(new TokenPattern.Element(List.of(), false, gap));
			} else {
				TokenPattern.Element e = this.elements.get(part);
				if (e == null) {
					e = element(part, source);
					this.elements.put(part, e);
				}
				elements.add(e);
			}
		}
		if (markFrom >= 0 && markTo < 0) throw new IllegalArgumentException("'[' without ']' in pattern: " + source);
		if (elements.size() > MAX_ELEMENTS) throw new IllegalArgumentException("more than " + MAX_ELEMENTS + " elements: " + source);
		TokenPattern.Element first = elements.get(0);
		if (first.gap() >= 0 || first.optional())
			throw new IllegalArgumentException("a pattern must start with a required element, not a gap or an optional one: " + source);
		if (markFrom < 0) { markFrom = 0; markTo = elements.size(); }
		return new TokenPattern(source, elements, markFrom, markTo);
	}

	private TokenPattern.Element element(String part, String source) {
		boolean optional = part.length() > 1 && part.endsWith("?") && !part.endsWith("\\?");
		String body = optional ? part.substring(0, part.length() - 1) : part;
		List<TokenPattern.Alt> alts = new ArrayList<>();
		Set<String> literals = new LinkedHashSet<>();
		List<String> pieces = alternatives(body);
		for (String alt : pieces) {
			if (alt.isEmpty()) throw new IllegalArgumentException("empty alternative in '" + part + "': " + source);
			// A group glued to other alternatives (« <refuser>|(a b|c) ») is not a group: its words would become literals
			// with a parenthesis that no token ever has, a pattern that loads and never matches.
			if (alt.length() > 1 && !alt.startsWith("/") && (alt.indexOf('(') >= 0 || alt.indexOf(')') >= 0))
				throw new IllegalArgumentException("'" + alt + "' holds a parenthesis: a group ( … | … ) must stand alone, after a space: " + source);
			if (alt.length() > 1 && (alt.startsWith("<") != alt.endsWith(">") || alt.startsWith("{") != alt.endsWith("}")))
				throw new IllegalArgumentException("unclosed <lemma> or {lexicon} in '" + alt + "' (a lemma is one word): " + source);
			if (alt.startsWith("<") && alt.endsWith(">") && alt.length() > 2) {
				String lemma = alt.substring(1, alt.length() - 1);
				if (lemma.indexOf('-') >= 0 || lemma.indexOf('\'') >= 0)
					throw new IllegalArgumentException("lemma " + alt + " holds several tokens: write its words as literals: " + source);
				literals.addAll(inflector.forms(lemma));
			} else if (alt.startsWith("{") && alt.endsWith("}")) {
				String name = alt.substring(1, alt.length() - 1);
				if (!lexiconLines.containsKey(name))
					throw new IllegalArgumentException("unknown lexicon " + alt + " (known: " + lexiconLines.keySet() + "): " + source);
				alts.add(lexicons.computeIfAbsent(name, n -> lexicon(n, lexiconLines.get(n))));
			} else if (alt.startsWith("@") && alt.length() > 1) {
				String type = alt.substring(1);
				if (!ENTITY_TYPES.contains(type)) throw new IllegalArgumentException("unknown entity @" + type + " (known: " + ENTITY_TYPES + "): " + source);
				alts.add(new TokenPattern.EntityRef(type));
			} else if (alt.startsWith("/") && alt.endsWith("/") && alt.length() > 2) {
				String re = alt.substring(1, alt.length() - 1);
				if (NESTED_QUANTIFIER.matcher(re).find())
					throw new IllegalArgumentException("nested quantifier (risk of catastrophic backtracking) in /" + re + "/: " + source);
				try {
					alts.add(new TokenPattern.Regex(Pattern.compile(re)));
				} catch (PatternSyntaxException e) {
					throw new IllegalArgumentException("invalid regex /" + re + "/: " + e.getDescription() + ": " + source);
				}
			} else if (alt.length() > 1 && alt.endsWith("*")) {
				alts.add(new TokenPattern.Prefix(Folding.fold(alt.substring(0, alt.length() - 1))));
			} else {
				String f = Folding.fold(alt);
				if (f.length() > 1 && !f.equals("aujourd'hui") && (f.indexOf('-') > 0 || f.indexOf('\'') > 0 && f.indexOf('\'') < f.length() - 1))
					throw new IllegalArgumentException("'" + alt + "' holds several tokens: write them with spaces (« jeu concours », « l' implant »): " + source);
				literals.add(f);
			}
		}
		if (!literals.isEmpty()) alts.add(0, new TokenPattern.Literals(Set.copyOf(literals)));
		return new TokenPattern.Element(List.copyOf(alts), optional, -1);
	}

	/** Splits "a|/x|y/|b" on the bars that are not inside a /regex/. */
	private static List<String> alternatives(String body) {
		List<String> out = new ArrayList<>();
		int from = 0;
		boolean inRegex = false;
		for (int i = 0; i < body.length(); i++) {
			char c = body.charAt(i);
			if (c == '/' && (i == from || inRegex && (i + 1 == body.length() || body.charAt(i + 1) == '|'))) inRegex = !inRegex;
			else if (c == '|' && !inRegex) { out.add(body.substring(from, i)); from = i + 1; }
		}
		out.add(body.substring(from));
		return out;
	}

	/** Builds a lexicon from its lines; each word of an entry also matches its plural and feminine forms. */
	public static TokenPattern.Lexicon lexicon(String name, List<String> lines) {
		java.util.Map<String, List<String[]>> entries = new java.util.HashMap<>();
		for (String line : lines) {
			String l = Folding.fold(line.trim()).replace("'", "' ").replace('-', ' ').trim();
			if (l.isEmpty() || l.startsWith("#")) continue;
			String[] words = l.split("\\s+");
			for (String[] variant : variants(words))
				entries.computeIfAbsent(variant[0], k -> new ArrayList<>()).add(java.util.Arrays.copyOfRange(variant, 1, variant.length));
		}
		entries.replaceAll((k, v) -> List.copyOf(v));
		return new TokenPattern.Lexicon(name, Map.copyOf(entries));
	}

	/** Number and gender variants of the content words (3+ letters) of an entry, at most 64 per entry. */
	private static List<String[]> variants(String[] words) {
		List<String[]> out = new ArrayList<>();
		out.add(words);
		for (int i = 0; i < words.length; i++) {
			if (words[i].length() < 3 || words[i].endsWith("'")) continue;
			Set<String> forms = new LinkedHashSet<>();
			Inflector.nominal(words[i], forms);
			List<String[]> more = new ArrayList<>();
			for (String[] v : out) for (String f : forms) {
				if (out.size() + more.size() >= 64) break;
				String[] c = v.clone();
				c[i] = f;
				more.add(c);
			}
			out.addAll(more);
		}
		return out;
	}
}
