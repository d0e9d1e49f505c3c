package fr.sourire.engine.model;

import fr.sourire.engine.CheckContext;
import fr.sourire.engine.recognize.Entity;
import fr.sourire.engine.text.TextAnalysis;
import fr.sourire.engine.text.Token;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The features the wording models read, per sentence: folded words ({@code w:}), their 6-letter stems ({@code s:}) so
 * that « garantie » and « garantis » meet, the 4-letter pieces of each word of 4 letters or more, its start and end
 * marked ({@code h:}: « <rem », « mise », « ise> »), so that a typo, an inflection or a compound still shares most
 * pieces with the words seen in training, word pairs ({@code b:}), symbols and emojis ({@code y:}), entities found by
 * the recognizers ({@code e:}), and the context ({@code k:} kind, {@code c:} channel, {@code r:} author's role,
 * {@code g:} category). A word under a negation is prefixed {@code n} (« aucune remise » gives {@code nw:remise}), so a
 * denial does not count as the claim it denies. The checker adds what its patterns saw as {@link Cue}s. For a reply, the review's words come as {@code v:} features: whether
 * the review was angry changes what the reply owes.
 *
 * @param sentences features of each sentence, in text order
 * @param context   features of the context and the review, shared by every sentence
 */
public record WordingFeatures(List<List<String>> sentences, List<String> context) {
	private static final int STEM = 6;
	private static final int GRAM = 4;

	/** A feature found by other means than the words (a rule's pattern), in a sentence. */
	public record Cue(int sentence, String feature) {
	}

	/** Every distinct feature of the text: what a text-level model scores. */
	public Set<String> all() {
		Set<String> all = new LinkedHashSet<>(context);
		for (List<String> s : sentences) all.addAll(s);
		return all;
	}

	/**
	 * @param review the review's analysis for a reply, or null
	 */
	public static WordingFeatures of(TextAnalysis text, TextAnalysis review, CheckContext ctx, List<Cue> cues) {
		List<List<String>> sentences = new ArrayList<>(text.sentenceCount());
		for (int s = 0; s < text.sentenceCount(); s++) sentences.add(sentence(text, s));
		for (Cue c : cues) sentences.get(c.sentence()).add(c.feature());
		List<String> context = new ArrayList<>();
		context.add("k:" + ctx.kind());
		context.add("c:" + ctx.channel());
		context.add("r:" + ctx.authorRole());
		if (ctx.category() != null) context.add("g:" + ctx.category());
		if (review != null) for (Token t : review.tokens()) if (t.isWord()) context.add("v:" + t.form());
		return new WordingFeatures(sentences, context);
	}

	private static List<String> sentence(TextAnalysis a, int s) {
		List<String> out = new ArrayList<>();
		String previous = null;
		for (int i = a.sentenceStart(s); i < a.sentenceEnd(s); i++) {
			Token t = a.token(i);
			for (Entity e : a.entitiesAt(i)) out.add("e:" + e.type());
			if (!t.isWord()) {
				if (t.type() == Token.Type.SYMBOL) out.add("y:" + symbol(t.form()));
				else out.add("w:#");
				previous = t.type() == Token.Type.NUMBER ? "#" : null;
				continue;
			}
			String neg = a.negated(i) ? "n" : "";
			String f = t.form();
			out.add(neg + "w:" + f);
			if (f.length() > STEM) out.add(neg + "s:" + f.substring(0, STEM));
			if (f.length() >= GRAM) {
				String marked = "<" + f + ">";
				for (int k = 0; k + GRAM <= marked.length(); k++) out.add(neg + "h:" + marked.substring(k, k + GRAM));
			}
			if (previous != null) out.add("b:" + previous + "_" + f);
			previous = f;
		}
		return out;
	}

	/** Emojis are many and each is rare: one feature for all of them, the usual punctuation kept as itself. */
	private static String symbol(String form) {
		int c = form.codePointAt(0);
		return c >= 0x2190 ? "emoji" : form;
	}
}
