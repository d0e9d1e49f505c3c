package fr.sourire.engine.recognize;

import fr.sourire.engine.Kind;
import fr.sourire.engine.text.Folding;
import fr.sourire.engine.text.Token;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * REVIEW_ECHO: in a reply, a word that the review it answers also uses (« votre couronne » when the review spoke of
 * « ma couronne »). Echoing the reviewer's own particulars is how a reply confirms care; the generic words of any
 * review (avis, accueil, cabinet…) and short words are not echoes. Words are compared without their plural ending, so
 * « vos couronnes » echoes « ma couronne ».
 */
final class ReviewEchoRecognizer implements Recognizer {
	private static final int MIN_LENGTH = 4;
	private static final Set<String> GENERIC = Set.of("avis", "message", "retour", "retours", "ressenti", "experience",
			"commentaire", "cabinet", "equipe", "dentiste", "docteur", "merci", "bonjour", "madame", "monsieur", "tres",
			"bien", "vous", "votre", "vos", "nous", "notre", "nos", "avec", "pour", "dans", "plus", "tout", "toute", "tous",
			"toutes", "fait", "faire", "etait", "sont", "etre", "avoir", "cette", "comme", "mais", "aussi", "encore", "jamais",
			"rien", "personne", "quand", "alors", "apres", "avant", "depuis", "vraiment", "super", "excellent", "bonne",
			"journee", "soins", "soin", "patient", "patiente", "patients", "accueil", "secretaire", "secretariat");

	@Override
	public void recognize(RecognizerInput input, List<RawEntity> out) {
		String review = input.context().review();
		if (input.context().kind() != Kind.REPLY || review == null || review.isBlank()) return;
		Set<String> words = new HashSet<>();
		for (String w : Folding.fold(review).split("[^\\p{L}]+"))
			if (w.length() >= MIN_LENGTH && !GENERIC.contains(w)) words.add(singular(w));
		if (words.isEmpty()) return;
		for (Token t : input.tokens())
			if (t.form().length() >= MIN_LENGTH && !GENERIC.contains(t.form()) && words.contains(singular(t.form())))
				out.add(new RawEntity("REVIEW_ECHO", t.start(), t.end()));
	}

	/** « couronnes » → « couronne », « cheveux » → « cheveu »: enough to match a word with its plural. */
	static String singular(String w) {
		return w.length() > MIN_LENGTH && (w.endsWith("s") || w.endsWith("x")) ? w.substring(0, w.length() - 1) : w;
	}
}
