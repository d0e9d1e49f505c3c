package fr.sourire.imaging;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;

/** Applies an EXIF orientation (1–8) to pixels, so that a copy without EXIF still shows the right way up. */
final class Orientation {
	private Orientation() {
	}

	static boolean swapsSides(int orientation) {
		return orientation >= 5 && orientation <= 8;
	}

	static BufferedImage apply(BufferedImage src, int orientation) {
		if (orientation <= 1 || orientation > 8) {
			return src;
		}
		int w = src.getWidth(), h = src.getHeight();
		// AffineTransform(m00, m10, m01, m11, m02, m12): x' = m00 x + m01 y + m02, y' = m10 x + m11 y + m12.
		AffineTransform t = switch (orientation) {
			case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);
			case 3 -> new AffineTransform(-1, 0, 0, -1, w, h);
			case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);
			case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);
			case 6 -> new AffineTransform(0, 1, -1, 0, h, 0);
			case 7 -> new AffineTransform(0, -1, -1, 0, h, w);
			case 8 -> new AffineTransform(0, -1, 1, 0, 0, w);
			default -> new AffineTransform();
		};
		int dw = swapsSides(orientation) ? h : w, dh = swapsSides(orientation) ? w : h;
		BufferedImage dst = new BufferedImage(dw, dh, src.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
		Graphics2D g = dst.createGraphics();
		g.drawImage(src, t, null);
		g.dispose();
		return dst;
	}
}
