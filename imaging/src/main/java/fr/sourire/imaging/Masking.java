package fr.sourire.imaging;

import java.awt.image.BufferedImage;

/** Irreversible masking of rectangles: block averaging (and optional smoothing). The original pixels are lost. */
final class Masking {
	private Masking() {
	}

	static void mask(BufferedImage img, Region region, BlurStyle style) {
		Region r = region.clip(img.getWidth(), img.getHeight());
		if (r.isEmpty()) {
			return;
		}
		// About 5 blocks across the shorter side (a face, a line of text), never smaller than 10 px: nothing stays readable.
		int block = Math.max(10, Math.min(r.w(), r.h()) / 5);
		int[] px = img.getRGB(r.x(), r.y(), r.w(), r.h(), null, 0, r.w());
		for (int by = 0; by < r.h(); by += block) {
			for (int bx = 0; bx < r.w(); bx += block) {
				int bw = Math.min(block, r.w() - bx), bh = Math.min(block, r.h() - by);
				long a = 0, rr = 0, g = 0, b = 0;
				for (int y = by; y < by + bh; y++) {
					for (int x = bx; x < bx + bw; x++) {
						int p = px[y * r.w() + x];
						a += p >>> 24; rr += (p >> 16) & 0xFF; g += (p >> 8) & 0xFF; b += p & 0xFF;
					}
				}
				int n = bw * bh;
				int avg = (int) (a / n) << 24 | (int) (rr / n) << 16 | (int) (g / n) << 8 | (int) (b / n);
				for (int y = by; y < by + bh; y++) {
					for (int x = bx; x < bx + bw; x++) {
						px[y * r.w() + x] = avg;
					}
				}
			}
		}
		if (style == BlurStyle.BLUR) {
			for (int pass = 0; pass < 3; pass++) {
				px = boxBlur(px, r.w(), r.h(), Math.max(1, block / 2));
			}
		}
		img.setRGB(r.x(), r.y(), r.w(), r.h(), px, 0, r.w());
	}

	private static int[] boxBlur(int[] src, int w, int h, int radius) {
		int[] tmp = new int[src.length], dst = new int[src.length];
		pass(src, tmp, w, h, radius, true);
		pass(tmp, dst, w, h, radius, false);
		return dst;
	}

	private static void pass(int[] src, int[] dst, int w, int h, int radius, boolean horizontal) {
		int lines = horizontal ? h : w, len = horizontal ? w : h;
		for (int l = 0; l < lines; l++) {
			for (int i = 0; i < len; i++) {
				long a = 0, r = 0, g = 0, b = 0;
				int n = 0;
				for (int k = Math.max(0, i - radius); k <= Math.min(len - 1, i + radius); k++) {
					int p = horizontal ? src[l * w + k] : src[k * w + l];
					a += p >>> 24; r += (p >> 16) & 0xFF; g += (p >> 8) & 0xFF; b += p & 0xFF;
					n++;
				}
				int v = (int) (a / n) << 24 | (int) (r / n) << 16 | (int) (g / n) << 8 | (int) (b / n);
				dst[horizontal ? l * w + i : i * w + l] = v;
			}
		}
	}
}
