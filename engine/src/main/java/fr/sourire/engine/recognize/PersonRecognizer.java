package fr.sourire.engine.recognize;

import fr.sourire.engine.text.Folding;
import fr.sourire.engine.text.Token;

import java.util.List;
import java.util.Set;

/**
 * Person names: a civility followed by a capitalised name (« Mme Leblanc », « Monsieur Durand »), or a capitalised
 * first name from the pack's list (« Lucas », « Camille »). « Dr X » is a practitioner (DOCTOR), not a PERSON. Team
 * members named in the practice facts become PRACTICE_MEMBER instead and are never treated as patients.
 */
final class PersonRecognizer implements Recognizer {
	private static final Set<String> CIVILITIES = Set.of("m", "mme", "mlle", "monsieur", "madame", "mademoiselle", "mr");
	private static final Set<String> DOCTORS = Set.of("dr", "docteur", "pr", "professeur");
	/** Words after which a first name names a place or a school: « rue Victor-Hugo », « école Jules-Ferry ». */
	private static final Set<String> PLACE_WORDS = Set.of("saint", "sainte", "st", "ste", "rue", "avenue", "boulevard", "place",
			"ecole", "college", "lycee", "hopital", "clinique", "centre", "stade", "salle", "square", "parc", "quai", "allee",
			"impasse", "residence", "groupe", "espace", "institut", "universite", "fondation");
	private final Set<String> firstNames;
	private final Set<String> dictionary;

	/** @param dictionary French words: a first name that is also one (Pierre, Claire) does not count at a sentence's start */
	PersonRecognizer(Set<String> foldedFirstNames, Set<String> dictionary) {
		this.firstNames = foldedFirstNames;
		this.dictionary = dictionary;
	}

	@Override
	public void recognize(RecognizerInput in, List<RawEntity> out) {
		List<Token> t = in.tokens();
		Set<String> members = memberWords(in);
		for (int i = 0; i < t.size(); i++) {
			Token tok = t.get(i);
			if (!tok.isWord() || tok.hashtag()) continue;
			int next = i + 1;
			if (next < t.size() && t.get(next).form().equals(".")) next++;
			boolean civility = CIVILITIES.contains(tok.form()) && (tok.capitalized() || tok.form().length() > 3);
			boolean doctor = DOCTORS.contains(tok.form());
			if ((civility || doctor) && next < t.size() && t.get(next).isWord() && t.get(next).capitalized()) {
				int end = next + 1;
				while (end < t.size() && t.get(end).isWord() && t.get(end).capitalized() && t.get(end).sentence() == tok.sentence() && end - next < 3) end++;
				String type = doctor ? "DOCTOR" : isMember(t, next, end, members) ? "PRACTICE_MEMBER" : "PERSON";
				out.add(new RawEntity(type, tok.start(), t.get(end - 1).end()));
				out.add(new RawEntity(doctor ? "DOCTOR_NAME" : type.equals("PERSON") ? "SURNAME" : "MEMBER_NAME", t.get(next).start(), t.get(end - 1).end()));
				i = end - 1;
			} else if (tok.capitalized() && !tok.allCaps() && firstNames.contains(tok.form()) && !insideProperNoun(t, i)
					&& !(dictionary.contains(tok.form()) && (i == 0 || t.get(i - 1).sentence() != tok.sentence()))) {
				int end = i + 1;
				if (end < t.size() && t.get(end).isWord() && t.get(end).capitalized() && t.get(end).sentence() == tok.sentence()
						&& !firstNames.contains(t.get(end).form())) end++;
				out.add(new RawEntity(isMember(t, i, end, members) ? "PRACTICE_MEMBER" : "PERSON", tok.start(), t.get(end - 1).end()));
				i = end - 1;
			}
		}
	}

	/** « Saint-Roch », « Dr Martin », « Stade Rochelais » : the capitalised word before makes this part of another name. */
	private boolean insideProperNoun(List<Token> t, int i) {
		if (i == 0) return false;
		Token prev = t.get(i - 1);
		if (prev.sentence() != t.get(i).sentence() || !prev.isWord()) return false;
		if (DOCTORS.contains(prev.form()) || PLACE_WORDS.contains(prev.form())) return true;
		boolean prevStartsSentence = i == 1 || t.get(i - 2).sentence() != prev.sentence();
		return prev.capitalized() && !prevStartsSentence && !CIVILITIES.contains(prev.form()) && !firstNames.contains(prev.form());
	}

	private static Set<String> memberWords(RecognizerInput in) {
		java.util.HashSet<String> words = new java.util.HashSet<>();
		for (String m : in.context().practice().members()) words.addAll(List.of(Folding.foldName(m).split(" ")));
		return words;
	}

	private static boolean isMember(List<Token> t, int from, int to, Set<String> memberWords) {
		for (int i = from; i < to; i++) if (memberWords.contains(t.get(i).form())) return true;
		return false;
	}
}
