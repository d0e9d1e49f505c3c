package fr.sourire.imaging;

/**
 * A rectangle of the image in pixels, in the displayed orientation (EXIF orientation applied), origin top left.
 */
public record Region(int x, int y, int w, int h) {
	public Region {
		if (w < 0 || h < 0) {
			throw new IllegalArgumentException("negative size");
		}
	}

	/** The part of this region inside an image of the given size (may be empty). */
	public Region clip(int width, int height) {
		int x0 = Math.max(0, x), y0 = Math.max(0, y);
		int x1 = Math.min(width, x + w), y1 = Math.min(height, y + h);
		return new Region(x0, y0, Math.max(0, x1 - x0), Math.max(0, y1 - y0));
	}

	/** This region grown by a fraction of its size on every side. */
	public Region grow(double fraction) {
		int dx = (int) Math.round(w * fraction), dy = (int) Math.round(h * fraction);
		return new Region(x - dx, y - dy, w + 2 * dx, h + 2 * dy);
	}

	public boolean isEmpty() {
		return w == 0 || h == 0;
	}

	double iou(Region o) {
		double inter = intersection(o);
		double union = (double) w * h + (double) o.w * o.h - inter;
		return union <= 0 ? 0 : inter / union;
	}

	double intersection(Region o) {
		long ix = Math.max(0, Math.min(x + w, o.x + o.w) - Math.max(x, o.x));
		long iy = Math.max(0, Math.min(y + h, o.y + o.h) - Math.max(y, o.y));
		return (double) ix * iy;
	}

	Region union(Region o) {
		int x0 = Math.min(x, o.x), y0 = Math.min(y, o.y);
		int x1 = Math.max(x + w, o.x + o.w), y1 = Math.max(y + h, o.y + o.h);
		return new Region(x0, y0, x1 - x0, y1 - y0);
	}
}
