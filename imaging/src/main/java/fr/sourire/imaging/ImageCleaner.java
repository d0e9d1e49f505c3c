package fr.sourire.imaging;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.jpeg.iptc.JpegIptcRewriter;
import org.apache.commons.imaging.formats.jpeg.xmp.JpegXmpRewriter;

/**
 * Makes the copy that leaves Sourire; the original is never modified (keep it private).
 * <ul>
 * <li>JPEG without regions and upright: metadata removed losslessly (commons-imaging, then a segment filter that keeps only
 * the JFIF, ICC profile and Adobe colour segments and drops comments and anything after the end of the image).</li>
 * <li>JPEG with an EXIF orientation or regions: decoded, turned upright, masked, re-encoded (quality 0.92).</li>
 * <li>PNG without regions: text, EXIF and time chunks dropped losslessly; otherwise re-encoded as PNG.</li>
 * <li>WebP: re-encoded as PNG (no WebP writer).</li>
 * </ul>
 * Regions are in the displayed orientation, as in {@link ImageReport}.
 */
public final class ImageCleaner {
	private static final Set<String> PNG_KEPT = Set.of("IHDR", "PLTE", "IDAT", "IEND", "tRNS", "gAMA", "cHRM", "sRGB", "iCCP", "sBIT", "pHYs");
	private final ImageLimits limits;

	public ImageCleaner(ImageLimits limits) {
		this.limits = limits;
	}

	public ImageCleaner() {
		this(ImageLimits.DEFAULT);
	}

	public CleanImage cleanCopy(Path original, List<Region> regions, BlurStyle style) throws ImageRejectedException, IOException {
		limits.checkSize(Files.size(original));
		return cleanCopy(Files.readAllBytes(original), regions, style);
	}

	public CleanImage cleanCopy(byte[] original, List<Region> regions, BlurStyle style) throws ImageRejectedException {
		limits.checkSize(original.length);
		ImageType type = ImageSniffer.sniff(original);
		if (!type.supported()) {
			throw UnsupportedImageException.of(type);
		}
		if (ImageSniffer.looksPolyglot(original)) {
			throw UnsupportedImageException.polyglot(type);
		}
		ImageDecoder.Header header = ImageDecoder.header(original, type, limits);
		int orientation = MetadataInspector.read(original).summary().orientation();
		List<Region> masks = regions == null ? List.of() : regions.stream().filter(r -> !r.isEmpty()).toList();
		if (masks.isEmpty() && orientation == 1) {
			try {
				if (type == ImageType.JPEG) {
					byte[] out = stripJpeg(original);
					ImageDecoder.decode(out, type, limits, 16); // the copy must still be a readable JPEG
					return new CleanImage(out, type, header.width(), header.height(), false);
				}
				if (type == ImageType.PNG) {
					return new CleanImage(stripPng(original), type, header.width(), header.height(), false);
				}
			} catch (IOException | RuntimeException e) {
				// falls through to a full re-encode, which never carries metadata
			}
		}
		BufferedImage img = Orientation.apply(ImageDecoder.decode(original, type, limits, 1), orientation);
		img = toRgb(img, type == ImageType.JPEG);
		for (Region r : masks) {
			Masking.mask(img, r, style == null ? BlurStyle.PIXELATE : style);
		}
		ImageType outType = type == ImageType.JPEG ? ImageType.JPEG : ImageType.PNG;
		try {
			return new CleanImage(encode(img, outType), outType, img.getWidth(), img.getHeight(), true);
		} catch (IOException e) {
			throw new CorruptImageException(type, e);
		}
	}

	static byte[] encode(BufferedImage img, ImageType type) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		if (type == ImageType.PNG) {
			ImageIO.write(img, "png", out);
			return out.toByteArray();
		}
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		try (ImageOutputStream ios = new MemoryCacheImageOutputStream(out)) {
			writer.setOutput(ios);
			ImageWriteParam p = writer.getDefaultWriteParam();
			p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			p.setCompressionQuality(0.92f);
			writer.write(null, new IIOImage(img, null, null), p);
		} finally {
			writer.dispose();
		}
		return out.toByteArray();
	}

	private static BufferedImage toRgb(BufferedImage img, boolean opaque) {
		int want = opaque ? BufferedImage.TYPE_INT_RGB : BufferedImage.TYPE_INT_ARGB;
		if (img.getType() == want) {
			return img;
		}
		BufferedImage out = new BufferedImage(img.getWidth(), img.getHeight(), want);
		Graphics2D g = out.createGraphics();
		if (opaque) {
			g.setColor(java.awt.Color.WHITE);
			g.fillRect(0, 0, img.getWidth(), img.getHeight());
		}
		g.drawImage(img, 0, 0, null);
		g.dispose();
		return out;
	}

	static byte[] stripJpeg(byte[] original) throws IOException {
		ByteArrayOutputStream a = new ByteArrayOutputStream(original.length);
		new ExifRewriter().removeExifMetadata(original, a);
		ByteArrayOutputStream b = new ByteArrayOutputStream(original.length);
		new JpegXmpRewriter().removeXmpXml(a.toByteArray(), b);
		ByteArrayOutputStream c = new ByteArrayOutputStream(original.length);
		new JpegIptcRewriter().removeIptc(b.toByteArray(), c, true);
		return filterJpegSegments(c.toByteArray());
	}

	/** Keeps SOI, APP0 (JFIF), APP2 ICC_PROFILE, APP14 (Adobe) and everything needed to decode; stops at EOI. */
	static byte[] filterJpegSegments(byte[] b) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream(b.length);
		out.write(0xFF);
		out.write(0xD8);
		int i = 2;
		while (i + 4 <= b.length) {
			if ((b[i] & 0xFF) != 0xFF) {
				throw new IOException("bad JPEG segment at " + i);
			}
			int marker = b[i + 1] & 0xFF;
			if (marker == 0xFF) {
				i++;
				continue;
			}
			int len = ((b[i + 2] & 0xFF) << 8) | (b[i + 3] & 0xFF);
			if (len < 2 || i + 2 + len > b.length) {
				throw new IOException("bad JPEG segment length at " + i);
			}
			boolean keep;
			if (marker >= 0xE0 && marker <= 0xEF) {
				String id = new String(b, i + 4, Math.min(12, len - 2), StandardCharsets.ISO_8859_1);
				keep = (marker == 0xE0 && id.startsWith("JFIF")) || (marker == 0xE2 && id.startsWith("ICC_PROFILE"))
						|| (marker == 0xEE && id.startsWith("Adobe"));
			} else {
				keep = marker != 0xFE; // COM comments go
			}
			if (keep) {
				out.write(b, i, 2 + len);
			}
			i += 2 + len;
			if (marker == 0xDA) {
				// Entropy-coded data up to the EOI marker (FF D9 that is not stuffed); restart markers FF D0–D7 stay.
				int j = i;
				while (j + 1 < b.length && !((b[j] & 0xFF) == 0xFF && (b[j + 1] & 0xFF) == 0xD9)) {
					if ((b[j] & 0xFF) == 0xFF) {
						int m = b[j + 1] & 0xFF;
						if (m != 0x00 && !(m >= 0xD0 && m <= 0xD7) && m != 0xFF) {
							break; // another segment (progressive JPEG: DHT, SOS…)
						}
					}
					j++;
				}
				out.write(b, i, j - i);
				i = j;
				if (j + 1 < b.length && (b[j + 1] & 0xFF) == 0xD9) {
					out.write(0xFF);
					out.write(0xD9);
					return out.toByteArray(); // anything after the end of the image (trailers, appended files) is dropped
				}
			}
		}
		throw new IOException("no JPEG end-of-image marker");
	}

	static byte[] stripPng(byte[] b) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream(b.length);
		out.write(b, 0, 8);
		int i = 8;
		while (i + 12 <= b.length) {
			long len = ((b[i] & 0xFFL) << 24) | ((b[i + 1] & 0xFF) << 16) | ((b[i + 2] & 0xFF) << 8) | (b[i + 3] & 0xFF);
			if (len > b.length - i - 12) {
				throw new IOException("bad PNG chunk length");
			}
			String type = new String(b, i + 4, 4, StandardCharsets.ISO_8859_1);
			int total = (int) len + 12;
			if (PNG_KEPT.contains(type)) {
				out.write(b, i, total);
			}
			i += total;
			if (type.equals("IEND")) {
				return out.toByteArray();
			}
		}
		throw new IOException("no PNG IEND chunk");
	}
}
