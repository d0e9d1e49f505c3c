package fr.sourire.engine.text;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Expands a French lemma into its inflected forms, once, when a pack is loaded, so that a check is a single pass of
 * exact look-ups (no tagging at check time). Works on folded words (no accents).
 * <p>
 * Why a hand-written routine rather than a table built from LanguageTool's dictionary: rule lemmas are a few hundred
 * nouns, adjectives and verbs whose regular endings this covers; over-generation is harmless (a form that does not
 * exist never occurs in a text) and irregular verbs are listed in the pack's {@code inflections.txt}. The engine thus
 * stays free of a 30 MB dependency and loads in milliseconds.
 */
public final class Inflector {
	private final Map<String, Set<String>> irregular;

	/** @param irregular lemma → extra forms (from the pack's inflections file), folded */
	public Inflector(Map<String, Set<String>> irregular) {
		this.irregular = irregular;
	}

	public Set<String> forms(String lemma) {
		String w = Folding.fold(lemma);
		Set<String> out = new LinkedHashSet<>();
		out.add(w);
		nominal(w, out);
		if (w.length() > 3 && (w.endsWith("er") || w.endsWith("ir") || w.endsWith("re"))) verbal(w, out);
		Set<String> extra = irregular.get(w);
		if (extra != null) for (String e : extra) {
			out.add(e);
			nominal(e, out);
		}
		return out;
	}

	/** Gender and number of nouns and adjectives. */
	public static void nominal(String w, Set<String> out) {
		out.add(w + "s");
		out.add(w + "x");
		if (!w.endsWith("e")) { out.add(w + "e"); out.add(w + "es"); }
		if (w.endsWith("s") || w.endsWith("x")) out.add(w.substring(0, w.length() - 1) + "se");
		if (w.endsWith("al")) out.add(w.substring(0, w.length() - 2) + "aux");
		if (w.endsWith("aux")) { String b = w.substring(0, w.length() - 3); out.add(b + "al"); out.add(b + "ale"); out.add(b + "ales"); }
		if (w.endsWith("eux")) { String b = w.substring(0, w.length() - 1); out.add(b + "se"); out.add(b + "ses"); }
		if (w.endsWith("if")) { String b = w.substring(0, w.length() - 1); out.add(b + "ve"); out.add(b + "ves"); }
		if (w.endsWith("eur")) { String b = w.substring(0, w.length() - 1); out.add(b + "se"); out.add(b + "ses"); out.add(w.substring(0, w.length() - 3) + "rice"); out.add(w.substring(0, w.length() - 3) + "rices"); }
		if (w.endsWith("er")) { out.add(w.substring(0, w.length() - 2) + "ere"); out.add(w.substring(0, w.length() - 2) + "eres"); }
		for (String d : new String[] {"el", "en", "on", "et", "il"})
			if (w.endsWith(d)) { out.add(w + w.charAt(w.length() - 1) + "e"); out.add(w + w.charAt(w.length() - 1) + "es"); }
	}

	/** Indicative, imperative, conditional, participles of regular verbs of the three groups. */
	private static void verbal(String w, Set<String> out) {
		String stem = w.substring(0, w.length() - 2);
		String[] endings;
		if (w.endsWith("er")) {
			endings = new String[] {"e", "es", "ons", "ez", "ent", "er", "ee", "ees", "ais", "ait", "aient", "ions", "iez",
					"erai", "eras", "era", "erons", "erez", "eront", "erais", "erait", "eraient", "ant", "a", "ai", "as", "erent"};
			if (stem.endsWith("g")) out.add(stem + "eons");
			if (stem.endsWith("c")) out.add(stem.substring(0, stem.length() - 1) + "cons");
			if (stem.endsWith("y")) { String b = stem.substring(0, stem.length() - 1) + "i"; out.add(b + "e"); out.add(b + "es"); out.add(b + "ent"); }
		} else if (w.endsWith("ir")) {
			endings = new String[] {"is", "it", "issons", "issez", "issent", "ir", "i", "ie", "ies", "issais", "issait",
					"issaient", "issant", "irai", "ira", "irons", "irez", "iront", "irait", "iraient", "isse"};
		} else {
			endings = new String[] {"s", "t", "d", "ds", "ons", "ez", "ent", "re", "u", "ue", "us", "ues", "ait", "ais",
					"aient", "ant", "rai", "ra", "rons", "rez", "ront", "rait", "raient", "e", "es", "i", "is", "it", "ise", "ises"};
		}
		for (String e : endings) out.add(stem + e);
		for (String e : endings) if (e.startsWith("i") && w.endsWith("ir")) out.add(stem + e);
	}
}
