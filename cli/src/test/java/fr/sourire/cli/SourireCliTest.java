package fr.sourire.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The command-line contract other tools depend on. */
class SourireCliTest {
	record Run(int exit, String out) {
	}

	static Run run(String stdin, String... args) {
		InputStream in = System.in;
		PrintStream out = System.out;
		ByteArrayOutputStream buffer = new ByteArrayOutputStream();
		try {
			System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
			System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
			int exit = SourireCli.commandLine().execute(args);
			return new Run(exit, buffer.toString(StandardCharsets.UTF_8));
		} finally {
			System.setIn(in);
			System.setOut(out);
		}
	}

	@Test
	void jsonlGivesOneLinePerInputAndAnErrorLineForAMalformedOne() {
		String input = """
				{"id":"a","kind":"post","text":"Détartrage offert 🎁","unknown":true}
				not json
				{"id":"c","text":"Le brossage reste la base de la prévention."}
				""";
		Run run = run(input, "check", "--jsonl", "-");
		List<JsonNode> lines = run.out().lines().map(JsonlItem.JSON::readTree).toList();
		assertThat(lines).hasSize(3);
		assertThat(lines.get(0).path("verdict").asString()).isEqualTo("block");
		JsonNode finding = lines.get(0).path("findings").get(0);
		assertThat(finding.path("rule").asString()).isEqualTo("PUB.COMMERCIAL");
		assertThat("Détartrage offert 🎁".substring(finding.path("start").asInt(), finding.path("end").asInt()))
				.isEqualTo(finding.path("excerpt").asString());
		assertThat(lines.get(1).path("id").asString()).isEqualTo("line 2");
		assertThat(lines.get(1).has("error")).isTrue();
		assertThat(lines.get(2).path("verdict").asString()).isEqualTo("ok");
	}

	@Test
	void readableCheckExitsTwoWhenAFindingBlocks(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
		Path bad = Files.writeString(dir.resolve("bad.txt"), "Le meilleur dentiste de Lyon, résultat garanti !");
		Run run = run("", "check", bad.toString(), "--kind", "post");
		assertThat(run.exit()).isEqualTo(2);
		assertThat(run.out()).contains("CLAIM.GUARANTEE").contains("⟦");
		Path ok = Files.writeString(dir.resolve("ok.txt"), "Le cabinet sera fermé du 5 au 19 août.");
		assertThat(run("", "check", ok.toString()).exit()).isZero();
	}

	@Test
	void evalEndsWithTheMicroAveragedLines(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
		Path file = Files.writeString(dir.resolve("e.jsonl"),
				"{\"id\":\"1\",\"kind\":\"post\",\"text\":\"-20 % sur le blanchiment !\",\"expected\":[\"PUB.COMMERCIAL\"],\"must_not\":[]}\n");
		List<String> lines = run("", "eval", "--jsonl", file.toString()).out().lines().toList();
		assertThat(lines.subList(lines.size() - 4, lines.size())).allMatch(l -> l.startsWith("micro "));
		assertThat(lines.get(lines.size() - 1)).startsWith("micro all").contains("F1=1.000");
	}

	@Test
	void trainWritesWordingModelsThatAPackLoadsAndAModelFindingIsAWarningMarkedAsSuch(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
		Path packs = dir.resolve("packs");
		Path fr = Path.of("../rulepacks/src/main/resources/packs/FR");
		try (var files = Files.walk(fr)) {
			for (Path f : files.toList()) {
				Path target = packs.resolve("FR").resolve(fr.relativize(f).toString());
				if (Files.isDirectory(f)) Files.createDirectories(target);
				else if (!f.toString().endsWith("wordings.tsv")) Files.copy(f, target);
			}
		}
		StringBuilder texts = new StringBuilder();
		for (int i = 0; i < 15; i++) {
			texts.append("{\"id\":\"p").append(i).append("\",\"text\":\"Le soin zorglub fantastico numéro ").append(i)
					.append(" vous attend.\",\"expected\":[\"PUB.SENSATIONAL\"]}\n");
			texts.append("{\"id\":\"n").append(i).append("\",\"text\":\"Le cabinet sera fermé le ").append(i + 1)
					.append(" mai, bonne semaine.\",\"expected\":[]}\n");
		}
		Path jsonl = Files.writeString(dir.resolve("train.jsonl"), texts);
		Path weights = packs.resolve("FR/model/wordings.tsv");

		Run train = run("", "train", "--packs", packs.toString(), "--jsonl", jsonl.toString(), "--out", weights.toString());

		assertThat(train.exit()).isZero();
		assertThat(train.out()).contains("PUB.SENSATIONAL").contains("modèles écrits");
		assertThat(Files.readString(weights)).startsWith("# Modèles de formulation").contains("PUB.SENSATIONAL\t(seuil)\t");
		Run check = run("{\"id\":\"x\",\"text\":\"Bonjour. Un soin zorglub fantastico vous attend.\"}\n",
				"check", "--packs", packs.toString(), "--jsonl", "-");
		JsonNode line = JsonlItem.JSON.readTree(check.out().lines().findFirst().orElseThrow());
		assertThat(line.path("findings")).anySatisfy(f -> {
			assertThat(f.path("rule").asString()).isEqualTo("PUB.SENSATIONAL");
			assertThat(f.path("detection").asString()).isEqualTo("model");
			assertThat(f.path("severity").asString()).isEqualTo("warn");
		});
	}
}
