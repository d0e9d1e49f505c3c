package fr.sourire.engine.recognize;

import fr.sourire.engine.text.Token;

import java.util.List;
import java.util.Set;

/**
 * PROPER: a capitalised word inside a sentence that is not a French word known to the pack nor a first name, possibly
 * followed by more capitalised words (« Blancor Expert », « Dentalis Équipement »). Rules read it as a brand,
 * a laboratory or a place, depending on the words around it.
 */
final class ProperNameRecognizer implements Recognizer {
	private final Set<String> firstNames;
	private final Set<String> dictionary;

	ProperNameRecognizer(Set<String> firstNames, Set<String> dictionary) {
		this.firstNames = firstNames;
		this.dictionary = dictionary;
	}

	@Override
	public void recognize(RecognizerInput in, List<RawEntity> out) {
		List<Token> t = in.tokens();
		for (int i = 1; i < t.size(); i++) {
			Token tok = t.get(i);
			if (!isCandidate(tok) || t.get(i - 1).sentence() != tok.sentence()) continue;
			int end = i + 1;
			while (end < t.size() && t.get(end).isWord() && t.get(end).capitalized() && t.get(end).sentence() == tok.sentence()) end++;
			out.add(new RawEntity("PROPER", tok.start(), t.get(end - 1).end()));
			i = end - 1;
		}
	}

	private boolean isCandidate(Token t) {
		return t.isWord() && t.capitalized() && !t.hashtag() && t.form().length() >= 3 && !dictionary.contains(t.form())
				&& !firstNames.contains(t.form());
	}
}
