package fr.sourire.imaging;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * One run times, on the same 12-megapixel JPEG (4000 × 3000, a real photo enlarged with sensor-like noise added):
 * decoding alone (full resolution, as an app would) and the whole check (header, metadata, subsampled decode, faces,
 * text gate and OCR where it makes sense, before/after), interleaved, with the former ways (OCR by the tesseract
 * command, faces only after the decode) as references. Median of 9 runs after 3 warm-up runs; bytes allocated by
 * the checking thread stand for memory. Run: mvn -pl imaging test -Dimaging.excludedGroups=none -Dgroups=benchmark
 * -Dtest=ImagingBenchmark. Writes target/imaging-benchmark.txt.
 */
@Tag("benchmark")
class ImagingBenchmark {
	static final int RUNS = 9, WARMUP = 3;

	@Test
	void decodeAloneVersusWholeCheck() throws Exception {
		byte[] jpeg = twelveMegapixelJpeg();
		StringBuilder out = new StringBuilder();
		out.append(String.format(Locale.ROOT, "12-megapixel JPEG: 4000 x 3000, %.1f MB; %d cores; Java %s%n", jpeg.length / 1e6,
				Runtime.getRuntime().availableProcessors(), System.getProperty("java.version")));
		ImageLimits limits = ImageLimits.DEFAULT;
		out.append("load average at start: ").append(loadAverage()).append('\n');
		try (ImageInspector inspector = ImageInspector.create();
				ImageInspector always = ImageInspector.builder().ocrPolicy(ImageInspector.OcrPolicy.ALWAYS).build();
				ImageInspector noText = ImageInspector.builder().textReader(new NoText()).build();
				ImageInspector ocrCommand = ImageInspector.builder().textReader(new TesseractTextReader()).build();
				ImageInspector facesAfterDecode = ImageInspector.builder().faceDetector(new AfterDecode(new BlazeFaceDetector())).build();
				BlazeFaceDetector detector = new BlazeFaceDetector();
				LibTesseractTextReader ocrInProcess = new LibTesseractTextReader()) {
			// Interleaved, so that all see the same load on a shared machine.
			Stat[] s = interleaved(new String[] {"decode alone (full resolution)", "whole check (default)",
					"whole check, text step skipped (decode+faces+metadata+layout)",
					"whole check, OCR by the tesseract command (before)", "whole check, faces after the decode (before)"},
					() -> ImageDecoder.decode(jpeg, ImageType.JPEG, limits, 1), () -> inspector.inspect(jpeg, ImageContext.france()),
					() -> noText.inspect(jpeg, ImageContext.france()), () -> ocrCommand.inspect(jpeg, ImageContext.france()),
					() -> facesAfterDecode.inspect(jpeg, ImageContext.france()));
			Stat decode = s[0], check = s[1];
			ImageReport report = inspector.inspect(jpeg, ImageContext.france());
			for (Stat stat : s) {
				out.append(stat.line());
			}
			out.append(String.format(Locale.ROOT, "ratio whole check / decode alone: %.2f (text: %s, findings: %s); without the text step: %.2f; "
					+ "OCR by the command: %.2f; faces after the decode: %.2f%n", check.median / decode.median, report.textCheck(),
					report.findings().stream().map(ImageFinding::rule).toList(), s[2].median / decode.median, s[3].median / decode.median,
					s[4].median / decode.median));
			out.append(String.format(Locale.ROOT, "CPU time ratio whole check / decode alone: %.2f; without the text step: %.2f; OCR by the command: %.2f "
					+ "(the command's own process is not counted)%n", check.cpuMs / decode.cpuMs, s[2].cpuMs / decode.cpuMs, s[3].cpuMs / decode.cpuMs));
			int sub = (4000 + 1279) / 1280;
			BufferedImage analysis = ImageDecoder.decode(jpeg, ImageType.JPEG, limits, sub);
			List<Region> textAreas = TextGate.candidates(analysis);
			BufferedImage toRead = TextGate.keepOnly(analysis, textAreas);
			out.append("breakdown:\n");
			out.append(time("  header", () -> ImageDecoder.header(jpeg, ImageType.JPEG, limits)).line());
			out.append(time("  metadata (EXIF, XMP, IPTC)", () -> MetadataInspector.read(jpeg)).line());
			out.append(time("  subsampled decode (1/" + sub + ", " + analysis.getWidth() + " x " + analysis.getHeight() + ")",
					() -> ImageDecoder.decode(jpeg, ImageType.JPEG, limits, sub)).line());
			out.append(time("  faces (whole + tiles)", () -> detector.detect(analysis)).line());
			out.append(time("  text gate", () -> TextGate.candidates(analysis)).line());
			out.append(String.format(Locale.ROOT, "  (text gate: %d areas, %.0f %% of the image)%n", textAreas.size(),
					100 * TextGate.coverage(textAreas, analysis.getWidth(), analysis.getHeight())));
			out.append(time("  OCR of the gate's areas, in process", () -> ocrInProcess.readDarkOnLight(toRead)).line());
			out.append(time("  OCR of the gate's areas, tesseract command", () -> new TesseractTextReader().read(toRead)).line());
			out.append(time("  before/after layout", () -> BeforeAfterDetector.layout(analysis)).line());
			out.append(time("whole check with OCR always (reference)", () -> always.inspect(jpeg, ImageContext.france())).line());
		}
		out.append("load average at end: ").append(loadAverage()).append('\n');
		System.out.println(out);
		Files.createDirectories(Path.of("target"));
		Files.writeString(Path.of("target/imaging-benchmark.txt"), out);
	}

	/** cpuMs: median processor time of the whole process (all threads) during the task, which the load of others hardly changes. */
	record Stat(String name, double median, double min, double max, long allocatedMb, double cpuMs) {
		String line() {
			return String.format(Locale.ROOT, "%-55s median %7.1f ms (min %.1f, max %.1f), allocated %d MB, CPU %.1f ms%n", name, median, min, max,
					allocatedMb, cpuMs);
		}
	}

	static long processCpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
	}

	static Stat[] interleaved(String[] names, Callable<?>... tasks) throws Exception {
		for (int i = 0; i < WARMUP; i++) {
			for (Callable<?> t : tasks) {
				t.call();
			}
		}
		double[][] ms = new double[tasks.length][RUNS];
		double[][] cpu = new double[tasks.length][RUNS];
		long[] allocated = new long[tasks.length];
		com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
		for (int i = 0; i < RUNS; i++) {
			for (int k = 0; k < tasks.length; k++) {
				long a0 = threads.getCurrentThreadAllocatedBytes();
				long c0 = processCpuNanos();
				long t0 = System.nanoTime();
				tasks[k].call();
				ms[k][i] = (System.nanoTime() - t0) / 1e6;
				cpu[k][i] = (processCpuNanos() - c0) / 1e6;
				allocated[k] = Math.max(allocated[k], threads.getCurrentThreadAllocatedBytes() - a0);
			}
		}
		Stat[] out = new Stat[tasks.length];
		for (int k = 0; k < tasks.length; k++) {
			Arrays.sort(ms[k]);
			Arrays.sort(cpu[k]);
			out[k] = new Stat(names[k], ms[k][RUNS / 2], ms[k][0], ms[k][RUNS - 1], allocated[k] / (1024 * 1024), cpu[k][RUNS / 2]);
		}
		return out;
	}

	static Stat time(String name, Callable<?> task) throws Exception {
		for (int i = 0; i < WARMUP; i++) {
			task.call();
		}
		double[] ms = new double[RUNS];
		double[] cpu = new double[RUNS];
		long allocated = 0;
		com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
		for (int i = 0; i < RUNS; i++) {
			long a0 = threads.getCurrentThreadAllocatedBytes();
			long c0 = processCpuNanos();
			long t0 = System.nanoTime();
			task.call();
			ms[i] = (System.nanoTime() - t0) / 1e6;
			cpu[i] = (processCpuNanos() - c0) / 1e6;
			allocated = Math.max(allocated, threads.getCurrentThreadAllocatedBytes() - a0);
		}
		Arrays.sort(ms);
		Arrays.sort(cpu);
		return new Stat(name, ms[RUNS / 2], ms[0], ms[RUNS - 1], allocated / (1024 * 1024), cpu[RUNS / 2]);
	}

	/** leuvenA (a street photo) enlarged to 4000 × 3000 with Gaussian noise (σ 6), JPEG quality 0.92. */
	static byte[] twelveMegapixelJpeg() {
		BufferedImage src = TestImages.image(TestImages.face("leuvenA.jpg"));
		BufferedImage big = new BufferedImage(4000, 3000, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = big.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
		g.drawImage(src, 0, 0, 4000, 3000, null);
		g.dispose();
		Random r = new Random(7);
		int[] row = new int[4000];
		for (int y = 0; y < 3000; y++) {
			big.getRGB(0, y, 4000, 1, row, 0, 4000);
			for (int x = 0; x < 4000; x++) {
				int p = row[x];
				int n = (int) Math.round(r.nextGaussian() * 6);
				int rr = clamp(((p >> 16) & 0xFF) + n), gg = clamp(((p >> 8) & 0xFF) + n), bb = clamp((p & 0xFF) + n);
				row[x] = rr << 16 | gg << 8 | bb;
			}
			big.setRGB(0, y, 4000, 1, row, 0, 4000);
		}
		return TestImages.jpeg(big);
	}

	private static int clamp(int v) {
		return Math.max(0, Math.min(255, v));
	}

	static String loadAverage() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).trim();
		} catch (java.io.IOException e) {
			return "unknown";
		}
	}

	/** The same detector without its early start: faces are looked for once the image is decoded (as before). */
	record AfterDecode(FaceDetector detector) implements FaceDetector {
		@Override
		public List<Face> detect(BufferedImage image) {
			return detector.detect(image);
		}

		@Override
		public void close() {
			detector.close();
		}
	}

	/** Says OCR is there and finds nothing, instantly: isolates the cost of the other steps. */
	static final class NoText implements TextReader {
		@Override
		public boolean available() {
			return true;
		}

		@Override
		public OcrText read(BufferedImage image) {
			return new OcrText(List.of());
		}
	}
}
