package fr.sourire.imaging;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Recognises a two-panel before/after montage: a straight seam or a plain divider near the middle (left|right or
 * top/bottom) with two halves that look alike (colour histograms and coarse structure). Captions and text in the image
 * with avant/après, before/after, J+n or "transformation" are another signal.
 */
final class BeforeAfterDetector {
	private static final int SIDE = 160;
	private static final Pattern PAIR_FR = Pattern.compile("(?iu)\\bavant\\b[\\s\\S]*\\bapr[eè]s\\b|\\bapr[eè]s\\b[\\s\\S]*\\bavant\\b");
	private static final Pattern PAIR_EN = Pattern.compile("(?iu)\\bbefore\\b[\\s\\S]*\\bafter\\b");
	private static final Pattern PAIR_DE = Pattern.compile("(?iu)\\bvorher\\b[\\s\\S]*\\bnachher\\b");
	private static final Pattern STRONG = Pattern.compile("(?iu)\\bJ\\s?\\+\\s?\\d+\\b|\\btransformation\\b|\\bavant\\s*/\\s*apr[eè]s\\b|\\bbefore\\s*/\\s*after\\b");

	/** The two panels found, in the given image's pixels, and the measures that decided. */
	record Layout(Region first, Region second, boolean vertical, double seam, double similarity) {
	}

	private BeforeAfterDetector() {
	}

	static boolean textSuggests(String text) {
		if (text == null || text.isBlank()) {
			return false;
		}
		return STRONG.matcher(text).find() || PAIR_FR.matcher(text).find() || PAIR_EN.matcher(text).find() || PAIR_DE.matcher(text).find();
	}

	static Optional<Layout> layout(BufferedImage image) {
		int w = image.getWidth(), h = image.getHeight();
		if (w < 32 || h < 32) {
			return Optional.empty();
		}
		double s = (double) SIDE / Math.max(w, h);
		int sw = Math.max(16, (int) Math.round(w * s)), sh = Math.max(16, (int) Math.round(h * s));
		BufferedImage small = new BufferedImage(sw, sh, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = small.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
		g.drawImage(image, 0, 0, sw, sh, null);
		g.dispose();
		int[] rgb = small.getRGB(0, 0, sw, sh, null, 0, sw);
		Optional<Layout> best = Optional.empty();
		for (boolean vertical : List.of(true, false)) {
			Optional<Layout> l = split(rgb, sw, sh, vertical, w / (double) sw, h / (double) sh);
			if (l.isPresent() && (best.isEmpty() || l.get().similarity() > best.get().similarity())) {
				best = l;
			}
		}
		return best;
	}

	/** vertical = the seam is a vertical line (panels side by side). */
	private static Optional<Layout> split(int[] rgb, int w, int h, boolean vertical, double fx, double fy) {
		int len = vertical ? w : h, across = vertical ? h : w;
		double[] diff = new double[len];
		double[] cont = new double[len];
		double[] spread = new double[len];
		for (int p = 1; p < len; p++) {
			double sum = 0;
			int strong = 0;
			double mean = 0, sq = 0;
			for (int q = 0; q < across; q++) {
				int a = gray(vertical ? rgb[q * w + p] : rgb[p * w + q]);
				int b = gray(vertical ? rgb[q * w + p - 1] : rgb[(p - 1) * w + q]);
				int d = Math.abs(a - b);
				sum += d;
				if (d > 14) {
					strong++;
				}
				mean += a;
				sq += (double) a * a;
			}
			diff[p] = sum / across;
			cont[p] = (double) strong / across;
			mean /= across;
			spread[p] = Math.sqrt(Math.max(0, sq / across - mean * mean));
		}
		double meanCont = 0;
		for (int p = 1; p < len; p++) {
			meanCont += cont[p];
		}
		meanCont /= Math.max(1, len - 1);
		int lo = (int) (len * 0.38), hi = (int) Math.ceil(len * 0.62);
		int bestP = -1;
		double bestScore = 0;
		for (int p = Math.max(2, lo); p <= Math.min(len - 2, hi); p++) {
			// A seam is one straight line across the whole image that stands out (text pages have many such lines).
			double score = cont[p] >= 3 * meanCont ? cont[p] : 0;
			if (score > bestScore) {
				bestScore = score;
				bestP = p;
			}
		}
		if (bestP < 0 || bestScore < 0.55) {
			return Optional.empty();
		}
		// skip a plain divider band around the seam
		int a = bestP, b = bestP;
		while (a > lo - 4 && a > 1 && spread[a - 1] < 4) {
			a--;
		}
		while (b < hi + 4 && b < len - 1 && spread[b] < 4) {
			b++;
		}
		double sim = similarity(rgb, w, h, vertical, a, b);
		if (sim < 0.62) {
			return Optional.empty();
		}
		Region first, second;
		if (vertical) {
			first = new Region(0, 0, (int) Math.round(a * fx), (int) Math.round(h * fy));
			second = new Region((int) Math.round(b * fx), 0, (int) Math.round((w - b) * fx), (int) Math.round(h * fy));
		} else {
			first = new Region(0, 0, (int) Math.round(w * fx), (int) Math.round(a * fy));
			second = new Region(0, (int) Math.round(b * fy), (int) Math.round(w * fx), (int) Math.round((h - b) * fy));
		}
		return Optional.of(new Layout(first, second, vertical, bestScore, sim));
	}

	/** Mean of colour-histogram intersection and coarse (8 × 8) gray correlation, 0–1. */
	private static double similarity(int[] rgb, int w, int h, boolean vertical, int a, int b) {
		int[][] boxes = vertical ? new int[][] {{0, 0, a, h}, {b, 0, w - b, h}} : new int[][] {{0, 0, w, a}, {0, b, w, h - b}};
		double[][] hist = new double[2][64];
		double[][] thumb = new double[2][64];
		for (int k = 0; k < 2; k++) {
			int[] bx = boxes[k];
			if (bx[2] < 4 || bx[3] < 4) {
				return 0;
			}
			double[] cnt = new double[64];
			for (int y = bx[1]; y < bx[1] + bx[3]; y++) {
				for (int x = bx[0]; x < bx[0] + bx[2]; x++) {
					int p = rgb[y * w + x];
					int bin = (((p >> 16) & 0xFF) >> 6) * 16 + (((p >> 8) & 0xFF) >> 6) * 4 + ((p & 0xFF) >> 6);
					hist[k][bin]++;
					int ty = (y - bx[1]) * 8 / bx[3], tx = (x - bx[0]) * 8 / bx[2];
					thumb[k][ty * 8 + tx] += gray(p);
					cnt[ty * 8 + tx]++;
				}
			}
			double n = (double) bx[2] * bx[3];
			for (int i = 0; i < 64; i++) {
				hist[k][i] /= n;
				thumb[k][i] = cnt[i] == 0 ? 0 : thumb[k][i] / cnt[i];
			}
		}
		double inter = 0;
		for (int i = 0; i < 64; i++) {
			inter += Math.min(hist[0][i], hist[1][i]);
		}
		double ncc = Math.max(0, correlation(thumb[0], thumb[1]));
		return 0.5 * inter + 0.5 * ncc;
	}

	private static double correlation(double[] x, double[] y) {
		double mx = 0, my = 0;
		for (int i = 0; i < x.length; i++) {
			mx += x[i];
			my += y[i];
		}
		mx /= x.length;
		my /= y.length;
		double sxy = 0, sxx = 0, syy = 0;
		for (int i = 0; i < x.length; i++) {
			sxy += (x[i] - mx) * (y[i] - my);
			sxx += (x[i] - mx) * (x[i] - mx);
			syy += (y[i] - my) * (y[i] - my);
		}
		return sxx == 0 || syy == 0 ? 0 : sxy / Math.sqrt(sxx * syy);
	}

	private static int gray(int p) {
		return (((p >> 16) & 0xFF) * 299 + ((p >> 8) & 0xFF) * 587 + (p & 0xFF) * 114) / 1000;
	}
}
