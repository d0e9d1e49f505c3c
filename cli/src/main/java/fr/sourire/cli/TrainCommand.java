package fr.sourire.cli;

import fr.sourire.engine.Checker;
import fr.sourire.engine.model.RuleModel;
import fr.sourire.engine.model.WordingModels;
import fr.sourire.engine.rules.Example;
import fr.sourire.engine.rules.Rule;
import fr.sourire.engine.rules.RuleType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * {@code sourire train}: trains the rules' wording models on labelled texts (JSONL files) and on every rule's own
 * examples, and writes the pack's {@code model/wordings.tsv}. Only texts of the pack's jurisdiction are used.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
		description = "Entraîne les modèles de formulation des règles sur des textes étiquetés et les exemples des règles.")
final class TrainCommand implements Callable<Integer> {
	@Option(names = "--jsonl", required = true, paramLabel = "FICHIER", description = "Fichier JSONL étiqueté (répétable).")
	List<Path> jsonl;
	@Option(names = "--out", required = true, paramLabel = "FICHIER", description = "Fichier des poids à écrire (model/wordings.tsv du pack).")
	Path out;
	@Option(names = "--packs", paramLabel = "DOSSIER", description = "Dossier de packs à utiliser à la place de ceux du programme.")
	Path packs;
	@Option(names = "--jurisdiction", defaultValue = "FR", description = "Pack entraîné (défaut : ${DEFAULT-VALUE}).")
	String jurisdiction;
	@Option(names = "--cost", defaultValue = "1.0", description = "Inverse de la régularisation L1 (défaut : ${DEFAULT-VALUE}).")
	double cost;
	@Option(names = "--positive-weight", defaultValue = "1.0", description = "Poids d'un exemple positif (défaut : ${DEFAULT-VALUE}).")
	double positiveWeight;
	@Option(names = "--min-threshold", defaultValue = "0.6", description = "Seuil de probabilité le plus bas permis (défaut : ${DEFAULT-VALUE}).")
	double minThreshold;
	@Option(names = "--max-veto", defaultValue = "0", description = "Probabilité la plus haute sous laquelle un modèle peut écarter ce que les motifs ont trouvé ; 0 : jamais (défaut : ${DEFAULT-VALUE}).")
	double maxVeto;

	@Override
	public Integer call() throws IOException {
		PrintStream log = new PrintStream(System.out, true, StandardCharsets.UTF_8);
		Checker checker = new Packs(packs).forJurisdiction(jurisdiction);
		List<TrainingText> texts = new ArrayList<>();
		for (Path file : jsonl) {
			List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
			for (int i = 0; i < lines.size(); i++) {
				if (lines.get(i).isBlank()) continue;
				JsonlItem item = JsonlItem.parse(lines.get(i), i + 1);
				if (!item.context().jurisdiction().equalsIgnoreCase(jurisdiction)) continue;
				texts.add(TrainingText.of(checker.modelInput(item.text(), item.context()), item.context(), item.expected(), null));
			}
		}
		for (Rule r : checker.pack().definitions())
			for (Example ex : r.examples())
				texts.add(TrainingText.of(checker.modelInput(ex.text(), ex.context()), ex.context(),
						ex.wrong() ? Set.of(r.id()) : Set.of(), r.id()));
		log.printf(Locale.ROOT, "%d textes d'entraînement%n", texts.size());

		WordingTrainer trainer = new WordingTrainer(texts, new WordingTrainer.Settings(cost, positiveWeight, minThreshold, maxVeto));
		List<RuleModel> models = new ArrayList<>();
		for (Rule r : checker.pack().definitions()) {
			if (r.type() == RuleType.ABSENCE) continue;
			trainer.train(r).ifPresent(trained -> {
				log.println(trained.summary());
				models.add(trained.model());
			});
		}
		List<String> comments = new ArrayList<>(List.of(
				"Modèles de formulation des règles du pack " + jurisdiction + " : écrits par « ./sourire train », ne pas modifier à la main.",
				"Entraînés sur les exemples des règles et sur : " + String.join(", ", jsonl.stream().map(p -> p.getFileName().toString()).toList()),
				String.format(Locale.ROOT, "Régression logistique L1 (liblinear), coût %.2f, poids des positifs %.2f ; seuil choisi par"
						+ " validation croisée à 5 plis, au moins %.2f ; veto sur les motifs choisi de même, au plus %.2f.",
						cost, positiveWeight, minThreshold, maxVeto)));
		Files.createDirectories(out.toAbsolutePath().getParent());
		Files.writeString(out, WordingModels.format(models, comments), StandardCharsets.UTF_8);
		log.printf(Locale.ROOT, "%d modèles écrits dans %s%n", models.size(), out);
		return 0;
	}
}
