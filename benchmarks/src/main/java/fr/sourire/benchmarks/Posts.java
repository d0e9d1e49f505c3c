package fr.sourire.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Realistic 1,000-character French posts for the benchmarks: sentences of prevention, practice information and
 * problem sentences (offers, superlatives, a named patient, emojis, hashtags), shuffled with a fixed seed.
 */
final class Posts {
	private static final String[] SENTENCES = {
			"Le brossage des dents deux fois par jour avec un dentifrice fluoré reste la base de la prévention. ",
			"Le cabinet sera fermé du 5 au 19 août ; en cas d'urgence, appelez le 15 ou la permanence du département. ",
			"Un contrôle annuel est recommandé, même lorsque tout va bien 🦷. ",
			"Les aligneurs transparents sont une option parmi d'autres ; leurs indications sont discutées en consultation. ",
			"-20 % sur le blanchiment jusqu'à dimanche seulement ! 🎁 ",
			"Merci à Mme Garnier pour sa confiance, ses nouvelles couronnes sont superbes ! ",
			"Le meilleur cabinet dentaire de la ville, tout simplement 😎 ",
			"Nos honoraires sont affichés en salle d'attente et un devis est remis avant tout traitement prothétique. ",
			"L'équipe s'est formée cette semaine aux nouvelles règles d'hygiène et de stérilisation. ",
			"Implants posés sans aucune douleur, résultat garanti à vie ! ",
			"Après une extraction, évitez de fumer et de boire chaud pendant vingt-quatre heures. ",
			"#prévention #santébuccodentaire #sourire ",
			"Vous n'oserez plus cacher vos dents sur vos selfies 📸 ",
			"Chez l'enfant, les premières consultations servent surtout à se familiariser avec le cabinet. ",
			"Prenez rendez-vous par téléphone au 01 23 45 67 89 ou en ligne. ",
	};

	private Posts() {
	}

	/** {@code count} posts of about {@code chars} characters each. */
	static List<String> make(int count, int chars) {
		Random random = new Random(42);
		List<String> posts = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			StringBuilder b = new StringBuilder(chars + 120);
			while (b.length() < chars) b.append(SENTENCES[random.nextInt(SENTENCES.length)]);
			posts.add(b.toString().trim());
		}
		return posts;
	}
}
