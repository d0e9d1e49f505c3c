package fr.sourire.imaging;

import com.sun.jna.Pointer;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * OCR with Debian's libtesseract loaded in the Java process (JNA), same settings as {@link TesseractTextReader}
 * (French model, sparse text). Starting the {@code tesseract} command costs a process and a model load (about 0.35 s)
 * per image; here each engine loads the model once and keeps it. An engine reads one image at a time, so a few are kept
 * (created on demand, up to {@code engines}); each holds the model (about 15 MB). When the library or the model cannot
 * be loaded, the {@code fallback} reader is used instead, so the check behaves as before.
 */
public final class LibTesseractTextReader implements TextReader, AutoCloseable {
	private final String language;
	private final TextReader fallback;
	private final BlockingQueue<Pointer> idle;
	private final AtomicInteger created = new AtomicInteger();
	private final int engines;
	private volatile TesseractLibrary library;
	private volatile Boolean loaded;

	public LibTesseractTextReader(String language, int engines, TextReader fallback) {
		this.language = language;
		this.engines = Math.max(1, engines);
		this.fallback = fallback;
		this.idle = new ArrayBlockingQueue<>(this.engines);
	}

	/** French, one engine per core (at most 2), falling back to the {@code tesseract} command. */
	public LibTesseractTextReader() {
		this("fra", Math.min(2, Runtime.getRuntime().availableProcessors()), new TesseractTextReader());
	}

	/** True when the engine runs in process (false: the fallback reads, if it can). */
	public boolean inProcess() {
		return loaded();
	}

	@Override
	public boolean available() {
		return loaded() || fallback.available();
	}

	@Override
	public OcrText read(BufferedImage image) throws OcrUnavailableException {
		return loaded() ? recognise(image, true) : fallback.read(image);
	}

	/** Without Tesseract's second reading of every unsure line, inverted: it doubled the time spent on photos. */
	@Override
	public OcrText readDarkOnLight(BufferedImage image) throws OcrUnavailableException {
		return loaded() ? recognise(image, false) : fallback.readDarkOnLight(image);
	}

	private OcrText recognise(BufferedImage image, boolean tryInverted) throws OcrUnavailableException {
		BufferedImage gray = gray(image);
		byte[] pixels = ((DataBufferByte) gray.getRaster().getDataBuffer()).getData();
		Pointer api = take();
		try {
			library.TessBaseAPISetVariable(api, "tessedit_do_invert", tryInverted ? "1" : "0");
			library.TessBaseAPISetImage(api, pixels, gray.getWidth(), gray.getHeight(), 1, gray.getWidth());
			if (library.TessBaseAPIRecognize(api, null) != 0) {
				throw new OcrUnavailableException("libtesseract could not read the image", null);
			}
			Pointer tsv = library.TessBaseAPIGetTsvText(api, 0);
			if (tsv == null) {
				return new OcrText(java.util.List.of());
			}
			try {
				return TesseractTextReader.parseTsv(tsv.getString(0, StandardCharsets.UTF_8.name()));
			} finally {
				library.TessDeleteText(tsv);
			}
		} finally {
			library.TessBaseAPIClear(api);
			idle.offer(api);
		}
	}

	/** An idle engine, a new one while fewer than {@code engines} exist, else waits for one. */
	private Pointer take() throws OcrUnavailableException {
		Pointer api = idle.poll();
		if (api != null) {
			return api;
		}
		if (created.getAndIncrement() < engines) {
			api = newEngine();
			if (api != null) {
				return api;
			}
			created.decrementAndGet();
			throw new OcrUnavailableException("libtesseract could not load the " + language + " model", null);
		}
		created.decrementAndGet();
		try {
			return idle.take();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new OcrUnavailableException("interrupted", e);
		}
	}

	private Pointer newEngine() {
		Pointer api = library.TessBaseAPICreate();
		if (api == null) {
			return null;
		}
		if (library.TessBaseAPIInit3(api, null, language) != 0) {
			library.TessBaseAPIDelete(api);
			return null;
		}
		// Tesseract's notes ("Estimating resolution as …") would go to the server's standard error.
		library.TessBaseAPISetVariable(api, "debug_file", "/dev/null");
		library.TessBaseAPISetPageSegMode(api, TesseractLibrary.PSM_SPARSE_TEXT);
		return api;
	}

	/** Loads the library and a first engine once; false when either fails (no libtesseract, no model). */
	private boolean loaded() {
		Boolean l = loaded;
		if (l == null) {
			synchronized (this) {
				l = loaded;
				if (l == null) {
					l = load();
					loaded = l;
				}
			}
		}
		return l;
	}

	private boolean load() {
		try {
			library = TesseractLibrary.load();
		} catch (UnsatisfiedLinkError | RuntimeException e) {
			return false;
		}
		Pointer api = newEngine();
		if (api == null) {
			return false;
		}
		created.incrementAndGet();
		idle.offer(api);
		return true;
	}

	private static BufferedImage gray(BufferedImage image) {
		if (image.getType() == BufferedImage.TYPE_BYTE_GRAY && image.getRaster().getParent() == null
				&& image.getRaster().getSampleModelTranslateX() == 0 && image.getRaster().getSampleModelTranslateY() == 0) {
			return image;
		}
		BufferedImage gray = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
		gray.createGraphics().drawImage(image, 0, 0, null);
		return gray;
	}

	/** Frees the engines (their models); later reads use the fallback. */
	@Override
	public synchronized void close() {
		if (Boolean.TRUE.equals(loaded)) {
			loaded = false;
			Pointer api;
			while ((api = idle.poll()) != null) {
				library.TessBaseAPIDelete(api);
			}
		}
	}
}
