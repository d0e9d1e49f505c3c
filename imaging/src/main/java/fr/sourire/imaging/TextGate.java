package fr.sourire.imaging;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds where text may be, cheaply, so that OCR (about a second per image) runs only where it makes sense. A block of
 * 16 × 16 pixels looks like text when it has many sharp edges in both directions and strong contrast; three such blocks
 * side by side make a candidate line. The OCR then reads a copy where everything else is blanked out, which keeps word
 * boxes in the image's coordinates.
 */
final class TextGate {
	private static final int B = 16;

	private TextGate() {
	}

	/** Candidate text areas (grown a little), in the image's pixels; empty when no area looks like text. */
	static List<Region> candidates(BufferedImage image) {
		int w = image.getWidth(), h = image.getHeight();
		int bw = w / B, bh = h / B;
		if (bw < 3 || bh < 1) {
			return List.of(new Region(0, 0, w, h));
		}
		int[] g = Pixels.of(image).luminance(h);
		// Text is made of thin strokes of one polarity (dark ink on a light ground, or the reverse): count, per block,
		// narrow pulses (a step of more than T grey levels that comes back within 1–7 pixels) of each polarity, across
		// rows and columns. Natural edges are single steps; textures have both polarities in equal measure.
		int[] dark = new int[bw * bh], light = new int[bw * bh], vertical = new int[bw * bh];
		for (int y = 0; y < bh * B; y++) {
			for (int x = 1; x < Math.min(bw * B, w - 11); x++) {
				int pulse = pulse(g, y * w + x, 1, 10);
				if (pulse != 0) {
					int b = (y / B) * bw + x / B;
					if (pulse < 0) {
						dark[b]++;
					} else {
						light[b]++;
					}
				}
			}
		}
		// row by row too (the pulse looks down the column): the array is read in memory order
		for (int y = 1; y < Math.min(bh * B, h - 11); y++) {
			for (int x = 0; x < bw * B; x++) {
				if (pulse(g, y * w + x, w, 10) != 0) {
					vertical[(y / B) * bw + x / B]++;
				}
			}
		}
		int[] polarity = new int[bw * bh]; // -1 dark text, +1 light text, 0 none
		for (int i = 0; i < polarity.length; i++) {
			int major = Math.max(dark[i], light[i]), minor = Math.min(dark[i], light[i]);
			if (major + minor >= MIN_PULSES && vertical[i] >= MIN_PULSES / 2) {
				polarity[i] = dark[i] > light[i] ? -1 : 1;
			}
		}
		boolean[] text = new boolean[bw * bh];
		for (int i = 0; i < text.length; i++) {
			text[i] = polarity[i] != 0;
		}
		// Lines: runs of text blocks, allowing gaps of up to 2 blocks (spaces between words), at least 3 blocks long
		// with at least 2 text blocks; each run grows by 2 blocks sideways and 1 block up and down (letters straddle blocks).
		List<Region> out = new ArrayList<>();
		for (int by = 0; by < bh; by++) {
			int start = -1, last = -1, count = 0;
			for (int bx = 0; bx <= bw; bx++) {
				boolean t = bx < bw && text[by * bw + bx];
				if (t) {
					if (start < 0) {
						start = bx;
						count = 0;
					}
					last = bx;
					count++;
					continue;
				}
				if (start >= 0 && (bx == bw || bx - last > 2)) {
					if (last - start + 1 >= MIN_RUN && count >= MIN_RUN - 1) {
						int x0 = Math.max(0, (start - 2) * B), y0 = Math.max(0, (by - 1) * B);
						int x1 = Math.min(w, (last + 3) * B), y1 = Math.min(h, (by + 2) * B);
						out.add(new Region(x0, y0, x1 - x0, y1 - y0));
					}
					start = -1;
				}
			}
		}
		return merge(out);
	}

	private static final int T = 40;
	private static final int MIN_PULSES = Integer.getInteger("sourire.textgate.pulses", 12);
	private static final int MIN_RUN = Integer.getInteger("sourire.textgate.run", 3);

	/** -width for a narrow dark pulse starting at i, +width for a light one, 0 otherwise (step = 1 for rows, width for columns). */
	private static int pulse(int[] g, int i, int step, int maxWidth) {
		int base = g[i - step];
		int d = g[i + step] - base;
		// a rise (or fall) over two pixels that starts here, antialiased edges included
		if ((d > -T && d < T) || Math.abs(g[i] - base) > Math.abs(d)) {
			return 0;
		}
		for (int k = 2; k <= maxWidth; k++) {
			int back = g[i + k * step] - base;
			if (back > -T / 2 && back < T / 2) {
				return d < 0 ? -k : k;
			}
		}
		return 0;
	}

	/** Area of the image covered by candidates, 0–1. */
	static double coverage(List<Region> regions, int w, int h) {
		double a = 0;
		for (Region r : regions) {
			a += (double) r.w() * r.h();
		}
		return Math.min(1, a / ((double) w * h));
	}

	/**
	 * A gray copy where everything outside the regions is plain white, and regions with light text on a dark ground
	 * (radiographs, captions on photos) are inverted: the OCR reads dark text on a light ground far better.
	 */
	static BufferedImage keepOnly(BufferedImage image, List<Region> regions) {
		return gray(image, regions, true);
	}

	private static BufferedImage gray(BufferedImage image, List<Region> regions, boolean byStrokes) {
		BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
		Graphics2D g = out.createGraphics();
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, out.getWidth(), out.getHeight());
		g.dispose();
		for (Region r : regions) {
			int[] px = image.getRGB(r.x(), r.y(), r.w(), r.h(), null, 0, r.w());
			long sum = 0;
			for (int i = 0; i < px.length; i++) {
				int p = px[i];
				px[i] = (((p >> 16) & 0xFF) * 299 + ((p >> 8) & 0xFF) * 587 + (p & 0xFF) * 114) / 1000;
				sum += px[i];
			}
			boolean invert = byStrokes ? lightText(px, r.w(), r.h(), sum) : px.length > 0 && sum / px.length < 110;
			var raster = out.getRaster();
			for (int y = 0; y < r.h(); y++) {
				for (int x = 0; x < r.w(); x++) {
					int v = px[y * r.w() + x];
					raster.setSample(r.x() + x, r.y() + y, 0, invert ? 255 - v : v);
				}
			}
		}
		return out;
	}

	/**
	 * Light strokes on a darker ground: more narrow light pulses than dark ones along the rows (the gate's own measure of
	 * polarity), or, with too few strokes to tell, a mostly dark area. The OCR is told not to try inverted lines itself
	 * on these areas (it doubles its time on photos), so this decision is the only one.
	 */
	private static boolean lightText(int[] gray, int w, int h, long sum) {
		int dark = 0, light = 0;
		for (int y = 0; y < h; y++) {
			for (int x = 1; x < w - 11; x++) {
				int pulse = pulse(gray, y * w + x, 1, 10);
				if (pulse < 0) {
					dark++;
				} else if (pulse > 0) {
					light++;
				}
			}
		}
		if (dark + light >= MIN_PULSES) {
			return light > dark;
		}
		return gray.length > 0 && sum / gray.length < 110;
	}

	/** The whole image in gray, inverted when it is mostly dark (the OCR still tries unsure lines inverted). */
	static BufferedImage forOcr(BufferedImage image) {
		return gray(image, List.of(new Region(0, 0, image.getWidth(), image.getHeight())), false);
	}

	private static List<Region> merge(List<Region> regions) {
		List<Region> rs = new ArrayList<>(regions);
		boolean changed = true;
		while (changed) {
			changed = false;
			outer:
			for (int i = 0; i < rs.size(); i++) {
				for (int j = i + 1; j < rs.size(); j++) {
					Region a = rs.get(i), b = rs.get(j);
					// touching or close (a word gap) on the same line: one region, so that no word is cut in two
					if (new Region(a.x() - 2 * B, a.y(), a.w() + 4 * B, a.h()).intersection(b) > 0) {
						rs.set(i, rs.get(i).union(rs.get(j)));
						rs.remove(j);
						changed = true;
						break outer;
					}
				}
			}
		}
		return rs;
	}
}
