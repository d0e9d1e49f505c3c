package fr.sourire.imaging;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtLoggingLevel;
import ai.onnxruntime.OrtSession;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * MediaPipe BlazeFace full-range (256 × 256, "back camera") run with ONNX Runtime. The model file ships in the jar.
 * <p>
 * Input NHWC [1,256,256,3], RGB scaled to [-1,1]. Outputs: scores [1,512,1] (16 × 16 grid, 2 anchors per cell) and
 * [1,384,1] (8 × 8 grid, 6 anchors), boxes [1,512,16] and [1,384,16]: centre = anchor + (dx,dy)/256, size = (w,h)/256.
 * The whole image is checked, then (over 640 pixels) overlapping tiles, 2 × 2 or 3 × 3 over 960 pixels, so that small
 * faces in a group photo are found; boxes are merged by non-maximum suppression (IoU 0.3, or a box mostly inside another).
 * The input is area-sampled straight from the decoded raster (no Java2D scaling), gray padding keeps the aspect ratio.
 */
public final class BlazeFaceDetector implements FaceDetector {
	static final String MODEL = "/fr/sourire/imaging/blazeface/face_detection_back_256x256_barracuda.onnx";
	/** Score above which a box is a face. */
	public static final double DEFAULT_THRESHOLD = 0.65;
	private static final int SIZE = 256;
	/** Images whose longer side is over this are also checked in tiles. */
	private static final int TILE = 640;
	/** Tiles see more clutter at a larger scale: a face found only there must score a little higher. */
	private static final double TILE_THRESHOLD = 0.70;
	private static final float[][] ANCHORS = anchors();

	private final OrtEnvironment env;
	private final OrtSession session;
	private final String inputName;
	private final double threshold;

	public BlazeFaceDetector(double threshold, int threads) {
		this.threshold = threshold;
		try (InputStream in = BlazeFaceDetector.class.getResourceAsStream(MODEL)) {
			if (in == null) {
				throw new IllegalStateException("face model missing from the class path: " + MODEL);
			}
			byte[] model = in.readAllBytes();
			env = OrtEnvironment.getEnvironment(OrtLoggingLevel.ORT_LOGGING_LEVEL_ERROR);
			OrtSession.SessionOptions options = new OrtSession.SessionOptions();
			options.setIntraOpNumThreads(Math.max(1, threads));
			options.setInterOpNumThreads(1);
			options.setSessionLogLevel(OrtLoggingLevel.ORT_LOGGING_LEVEL_ERROR);
			options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
			session = env.createSession(model, options);
			inputName = session.getInputNames().iterator().next();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		} catch (OrtException e) {
			throw new IllegalStateException("cannot load the face model", e);
		}
	}

	/** Threshold {@value #DEFAULT_THRESHOLD} (chosen on the labelled set: recall first, see docs/imaging.md), one thread per run. */
	public BlazeFaceDetector() {
		this(DEFAULT_THRESHOLD, 1);
	}

	@Override
	public List<Face> detect(BufferedImage image) {
		Pixels px = Pixels.of(image);
		List<Region> passes = new ArrayList<>();
		passes.add(new Region(0, 0, image.getWidth(), image.getHeight()));
		passes.addAll(tiles(image.getWidth(), image.getHeight()));
		return suppress(runAll(px, passes, new ArrayList<>()));
	}

	/**
	 * Tiles run as soon as their rows are decoded, one at a time on the pool (the decoding keeps the other core); the
	 * whole-image pass and the last tiles run when the decode is done. Only the copy-free pixel layouts are read early.
	 */
	@Override
	public Scan scan() {
		return new Scan() {
			private BufferedImage early;
			private Pixels px;
			private List<Region> waiting;
			private java.util.concurrent.CompletableFuture<List<Face>> found = java.util.concurrent.CompletableFuture.completedFuture(
					java.util.Collections.synchronizedList(new ArrayList<>()));

			@Override
			public void rowsDecoded(BufferedImage image, int rows) {
				if (early == null) {
					Pixels direct = Pixels.direct(image);
					if (direct == null) {
						return;
					}
					early = image;
					px = direct;
					waiting = new ArrayList<>(tiles(image.getWidth(), image.getHeight()));
				}
				if (image != early) {
					return;
				}
				for (var it = waiting.iterator(); it.hasNext();) {
					Region tile = it.next();
					if (tile.y() + tile.h() <= rows) {
						it.remove();
						found = found.thenApplyAsync(faces -> {
							faces.addAll(run(px, tile, tileThreshold()));
							return faces;
						}, POOL);
					}
				}
			}

			@Override
			public List<Face> finish(BufferedImage image) {
				if (image != early) {
					return detect(image);
				}
				List<Region> passes = new ArrayList<>(waiting);
				passes.add(0, new Region(0, 0, image.getWidth(), image.getHeight()));
				List<Face> all = runAll(px, passes, new ArrayList<>());
				try {
					all.addAll(found.get());
				} catch (java.util.concurrent.ExecutionException e) {
					throw new IllegalStateException("face detection failed", e.getCause());
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					throw new IllegalStateException("interrupted", e);
				}
				return suppress(all);
			}
		};
	}

	/**
	 * Overlapping tiles over 640 pixels: 2 × 2 (60 % of each side), or 3 × 3 (40 %) on large images, so that faces down
	 * to about 1/40 of the image width (a group photo) are found; the whole-image pass keeps the large faces.
	 */
	private static List<Region> tiles(int w, int h) {
		if (Math.max(w, h) <= TILE) {
			return List.of();
		}
		return Math.max(w, h) > 3 * TILE / 2 ? grid(w, h, 3, 0.4) : grid(w, h, 2, 0.6);
	}

	/** Tiles see more clutter at a larger scale: a face found only there must score a little higher. */
	private double tileThreshold() {
		return Math.max(threshold, TILE_THRESHOLD);
	}

	/** Runs the passes (the first is the whole image, the others tiles) side by side on the pool; the session is thread-safe. */
	private List<Face> runAll(Pixels px, List<Region> passes, List<Face> out) {
		List<java.util.concurrent.Future<List<Face>>> results = new ArrayList<>();
		for (int i = 1; i < passes.size(); i++) {
			Region tile = passes.get(i);
			results.add(POOL.submit(() -> run(px, tile, tileThreshold())));
		}
		out.addAll(run(px, passes.get(0), threshold));
		for (var f : results) {
			try {
				out.addAll(f.get());
			} catch (java.util.concurrent.ExecutionException e) {
				throw new IllegalStateException("face detection failed", e.getCause());
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("interrupted", e);
			}
		}
		return out;
	}

	private static List<Region> grid(int w, int h, int n, double fraction) {
		int tw = (int) Math.round(w * fraction), th = (int) Math.round(h * fraction);
		List<Region> tiles = new ArrayList<>();
		for (int j = 0; j < n; j++) {
			for (int i = 0; i < n; i++) {
				tiles.add(new Region((w - tw) * i / (n - 1), (h - th) * j / (n - 1), tw, th));
			}
		}
		return tiles;
	}

	/** Shared by all detectors: tiles of one image run side by side, one ONNX thread each. Daemon threads. */
	private static final java.util.concurrent.ExecutorService POOL = java.util.concurrent.Executors.newFixedThreadPool(
			Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())), r -> {
				Thread t = new Thread(r, "sourire-faces");
				t.setDaemon(true);
				return t;
			});

	private List<Face> run(Pixels image, Region tile, double minScore) {
		double scale = (double) SIZE / Math.max(tile.w(), tile.h());
		int dw = Math.max(1, (int) Math.round(tile.w() * scale)), dh = Math.max(1, (int) Math.round(tile.h() * scale));
		int padX = (SIZE - dw) / 2, padY = (SIZE - dh) / 2;
		FloatBuffer buf = FloatBuffer.allocate(SIZE * SIZE * 3);
		float[] data = buf.array();
		// Area sampling: each input pixel is the mean of 2 × 2 samples of the tile (cheap anti-aliasing); padding is gray (0).
		double step = 1 / scale;
		for (int y = 0; y < dh; y++) {
			int sy0 = tile.y() + (int) ((y + 0.25) * step), sy1 = tile.y() + Math.min(tile.h() - 1, (int) ((y + 0.75) * step));
			for (int x = 0; x < dw; x++) {
				int sx0 = tile.x() + (int) ((x + 0.25) * step), sx1 = tile.x() + Math.min(tile.w() - 1, (int) ((x + 0.75) * step));
				int a = image.rgb(sx0, sy0), b = image.rgb(sx1, sy0), c = image.rgb(sx0, sy1), d = image.rgb(sx1, sy1);
				int o = ((y + padY) * SIZE + x + padX) * 3;
				data[o] = (((a >> 16) & 0xFF) + ((b >> 16) & 0xFF) + ((c >> 16) & 0xFF) + ((d >> 16) & 0xFF)) / 510f - 1f;
				data[o + 1] = (((a >> 8) & 0xFF) + ((b >> 8) & 0xFF) + ((c >> 8) & 0xFF) + ((d >> 8) & 0xFF)) / 510f - 1f;
				data[o + 2] = ((a & 0xFF) + (b & 0xFF) + (c & 0xFF) + (d & 0xFF)) / 510f - 1f;
			}
		}
		List<Face> faces = new ArrayList<>();
		try (OnnxTensor tensor = OnnxTensor.createTensor(env, buf, new long[] {1, SIZE, SIZE, 3});
				OrtSession.Result result = session.run(Map.of(inputName, tensor))) {
			float[] scores512 = null, scores384 = null;
			float[][] boxes512 = null, boxes384 = null;
			for (Map.Entry<String, ai.onnxruntime.OnnxValue> e : result) {
				float[][][] v = (float[][][]) e.getValue().getValue();
				float[][] rows = v[0];
				if (rows[0].length == 1) {
					float[] sc = new float[rows.length];
					for (int i = 0; i < rows.length; i++) {
						sc[i] = rows[i][0];
					}
					if (rows.length == 512) {
						scores512 = sc;
					} else {
						scores384 = sc;
					}
				} else if (rows.length == 512) {
					boxes512 = rows;
				} else {
					boxes384 = rows;
				}
			}
			if (scores512 == null || scores384 == null || boxes512 == null || boxes384 == null) {
				throw new IllegalStateException("unexpected face model outputs");
			}
			decode(scores512, boxes512, 0, tile, scale, padX, padY, minScore, faces);
			decode(scores384, boxes384, 512, tile, scale, padX, padY, minScore, faces);
		} catch (OrtException e) {
			throw new IllegalStateException("face detection failed", e);
		}
		return faces;
	}

	private void decode(float[] scores, float[][] boxes, int anchorOffset, Region tile, double scale, int padX, int padY, double minScore,
			List<Face> out) {
		for (int i = 0; i < scores.length; i++) {
			double score = 1 / (1 + Math.exp(-Math.max(-100, Math.min(100, scores[i]))));
			if (score < minScore) {
				continue;
			}
			float[] a = ANCHORS[anchorOffset + i];
			float[] b = boxes[i];
			double cx = a[0] * SIZE + b[0], cy = a[1] * SIZE + b[1];
			double bw = b[2], bh = b[3];
			if (bw <= 0 || bh <= 0) {
				continue;
			}
			double x0 = (cx - bw / 2 - padX) / scale + tile.x();
			double y0 = (cy - bh / 2 - padY) / scale + tile.y();
			out.add(new Face(new Region((int) Math.round(x0), (int) Math.round(y0),
					(int) Math.round(bw / scale), (int) Math.round(bh / scale)), score));
		}
	}

	/** Non-maximum suppression: IoU over 0.3, or a box mostly inside a better one (a face cut by a tile edge). */
	static List<Face> suppress(List<Face> faces) {
		List<Face> sorted = new ArrayList<>(faces);
		sorted.sort(Comparator.comparingDouble(Face::score).reversed());
		List<Face> kept = new ArrayList<>();
		for (Face f : sorted) {
			boolean overlaps = false;
			for (Face k : kept) {
				double inter = f.box().intersection(k.box());
				double smaller = Math.min((double) f.box().w() * f.box().h(), (double) k.box().w() * k.box().h());
				if (f.box().iou(k.box()) > 0.3 || (smaller > 0 && inter / smaller > 0.6)) {
					overlaps = true;
					break;
				}
			}
			if (!overlaps) {
				kept.add(f);
			}
		}
		return kept;
	}

	private static float[][] anchors() {
		float[][] a = new float[896][];
		int i = 0;
		for (int[] layer : new int[][] {{16, 2}, {8, 6}}) {
			int grid = layer[0];
			for (int y = 0; y < grid; y++) {
				for (int x = 0; x < grid; x++) {
					for (int k = 0; k < layer[1]; k++) {
						a[i++] = new float[] {(x + 0.5f) / grid, (y + 0.5f) / grid};
					}
				}
			}
		}
		return a;
	}

	@Override
	public void close() {
		try {
			session.close();
		} catch (OrtException e) {
			// nothing to do
		}
	}
}
