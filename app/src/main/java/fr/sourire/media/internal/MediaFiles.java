package fr.sourire.media.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The images on disk: one folder per practice, random file names (nothing of the original name or of the patient
 * reaches the file system), written to a temporary file then moved, so a crash never leaves half an image.
 */
@Component
public class MediaFiles {

	private final Path root;

	MediaFiles(@Value("${sourire.media.dir:./data/media}") Path root) {
		this.root = root.toAbsolutePath().normalize();
	}

	/** Stores the bytes and returns the file's name, relative to the practice's folder. */
	public String write(long practiceId, String suffix, byte[] bytes) {
		String name = UUID.randomUUID() + "." + suffix;
		try {
			Path folder = Files.createDirectories(root.resolve(Long.toString(practiceId)));
			Path temporary = Files.createTempFile(folder, "upload-", ".part");
			Files.write(temporary, bytes);
			Files.move(temporary, folder.resolve(name), StandardCopyOption.ATOMIC_MOVE);
			return name;
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot store an image under " + root, e);
		}
	}

	public byte[] read(long practiceId, String name) {
		try {
			return Files.readAllBytes(path(practiceId, name));
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read a stored image", e);
		}
	}

	public void delete(long practiceId, String name) {
		try {
			Files.deleteIfExists(path(practiceId, name));
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot delete a stored image", e);
		}
	}

	private Path path(long practiceId, String name) {
		if (!name.matches("[0-9a-f-]{36}\\.[a-z]+")) {
			throw new IllegalArgumentException("Not a stored image name");
		}
		return root.resolve(Long.toString(practiceId)).resolve(name);
	}
}
