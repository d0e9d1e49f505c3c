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
}
