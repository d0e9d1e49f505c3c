package fr.sourire.imaging;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Random;
import javax.imageio.ImageIO;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.tiff.constants.ExifTagConstants;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputDirectory;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;

/** Test images: real photos from the face set, and images drawn here (radiographs with text, montages, EXIF). */
final class TestImages {
	private TestImages() {
	}

	static byte[] resource(String path) {
		try (InputStream in = TestImages.class.getResourceAsStream("/" + path)) {
			if (in == null) {
				throw new IllegalArgumentException("missing test resource " + path);
			}
			return in.readAllBytes();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static byte[] face(String name) {
		return resource("faces/" + name);
	}

	static BufferedImage image(byte[] bytes) {
		try {
			return ImageIO.read(new java.io.ByteArrayInputStream(bytes));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static byte[] jpeg(BufferedImage img) {
		try {
			return ImageCleaner.encode(rgb(img), ImageType.JPEG);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static byte[] png(BufferedImage img) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(img, "png", out);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	static BufferedImage rgb(BufferedImage img) {
		BufferedImage out = new BufferedImage(img.getWidth(), img.getHeight(), BufferedImage.TYPE_INT_RGB);
		Graphics2D g = out.createGraphics();
		g.drawImage(img, 0, 0, null);
		g.dispose();
		return out;
	}

	/** A dark, noisy "panoramic radiograph" with a label burned in, like the rule book's example. */
	static BufferedImage radiograph(String label) {
		int w = 1200, h = 600;
		BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = img.createGraphics();
		Random r = new Random(42);
		g.setColor(new Color(20, 20, 20));
		g.fillRect(0, 0, w, h);
		for (int i = 0; i < 28; i++) { // teeth-like bright shapes
			int v = 150 + r.nextInt(80);
			g.setColor(new Color(v, v, v));
			g.fillRoundRect(180 + i * 30, i < 14 ? 180 : 310, 22, 110, 12, 12);
		}
		g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		g.setColor(Color.WHITE);
		g.setFont(new Font("DejaVu Sans", Font.BOLD, 34));
		g.drawString(label, 40, 70);
		g.dispose();
		return img;
	}

	/** Two crops of the same photo side by side (or one above the other), the second a little brighter, with a divider. */
	static BufferedImage montage(BufferedImage photo, boolean sideBySide, boolean divider) {
		int w = photo.getWidth(), h = photo.getHeight();
		int pw = sideBySide ? w / 2 : w, ph = sideBySide ? h : h / 2;
		int gap = divider ? 12 : 0;
		int ow = sideBySide ? 2 * pw + gap : pw, oh = sideBySide ? ph : 2 * ph + gap;
		BufferedImage out = new BufferedImage(ow, oh, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = out.createGraphics();
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, ow, oh);
		int sx = sideBySide ? w / 4 : 0, sy = sideBySide ? 0 : h / 4;
		g.drawImage(photo, 0, 0, pw, ph, sx, sy, sx + pw, sy + ph, null);
		BufferedImage after = brighter(photo.getSubimage(sx + (sideBySide ? 6 : 0), sy + (sideBySide ? 0 : 6), pw - 6, ph - 6));
		g.drawImage(after, sideBySide ? pw + gap : 0, sideBySide ? 0 : ph + gap, pw, ph, null);
		g.dispose();
		return out;
	}

	private static BufferedImage brighter(BufferedImage img) {
		BufferedImage out = rgb(img);
		for (int y = 0; y < out.getHeight(); y++) {
			for (int x = 0; x < out.getWidth(); x++) {
				int p = out.getRGB(x, y);
				int r = Math.min(255, ((p >> 16) & 0xFF) + 25), gg = Math.min(255, ((p >> 8) & 0xFF) + 25), b = Math.min(255, (p & 0xFF) + 25);
				out.setRGB(x, y, r << 16 | gg << 8 | b);
			}
		}
		return out;
	}

	/** A JPEG with EXIF: GPS position, artist, body serial number, date and the given orientation. */
	static byte[] withExif(byte[] jpeg, int orientation, boolean gps) throws Exception {
		TiffOutputSet set = new TiffOutputSet();
		TiffOutputDirectory root = set.getOrCreateRootDirectory();
		root.add(TiffTagConstants.TIFF_TAG_ORIENTATION, (short) orientation);
		root.add(TiffTagConstants.TIFF_TAG_ARTIST, "Marie Dupont");
		root.add(TiffTagConstants.TIFF_TAG_IMAGE_DESCRIPTION, "Contrôle de Mme Leblanc");
		TiffOutputDirectory exif = set.getOrCreateExifDirectory();
		exif.add(ExifTagConstants.EXIF_TAG_DATE_TIME_ORIGINAL, "2026:03:12 10:15:00");
		exif.add(ExifTagConstants.EXIF_TAG_BODY_SERIAL_NUMBER, "SN-1234567");
		if (gps) {
			set.setGpsInDegrees(2.3522, 48.8566);
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new ExifRewriter().updateExifMetadataLossless(jpeg, out, set);
		return out.toByteArray();
	}
}
