package fr.sourire.imaging;

import java.awt.image.BufferedImage;

/** Fast pixel access for the usual decoder outputs (3-byte BGR, int RGB, gray); anything else is converted once. */
record Pixels(int width, byte[] bgr, int[] rgb, byte[] gray) {
	static Pixels of(BufferedImage img) {
		Pixels direct = direct(img);
		return direct != null ? direct
				: new Pixels(img.getWidth(), null, img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth()), null);
	}

	/** The raster's own arrays, or null when the layout needs a copy. */
	static Pixels direct(BufferedImage img) {
		java.awt.image.DataBuffer db = img.getRaster().getDataBuffer();
		boolean plain = img.getRaster().getParent() == null && img.getRaster().getSampleModelTranslateX() == 0
				&& img.getRaster().getSampleModelTranslateY() == 0;
		if (plain && img.getType() == BufferedImage.TYPE_3BYTE_BGR && db instanceof java.awt.image.DataBufferByte b) {
			return new Pixels(img.getWidth(), b.getData(), null, null);
		}
		if (plain && (img.getType() == BufferedImage.TYPE_INT_RGB || img.getType() == BufferedImage.TYPE_INT_ARGB)
				&& db instanceof java.awt.image.DataBufferInt i) {
			return new Pixels(img.getWidth(), null, i.getData(), null);
		}
		if (plain && img.getType() == BufferedImage.TYPE_BYTE_GRAY && db instanceof java.awt.image.DataBufferByte g) {
			return new Pixels(img.getWidth(), null, null, g.getData());
		}
		return null;
	}

	/**
	 * Luminance (0–255, ITU-R BT.601 weights) of every pixel, row by row, as {@link BufferedImage#getRGB} would give it
	 * (which maps Java's linear gray to sRGB) but without its per-pixel colour-model calls.
	 */
	int[] luminance(int height) {
		int[] g = new int[width * height];
		for (int i = 0; i < g.length; i++) {
			if (gray != null) {
				g[i] = GRAY_AS_SRGB[gray[i] & 0xFF];
			} else if (bgr != null) {
				int o = i * 3;
				g[i] = ((bgr[o + 2] & 0xFF) * 299 + (bgr[o + 1] & 0xFF) * 587 + (bgr[o] & 0xFF) * 114) / 1000;
			} else {
				int p = rgb[i];
				g[i] = (((p >> 16) & 0xFF) * 299 + ((p >> 8) & 0xFF) * 587 + (p & 0xFF) * 114) / 1000;
			}
		}
		return g;
	}

	private static final int[] GRAY_AS_SRGB = grayAsSrgb();

	private static int[] grayAsSrgb() {
		BufferedImage one = new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_GRAY);
		int[] lut = new int[256];
		for (int v = 0; v < 256; v++) {
			one.getRaster().setSample(0, 0, 0, v);
			int p = one.getRGB(0, 0);
			lut[v] = (((p >> 16) & 0xFF) * 299 + ((p >> 8) & 0xFF) * 587 + (p & 0xFF) * 114) / 1000;
		}
		return lut;
	}

	int rgb(int x, int y) {
		int i = y * width + x;
		if (bgr != null) {
			int o = i * 3;
			return (bgr[o + 2] & 0xFF) << 16 | (bgr[o + 1] & 0xFF) << 8 | (bgr[o] & 0xFF);
		}
		if (gray != null) {
			int v = gray[i] & 0xFF;
			return v << 16 | v << 8 | v;
		}
		return rgb[i];
	}
}
