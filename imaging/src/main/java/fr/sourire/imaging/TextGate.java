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
		int[] px = image.getRGB(0, 0, w, h, null, 0, w);
		int[] g = new int[px.length];
		for (int i = 0; i < px.length; i++) {
			int p = px[i];
			g[i] = (((p >> 16) & 0xFF) * 299 + ((p >> 8) & 0xFF) * 587 + (p & 0xFF) * 114) / 1000;
		}
		boolean[] text = new boolean[bw * bh];
		for (int by = 0; by < bh; by++) {
			for (int bx = 0; bx < bw; bx++) {
				int ex = 0, ey = 0, min = 255, max = 0;
				for (int y = by * B; y < by * B + B; y++) {
					int row = y * w;
					for (int x = bx * B; x < bx * B + B; x++) {
						int v = g[row + x];
						min = Math.min(min, v);
						max = Math.max(max, v);
						if (x + 2 < w && Math.abs(g[row + x + 2] - v) > 30) {
							ex++;
						}
						if (y + 2 < h && Math.abs(g[row + 2 * w + x] - v) > 30) {
							ey++;
						}
					}
				}
				double rx = ex / (double) (B * B), ry = ey / (double) (B * B);
				text[by * bw + bx] = max - min > 60 && rx + ry > 0.08 && Math.min(rx, ry) > 0.01 && rx + ry < 0.9;
			}
		}
		List<Region> out = new ArrayList<>();
		for (int by = 0; by < bh; by++) {
			int run = 0;
			for (int bx = 0; bx <= bw; bx++) {
				if (bx < bw && text[by * bw + bx]) {
					run++;
					continue;
				}
				if (run >= 3) {
					out.add(new Region((bx - run) * B, by * B, run * B, B).grow(0.25).clip(w, h));
				}
				run = 0;
			}
		}
		return merge(out);
	}

	/** Area of the image covered by candidates, 0–1. */
	static double coverage(List<Region> regions, int w, int h) {
		double a = 0;
		for (Region r : regions) {
			a += (double) r.w() * r.h();
		}
		return Math.min(1, a / ((double) w * h));
	}

	/** A copy where everything outside the regions is plain white. */
	static BufferedImage keepOnly(BufferedImage image, List<Region> regions) {
		BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
		Graphics2D g = out.createGraphics();
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, out.getWidth(), out.getHeight());
		for (Region r : regions) {
			g.drawImage(image, r.x(), r.y(), r.x() + r.w(), r.y() + r.h(), r.x(), r.y(), r.x() + r.w(), r.y() + r.h(), null);
		}
		g.dispose();
		return out;
	}

	private static List<Region> merge(List<Region> regions) {
		List<Region> rs = new ArrayList<>(regions);
		boolean changed = true;
		while (changed) {
			changed = false;
			outer:
			for (int i = 0; i < rs.size(); i++) {
				for (int j = i + 1; j < rs.size(); j++) {
					if (rs.get(i).intersection(rs.get(j)) > 0) {
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
