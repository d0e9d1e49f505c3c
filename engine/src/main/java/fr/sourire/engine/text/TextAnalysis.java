package fr.sourire.engine.text;

import fr.sourire.engine.recognize.Entity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Everything the rules read about one text, computed once per check: tokens, sentence bounds, which tokens are under a
 * negation or inside quotation marks, which sentences are hedged, and the entities found by the recognizers.
 */
public final class TextAnalysis {
	private static final Set<String> NEGATION_PARTNERS = Set.of("pas", "plus", "jamais", "aucun", "aucune", "rien", "guere",
			"point", "ni", "personne", "nullement");
	private static final Set<String> STANDALONE_NEGATIONS = Set.of("aucun", "aucune", "jamais", "sans", "ni", "nul",
			"nulle", "non");
	/** Refusal verbs: with a first-person subject (« nous refusons tout partenariat ») they negate what follows. */
	private static final Set<String> REFUSAL_VERBS = Set.of("refuse", "refusons", "refusent", "refuser", "refuses",
			"decline", "declinons", "declinent", "decliner", "declines");
	/** Prohibitions negate what follows whatever the subject: « le code interdit de s'appuyer sur des témoignages ». */
	private static final Set<String> PROHIBITIONS = Set.of("interdit", "interdits", "interdite", "interdites",
			"interdisent", "interdire", "interdisons", "proscrit", "proscrits", "proscrite", "proscrites", "proscrivons");
	private static final Set<String> FIRST_PERSON = Set.of("nous", "je", "j'", "on");
	/** After a negated clause, a list goes on under the same negation: « ne … pas de remises, de forfaits ». */
	private static final Set<String> LIST_CONTINUERS = Set.of("de", "d'", "des", "du", "ni", "aucun", "aucune");
	/** First words of an answer that denies the question before it: « Black Friday ? Non merci. ». */
	private static final Set<String> DENYING_ANSWERS = Set.of("non", "pas", "aucun", "aucune", "personne", "jamais",
			"rien", "nullement");
	private static final Set<String> CLAUSE_ENDS = Set.of(",", ";", ":", "(", ")", "mais", "car", "-", "–", "—", "/");
	private static final Set<String> OPEN_QUOTES = Set.of("«", "“", "\"", "„");
	private static final Set<String> CLOSE_QUOTES = Set.of("»", "”", "\"");

	private final String text;
	private final List<Token> tokens;
	private final int[] sentenceStart;
	private final int[] sentenceEnd;
	private final boolean[] negated;
	private final boolean[] quoted;
	private final boolean[] hedgedSentence;
	private final List<List<Entity>> entitiesAt;
	private final List<Entity> entities;

	public TextAnalysis(String text, List<Token> tokens, Set<String> hedgeWords, List<Entity> entities) {
		this.text = text;
		this.tokens = tokens;
		int sentences = tokens.isEmpty() ? 0 : tokens.get(tokens.size() - 1).sentence() + 1;
		sentenceStart = new int[sentences];
		sentenceEnd = new int[sentences];
		for (int i = tokens.size() - 1; i >= 0; i--) sentenceStart[tokens.get(i).sentence()] = i;
		for (int i = 0; i < tokens.size(); i++) sentenceEnd[tokens.get(i).sentence()] = i + 1;
		negated = markNegation(tokens);
		quoted = markQuotes(tokens);
		hedgedSentence = new boolean[sentences];
		for (Token t : tokens) if (hedgeWords.contains(t.form())) hedgedSentence[t.sentence()] = true;
		this.entities = List.copyOf(entities);
		entitiesAt = new ArrayList<>(tokens.size());
		for (int i = 0; i < tokens.size(); i++) entitiesAt.add(List.of());
		for (Entity e : entities) {
			List<Entity> at = entitiesAt.get(e.tokenStart());
			if (at.isEmpty()) at = new ArrayList<>(2);
			at.add(e);
			entitiesAt.set(e.tokenStart(), at);
		}
	}

	/**
	 * A token is negated when a negation opened earlier in its clause: « ne … pas/aucun/jamais », or a standalone
	 * « aucun », « sans », « jamais », « ni ». The clause ends at , ; : ( ) « mais », at a closing quotation mark (a
	 * patient's « je n'avais plus peur » negates nothing after the quote) and at the sentence's end.
	 */
	private static boolean[] markNegation(List<Token> tokens) {
		boolean[] neg = new boolean[tokens.size()];
		boolean open = false;
		boolean inQuote = false;
		int sentence = -1;
		for (int i = 0; i < tokens.size(); i++) {
			Token t = tokens.get(i);
			if (t.sentence() != sentence) { sentence = t.sentence(); open = false; }
			if (CLAUSE_ENDS.contains(t.form())) {
				boolean listGoesOn = open && (t.form().equals(",") || t.form().equals(":")) && i + 1 < tokens.size()
						&& tokens.get(i + 1).sentence() == sentence && LIST_CONTINUERS.contains(tokens.get(i + 1).form());
				if (!listGoesOn) open = false;
				continue;
			}
			if (!inQuote && OPEN_QUOTES.contains(t.form())) { inQuote = true; continue; }
			if (inQuote && CLOSE_QUOTES.contains(t.form())) { inQuote = false; open = false; continue; }
			if (open) neg[i] = true;
			String f = t.form();
			if (f.equals("ne") || f.equals("n'")) {
				for (int j = i + 1; j < Math.min(tokens.size(), i + 6) && tokens.get(j).sentence() == sentence; j++)
					if (NEGATION_PARTNERS.contains(tokens.get(j).form())) { open = true; break; }
			} else if (f.equals("sans") && i + 1 < tokens.size() && tokens.get(i + 1).form().equals("doute")) {
				continue; // « sans doute » asserts, it does not negate
			} else if (STANDALONE_NEGATIONS.contains(f) || f.equals("pas") && i + 1 < tokens.size() && tokens.get(i + 1).form().matches("de|d'|du|des|un|une")) {
				open = true;
			} else if ((f.equals("rien") || f.equals("personne")) && i + 1 < tokens.size()
					&& tokens.get(i + 1).form().matches("de|d'|ne|n'") && (f.equals("rien") || !tokens.get(i + 1).form().startsWith("d"))) {
				open = true; // « rien d'exceptionnel », « rien ne garantit », « personne ne peut le promettre »
			} else if (PROHIBITIONS.contains(f) || REFUSAL_VERBS.contains(f) && firstPersonBefore(tokens, i, sentence)) {
				open = true;
			}
		}
		markRefusedSentences(tokens, neg);
		return neg;
	}

	private static boolean firstPersonBefore(List<Token> tokens, int i, int sentence) {
		for (int j = i - 1; j >= Math.max(0, i - 3) && tokens.get(j).sentence() == sentence; j--)
			if (FIRST_PERSON.contains(tokens.get(j).form())) return true;
		return false;
	}

	/**
	 * A sentence is negated whole when the next one refuses or denies it: a question answered « Non » (« Tirage au
	 * sort ? Non 😉 »), a proposal answered « On a dit non », « Notre réponse est non », « Non merci », « Nous avons
	 * refusé », or a sentence that ends on « : non. » (« si nous avons un système de parrainage : non. »).
	 */
	private static void markRefusedSentences(List<Token> tokens, boolean[] neg) {
		int sentences = tokens.isEmpty() ? 0 : tokens.get(tokens.size() - 1).sentence() + 1;
		int[] start = new int[sentences + 1];
		Arrays.fill(start, tokens.size());
		for (int i = tokens.size() - 1; i >= 0; i--) start[tokens.get(i).sentence()] = i;
		for (int s = 0; s < sentences; s++) {
			int from = start[s], to = start[s + 1];
			if (from >= to) continue;
			boolean refused = false;
			int lastWord = to - 1;
			while (lastWord > from && !tokens.get(lastWord).isWord()) lastWord--;
			if (lastWord > from && tokens.get(lastWord).form().equals("non") && tokens.get(lastWord - 1).form().equals(":")
					&& !tokens.get(to - 1).form().equals("?")) refused = true; // not the tag question « …, non ? »
			if (!refused && s + 1 < sentences) {
				List<String> next = new ArrayList<>(8);
				for (int j = to; j < tokens.size() && tokens.get(j).sentence() == s + 1 && next.size() < 8; j++)
					if (tokens.get(j).isWord()) next.add(tokens.get(j).form());
				boolean question = tokens.get(to - 1).form().equals("?");
				refused = !next.isEmpty() && (question && DENYING_ANSWERS.contains(next.get(0)) || refusal(next));
			}
			if (refused) for (int i = from; i < to; i++) neg[i] = true;
		}
	}

	/** « Non merci », « On a dit non », « Notre réponse est (toujours la même :) non », « Nous avons refusé ». */
	private static boolean refusal(List<String> w) {
		if (w.get(0).equals("non") && w.size() > 1 && w.get(1).equals("merci")) return true;
		int n = Math.min(w.size(), 8);
		for (int j = 1; j < n; j++) {
			if (w.get(j).equals("non") && (w.get(j - 1).equals("dit") || w.subList(0, j).contains("reponse"))) return true;
			if (REFUSAL_VERBS.contains(w.get(j)) && FIRST_PERSON.contains(w.get(0))) return true;
		}
		return false;
	}

	private static boolean[] markQuotes(List<Token> tokens) {
		boolean[] q = new boolean[tokens.size()];
		boolean in = false;
		for (int i = 0; i < tokens.size(); i++) {
			String f = tokens.get(i).form();
			if (!in && OPEN_QUOTES.contains(f)) in = true;
			else if (in && CLOSE_QUOTES.contains(f)) in = false;
			else q[i] = in;
		}
		return q;
	}

	public String text() { return text; }
	public List<Token> tokens() { return tokens; }
	public int size() { return tokens.size(); }
	public Token token(int i) { return tokens.get(i); }
	public int sentenceCount() { return sentenceStart.length; }
	public int sentenceStart(int s) { return sentenceStart[s]; }
	public int sentenceEnd(int s) { return sentenceEnd[s]; }
	public boolean negated(int tokenIndex) { return negated[tokenIndex]; }
	public boolean quoted(int tokenIndex) { return quoted[tokenIndex]; }
	public boolean hedged(int sentence) { return hedgedSentence[sentence]; }
	public List<Entity> entitiesAt(int tokenIndex) { return entitiesAt.get(tokenIndex); }
	public List<Entity> entities() { return entities; }

	/** The sentence of the token that starts at or after a char offset of the original text. */
	public int sentenceAt(int charOffset) {
		int lo = 0, hi = tokens.size() - 1;
		while (lo < hi) {
			int mid = (lo + hi) >>> 1;
			if (tokens.get(mid).end() <= charOffset) lo = mid + 1;
			else hi = mid;
		}
		return tokens.isEmpty() ? 0 : tokens.get(lo).sentence();
	}

	/** Number of word tokens: the length measure of a reply. */
	public int wordCount() {
		int n = 0;
		for (Token t : tokens) if (t.isWord()) n++;
		return n;
	}
}
