package fr.sourire.imaging;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtLoggingLevel;
import ai.onnxruntime.OrtSession;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
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
 * The whole image is checked, then overlapping 512-pixel tiles when it is larger, so that small faces in a group photo
 * are found; boxes are merged by non-maximum suppression.
 */
public final class BlazeFaceDetector implements FaceDetector {
	static final String MODEL = "/fr/sourire/imaging/blazeface/face_detection_back_256x256_barracuda.onnx";
	private static final int SIZE = 256;
	private static final int TILE = 512;
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

	/** Threshold 0.75, one thread per run. */
	public BlazeFaceDetector() {
		this(0.75, 1);
	}

	@Override
	public List<Face> detect(BufferedImage image) {
		int w = image.getWidth(), h = image.getHeight();
		List<Face> all = new ArrayList<>(run(image, new Region(0, 0, w, h)));
		if (Math.max(w, h) > TILE * 5 / 4) {
			for (int y : starts(h)) {
				for (int x : starts(w)) {
					all.addAll(run(image, new Region(x, y, Math.min(TILE, w - x), Math.min(TILE, h - y))));
				}
			}
		}
		return suppress(all);
	}

	private static List<Integer> starts(int length) {
		List<Integer> s = new ArrayList<>();
		if (length <= TILE) {
			s.add(0);
			return s;
		}
		int n = (int) Math.ceil((length - TILE) / (TILE * 0.75)) + 1;
		for (int i = 0; i < n; i++) {
			s.add((int) Math.round((double) i * (length - TILE) / (n - 1)));
		}
		return s;
	}

	private List<Face> run(BufferedImage image, Region tile) {
		double scale = (double) SIZE / Math.max(tile.w(), tile.h());
		int dw = Math.max(1, (int) Math.round(tile.w() * scale)), dh = Math.max(1, (int) Math.round(tile.h() * scale));
		int padX = (SIZE - dw) / 2, padY = (SIZE - dh) / 2;
		BufferedImage input = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = input.createGraphics();
		g.setColor(new Color(128, 128, 128));
		g.fillRect(0, 0, SIZE, SIZE);
		g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
		g.drawImage(image, padX, padY, padX + dw, padY + dh, tile.x(), tile.y(), tile.x() + tile.w(), tile.y() + tile.h(), null);
		g.dispose();
		int[] px = input.getRGB(0, 0, SIZE, SIZE, null, 0, SIZE);
		FloatBuffer buf = FloatBuffer.allocate(SIZE * SIZE * 3);
		for (int p : px) {
			buf.put(((p >> 16) & 0xFF) / 127.5f - 1f);
			buf.put(((p >> 8) & 0xFF) / 127.5f - 1f);
			buf.put((p & 0xFF) / 127.5f - 1f);
		}
		buf.rewind();
		List<Face> faces = new ArrayList<>();
		try (OnnxTensor tensor = OnnxTensor.createTensor(env, buf, new long[] {1, SIZE, SIZE, 3});
				OrtSession.Result result = session.run(Map.of(inputName, tensor))) {
			float[] scores512 = null, scores384 = null;
			float[][] boxes512 = null, boxes384 = null;
			for (Map.Entry<String, ai.onnxruntime.OnnxValue> e : result) {
				float[][][] v = (float[][][]) e.getValue().getValue();
				float[][] rows = v[0];
				if (rows[0].length == 1) {
					float[] s = new float[rows.length];
					for (int i = 0; i < rows.length; i++) {
						s[i] = rows[i][0];
					}
					if (rows.length == 512) {
						scores512 = s;
					} else {
						scores384 = s;
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
			decode(scores512, boxes512, 0, tile, scale, padX, padY, faces);
			decode(scores384, boxes384, 512, tile, scale, padX, padY, faces);
		} catch (OrtException e) {
			throw new IllegalStateException("face detection failed", e);
		}
		return faces;
	}

	private void decode(float[] scores, float[][] boxes, int anchorOffset, Region tile, double scale, int padX, int padY, List<Face> out) {
		for (int i = 0; i < scores.length; i++) {
			double score = 1 / (1 + Math.exp(-Math.max(-100, Math.min(100, scores[i]))));
			if (score < threshold) {
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
