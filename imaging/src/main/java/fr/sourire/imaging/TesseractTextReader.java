package fr.sourire.imaging;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;

/**
 * OCR with the {@code tesseract} command (Debian: tesseract-ocr, tesseract-ocr-fra), French then English, sparse text mode
 * (text anywhere on a photo or a radiograph). The image goes through a private temporary file that is always deleted.
 */
public final class TesseractTextReader implements TextReader {
	private final String command;
	private final String languages;
	private final Duration timeout;
	private volatile Boolean available;

	public TesseractTextReader(String command, String languages, Duration timeout) {
		this.command = command;
		this.languages = languages;
		this.timeout = timeout;
	}

	/** {@code tesseract} from the PATH, French model only (loads in half the time of fra+eng; reads English names too), 30 s at most per image. */
	public TesseractTextReader() {
		this("tesseract", "fra", Duration.ofSeconds(30));
	}

	@Override
	public boolean available() {
		Boolean a = available;
		if (a == null) {
			a = probe();
			available = a;
		}
		return a;
	}

	private boolean probe() {
		try {
			Process p = new ProcessBuilder(command, "--list-langs").redirectErrorStream(true).start();
			byte[] out = p.getInputStream().readAllBytes();
			if (!p.waitFor(10, TimeUnit.SECONDS)) {
				p.destroyForcibly();
				return false;
			}
			String langs = new String(out, StandardCharsets.UTF_8);
			for (String lang : languages.split("\\+")) {
				if (!langs.lines().anyMatch(l -> l.trim().equals(lang))) {
					return false;
				}
			}
			return p.exitValue() == 0;
		} catch (IOException e) {
			return false;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	@Override
	public OcrText read(BufferedImage image) throws OcrUnavailableException {
		if (!available()) {
			throw new OcrUnavailableException("tesseract is not available (" + command + ", " + languages + ")", null);
		}
		Path dir = null;
		try {
			dir = Files.createTempDirectory("sourire-ocr");
			Path in = dir.resolve("in.png");
			Path out = dir.resolve("out.txt");
			ImageIO.write(image, "png", in.toFile());
			ProcessBuilder pb = new ProcessBuilder(command, in.toString(), "stdout", "-l", languages, "--psm", "11", "tsv")
					.redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD);
			// One OpenMP thread: on a shared server, tesseract's spinning worker threads cost more than they save.
			pb.environment().put("OMP_THREAD_LIMIT", "1");
			Process p = pb.start();
			if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
				p.destroyForcibly();
				throw new OcrUnavailableException("tesseract took longer than " + timeout, null);
			}
			if (p.exitValue() != 0) {
				throw new OcrUnavailableException("tesseract exited with " + p.exitValue(), null);
			}
			return parseTsv(Files.readString(out, StandardCharsets.UTF_8));
		} catch (IOException e) {
			throw new OcrUnavailableException("tesseract failed: " + e.getMessage(), e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new OcrUnavailableException("interrupted", e);
		} finally {
			deleteQuietly(dir);
		}
	}

	/** Tesseract TSV: level page block par line word left top width height conf text; level 5 is a word. */
	static OcrText parseTsv(String tsv) {
		List<Word> words = new ArrayList<>();
		String lastLine = null;
		for (String row : tsv.split("\n")) {
			String[] c = row.split("\t", -1);
			if (c.length < 12 || !c[0].equals("5")) {
				continue;
			}
			String text = c[11].trim();
			double conf;
			try {
				conf = Double.parseDouble(c[10]);
			} catch (NumberFormatException e) {
				continue;
			}
			if (text.isEmpty() || conf < 0) {
				continue;
			}
			String line = c[2] + "/" + c[3] + "/" + c[4];
			Region box = new Region(Integer.parseInt(c[6]), Integer.parseInt(c[7]), Integer.parseInt(c[8]), Integer.parseInt(c[9]));
			words.add(new Word(text, box, conf, lastLine != null && !line.equals(lastLine)));
			lastLine = line;
		}
		return new OcrText(words);
	}

	private static void deleteQuietly(Path dir) {
		if (dir == null) {
			return;
		}
		try (var files = Files.list(dir)) {
			for (Path f : files.toList()) {
				Files.deleteIfExists(f);
			}
			Files.deleteIfExists(dir);
		} catch (IOException e) {
			// temporary directory left behind; it holds no more than the image being checked
		}
	}
}
