package fr.sourire.engine.recognize;

import fr.sourire.engine.PatientRoster;
import fr.sourire.engine.text.Token;

import java.util.List;
import java.util.Set;

/**
 * Finds names from the practice's patient roster by hashing the text's capitalised word n-grams (1 to 3 words) with the
 * roster's key: two- and three-word n-grams as full names, one word as a surname only right after a civility.
 */
final class RosterRecognizer implements Recognizer {
	private static final Set<String> CIVILITIES = Set.of("m", "mme", "mlle", "monsieur", "madame", "mademoiselle", "mr");

	@Override
	public void recognize(RecognizerInput in, List<RawEntity> out) {
		PatientRoster roster = in.context().roster();
		if (roster == null || roster.size() == 0) return;
		List<Token> t = in.tokens();
		for (int i = 0; i < t.size(); i++) {
			if (!t.get(i).isWord() || !t.get(i).capitalized()) continue;
			boolean matched = false;
			for (int n = 3; n >= 2 && !matched; n--) {
				if (i + n > t.size()) continue;
				StringBuilder name = new StringBuilder();
				boolean ok = true;
				for (int k = i; k < i + n; k++) {
					Token w = t.get(k);
					if (!w.isWord() || !w.capitalized() || w.sentence() != t.get(i).sentence()) { ok = false; break; }
					if (k > i) name.append(' ');
					name.append(w.form());
				}
				if (ok && roster.containsFoldedName(name.toString())) {
					out.add(new RawEntity("ROSTER_PATIENT", t.get(i).start(), t.get(i + n - 1).end()));
					i += n - 1;
					matched = true;
				}
			}
			if (!matched && afterCivility(t, i) && roster.containsFoldedSurname(t.get(i).form()))
				out.add(new RawEntity("ROSTER_PATIENT", t.get(i).start(), t.get(i).end()));
		}
	}

	private static boolean afterCivility(List<Token> t, int i) {
		int p = i - 1;
		if (p >= 0 && t.get(p).form().equals(".")) p--;
		return p >= 0 && CIVILITIES.contains(t.get(p).form());
	}
}
