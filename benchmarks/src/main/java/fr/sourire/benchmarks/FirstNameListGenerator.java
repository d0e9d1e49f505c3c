package fr.sourire.benchmarks;

import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

import java.io.IOException;
import java.net.URL;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Build-time tool (LanguageTool is allowed here, never at check time): prints the gendered proper nouns (tags « Z m » /
 * « Z f ») of LanguageTool's French dictionary, the source of {@code packs/FR/lexicons/first-names.txt}. The pack file
 * then drops place names by hand and adds epicene first names. Run: {@code java -cp
 * benchmarks/target/sourire-benchmarks.jar fr.sourire.benchmarks.FirstNameListGenerator > names.txt}.
 */
public final class FirstNameListGenerator {
	private FirstNameListGenerator() {
	}

	public static void main(String[] args) throws IOException {
		URL dict = Objects.requireNonNull(FirstNameListGenerator.class.getResource("/org/languagetool/resource/fr/french.dict"));
		TreeSet<String> names = new TreeSet<>();
		for (WordData w : new DictionaryLookup(Dictionary.read(dict))) {
			String word = w.getWord().toString();
			String tag = String.valueOf(w.getTag());
			if ((tag.startsWith("Z m s") || tag.startsWith("Z f s")) && word.length() >= 3
					&& word.matches("\\p{Lu}\\p{Ll}+(-\\p{Lu}\\p{Ll}+)?")) names.add(word);
		}
		names.forEach(System.out::println);
	}
}
