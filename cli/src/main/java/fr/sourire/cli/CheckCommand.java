package fr.sourire.cli;

import fr.sourire.engine.AuthorRole;
import fr.sourire.engine.Channel;
import fr.sourire.engine.CheckContext;
import fr.sourire.engine.CheckReport;
import fr.sourire.engine.Finding;
import fr.sourire.engine.Kind;
import fr.sourire.engine.LegalSource;
import fr.sourire.engine.PackLoadException;
import fr.sourire.engine.PostCategory;
import fr.sourire.engine.Span;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code sourire check}: a readable report for one text file, or one JSON line per input line with --jsonl. */
@Command(name = "check", mixinStandardHelpOptions = true,
		description = {"Vérifie un texte : rapport lisible, code de sortie 2 si une règle bloque la publication.",
				"Avec --jsonl FICHIER (ou - pour l'entrée standard) : une ligne JSON par entrée."})
final class CheckCommand implements Callable<Integer> {
	@Parameters(arity = "0..1", paramLabel = "FICHIER.txt", description = "Texte à vérifier (- pour l'entrée standard).")
	String file;
	@Option(names = "--jsonl", paramLabel = "FICHIER", description = "Fichier JSONL (champs du README d'évaluation), ou -.")
	String jsonl;
	@Option(names = "--kind", defaultValue = "post", description = "post, reply ou review (défaut : ${DEFAULT-VALUE}).")
	String kind;
	@Option(names = "--channel", description = "PRACTICE_SOCIAL, PERSONAL_SOCIAL, PRACTICE_WEBSITE, GOOGLE_BUSINESS_REPLY, PRO_PRIVATE_GROUP.")
	Channel channel;
	@Option(names = "--category", description = "Catégorie du post (PRACTICE_INFO, CLOSURE, PREVENTION_EDU…).")
	PostCategory category;
	@Option(names = "--author", description = "DENTIST, ASSISTANT, CENTRE_DE_SANTE, PATIENT.")
	AuthorRole author;
	@Option(names = "--review", paramLabel = "TEXTE", description = "Pour une réponse : l'avis auquel elle répond.")
	String review;
	@Option(names = "--jurisdiction", defaultValue = "FR", description = "Pack de règles (FR, BE ; défaut : ${DEFAULT-VALUE}).")
	String jurisdiction;
	@Option(names = "--packs", paramLabel = "DOSSIER", description = "Dossier de packs à utiliser à la place de ceux du programme.")
	Path packs;

	@Override
	public Integer call() throws IOException {
		PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
		Packs checkers = new Packs(packs);
		if (jsonl != null) {
			runJsonl(checkers, out);
			return 0;
		}
		if (file == null) {
			System.err.println("Indiquez un fichier texte, ou --jsonl FICHIER.");
			return 1;
		}
		String text = file.equals("-") ? new String(System.in.readAllBytes(), StandardCharsets.UTF_8) : Files.readString(Path.of(file));
		CheckContext ctx = CheckContext.builder().kind(Kind.valueOf(kind.toUpperCase(java.util.Locale.ROOT))).channel(channel)
				.category(category).authorRole(author).review(review).jurisdiction(jurisdiction).build();
		CheckReport report = checkers.forJurisdiction(jurisdiction).check(text, ctx);
		ReadableReport.print(text, report, out);
		return report.blocks() ? 2 : 0;
	}

	private void runJsonl(Packs checkers, PrintStream out) throws IOException {
		BufferedReader in = jsonl.equals("-") ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
				: Files.newBufferedReader(Path.of(jsonl), StandardCharsets.UTF_8);
		try (in) {
			String line;
			int number = 0;
			while ((line = in.readLine()) != null) {
				number++;
				if (line.isBlank()) continue;
				ObjectNode result = JsonlItem.JSON.createObjectNode();
				try {
					JsonlItem item = JsonlItem.parse(line, number);
					result.put("id", item.id());
					CheckReport report = checkers.forJurisdiction(item.context().jurisdiction()).check(item.text(), item.context());
					result.put("verdict", report.verdict().id());
					ArrayNode findings = result.putArray("findings");
					for (Finding f : report.findings()) findings.add(json(f));
				} catch (PackLoadException e) {
					throw e;
				} catch (RuntimeException e) {
					if (!result.has("id")) result.put("id", idOf(line, number));
					result.put("error", e.getMessage());
				}
				out.println(JsonlItem.JSON.writeValueAsString(result));
			}
		}
	}

	/** The id of a line that could not be checked: its "id" field when it can be read, else "line N". */
	private static String idOf(String line, int number) {
		try {
			String id = JsonlItem.JSON.readTree(line).path("id").asString("");
			return id.isEmpty() ? "line " + number : id;
		} catch (RuntimeException e) {
			return "line " + number;
		}
	}

	static ObjectNode json(Finding f) {
		ObjectNode o = JsonlItem.JSON.createObjectNode();
		o.put("rule", f.ruleId());
		o.put("severity", f.severity().id());
		o.put("start", f.span().start());
		o.put("end", f.span().end());
		o.put("excerpt", f.excerpt());
		o.put("message", f.message().fr());
		o.put("detection", f.detection().name().toLowerCase(Locale.ROOT));
		ArrayNode suggestions = o.putArray("suggestions");
		f.suggestions().forEach(suggestions::add);
		ArrayNode sources = o.putArray("sources");
		for (LegalSource s : f.sources()) sources.add(s.ref() + " [" + s.evidence() + "]");
		if (f.spans().size() > 1) {
			ArrayNode spans = o.putArray("spans");
			for (Span s : f.spans()) spans.addObject().put("start", s.start()).put("end", s.end());
		}
		return o;
	}
}
