package fr.sourire.rulepacks;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A pack on the classpath is read through its files.txt (a jar cannot be listed portably): the list must name every
 * file of the folder, or a new rule would be silently left out.
 */
class PackFilesTest {
	@ParameterizedTest
	@ValueSource(strings = {"FR", "BE"})
	void filesTxtListsEveryFileOfThePack(String jur) throws IOException {
		Path dir = Path.of("src/main/resources/packs", jur);
		List<String> actual;
		try (Stream<Path> s = Files.walk(dir)) {
			actual = s.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/'))
					.filter(p -> !p.equals("files.txt")).sorted().toList();
		}
		List<String> listed = Files.readAllLines(dir.resolve("files.txt")).stream()
				.filter(l -> !l.isBlank() && !l.startsWith("#")).sorted().toList();
		assertThat(listed)
				.as("packs/%s/files.txt is out of date; regenerate it with: (cd rulepacks/src/main/resources/packs/%s && find . -type f ! -name files.txt | sed 's|^./||' | sort > files.txt)", jur, jur)
				.isEqualTo(actual);
	}
}
