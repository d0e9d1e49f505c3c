package fr.sourire.engine.pack;

import fr.sourire.engine.PackLoadException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where a pack's files are read from: a folder, or the classpath. The classpath cannot be listed portably (a jar inside
 * a Spring Boot jar is not a file system), so a classpath pack lists its files in {@code files.txt}; a test of the
 * rulepacks module keeps that list equal to the folder.
 */
public interface PackSource {
	/** Where files are, for messages ("packs/FR/rules/pub-commercial.yaml"). */
	String describe(String relative);

	/** All files of the pack, relative, with '/' separators. */
	List<String> files();

	String read(String relative);

	/** The pack named {@code name} next to this one (for {@code extends}). */
	PackSource sibling(String name);

	static PackSource of(Path dir) {
		return new PackSource() {
			public String describe(String relative) {
				return dir.resolve(relative).toString();
			}

			public List<String> files() {
				if (!Files.isDirectory(dir)) throw new PackLoadException(dir.toString(), 0, "no such pack folder");
				try (Stream<Path> s = Files.walk(dir)) {
					return s.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/')).sorted().toList();
				} catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			}

			public String read(String relative) {
				try {
					return Files.readString(dir.resolve(relative), StandardCharsets.UTF_8);
				} catch (IOException e) {
					throw new PackLoadException(describe(relative), 0, "cannot read: " + e.getMessage());
				}
			}

			public PackSource sibling(String name) {
				return of(dir.resolveSibling(name));
			}
		};
	}

	static PackSource classpath(String folder, ClassLoader loader) {
		return new PackSource() {
			public String describe(String relative) {
				return folder + "/" + relative;
			}

			public List<String> files() {
				String index = read("files.txt");
				return index.lines().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
			}

			public String read(String relative) {
				try (InputStream in = loader.getResourceAsStream(folder + "/" + relative)) {
					if (in == null) throw new PackLoadException(describe(relative), 0, "not found on the classpath");
					return new String(in.readAllBytes(), StandardCharsets.UTF_8);
				} catch (IOException e) {
					throw new PackLoadException(describe(relative), 0, "cannot read: " + e.getMessage());
				}
			}

			public PackSource sibling(String name) {
				return classpath(folder.substring(0, folder.lastIndexOf('/') + 1) + name, loader);
			}
		};
	}
}
