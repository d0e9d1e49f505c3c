package fr.sourire.cli.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;

class ImageCommandsTest {
	static final Path FACES = Path.of("../imaging/src/test/resources/faces");

	record Run(int code, String out, String err) {
	}

	static Run run(Object command, String... args) {
		PrintStream oldOut = System.out, oldErr = System.err;
		ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
		try {
			System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
			System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
			int code = new CommandLine(command).execute(args);
			return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
		} finally {
			System.setOut(oldOut);
			System.setErr(oldErr);
		}
	}

	@Test
	void checkImageJsonHasTheDocumentedShape() throws Exception {
		Run r = run(new CheckImageCommand(), FACES.resolve("astronaut.jpg").toString(), "--json");
		assertThat(r.code()).isEqualTo(2);
		JsonNode json = ImageJson.JSON.readTree(r.out());
		assertThat(json.get("verdict").asText()).isEqualTo("block");
		JsonNode face = json.get("findings").get(0);
		assertThat(face.get("rule").asText()).isEqualTo("PATIENT.IMAGE");
		assertThat(face.get("severity").asText()).isEqualTo("block");
		assertThat(face.get("regions").get(0).has("x")).isTrue();
		assertThat(json.get("metadata").get("gps").isBoolean()).isTrue();
	}

	@Test
	void unreadableFileExitsNonZeroWithOneLine(@TempDir Path dir) throws Exception {
		Path fake = dir.resolve("photo.jpg");
		Files.writeString(fake, "pas une image");
		Run r = run(new CheckImageCommand(), fake.toString());
		assertThat(r.code()).isEqualTo(1);
		assertThat(r.err().strip().lines()).hasSize(1);
		assertThat(r.err()).contains("n'est pas une image reconnue");
	}

	@Test
	void cleanImageWritesACopyWithBlurredFaces(@TempDir Path dir) throws Exception {
		Path out = dir.resolve("clean.jpg");
		Run r = run(new CleanImageCommand(), FACES.resolve("astronaut.jpg").toString(), out.toString(), "--blur-faces");
		assertThat(r.code()).isZero();
		assertThat(Files.size(out)).isPositive();
		Run check = run(new CheckImageCommand(), out.toString(), "--json");
		assertThat(ImageJson.JSON.readTree(check.out()).get("verdict").asText()).isNotEqualTo("block");
	}
}
