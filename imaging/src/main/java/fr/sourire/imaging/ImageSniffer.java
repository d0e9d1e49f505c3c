package fr.sourire.imaging;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Finds the real type of a file from its bytes. */
public final class ImageSniffer {
	private static final String[] MARKUP = {"<script", "<svg", "<?php", "<html", "<!doctype", "<iframe", "javascript:"};

	private ImageSniffer() {
	}

	public static ImageType sniff(byte[] b) {
		if (b == null || b.length < 4) {
			return ImageType.UNKNOWN;
		}
		if (u(b, 0) == 0xFF && u(b, 1) == 0xD8 && u(b, 2) == 0xFF) {
			return ImageType.JPEG;
		}
		if (b.length >= 8 && u(b, 0) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G' && b[4] == 0x0D && b[5] == 0x0A
				&& b[6] == 0x1A && b[7] == 0x0A) {
			return ImageType.PNG;
		}
		if (b.length >= 12 && ascii(b, 0, 4).equals("RIFF") && ascii(b, 8, 4).equals("WEBP")) {
			return ImageType.WEBP;
		}
		if (b.length >= 12 && ascii(b, 4, 4).equals("ftyp")) {
			String brand = ascii(b, 8, 4);
			if (brand.startsWith("avi")) {
				return ImageType.AVIF;
			}
			return switch (brand) {
				case "heic", "heix", "hevc", "hevx", "heim", "heis", "mif1", "msf1" -> ImageType.HEIC;
				default -> ImageType.UNKNOWN;
			};
		}
		String head = ascii(b, 0, 6);
		if (head.startsWith("GIF87a") || head.startsWith("GIF89a")) {
			return ImageType.GIF;
		}
		if (head.startsWith("II*\0") || head.startsWith("MM\0*")) {
			return ImageType.TIFF;
		}
		if (head.startsWith("BM")) {
			return ImageType.BMP;
		}
		if (head.startsWith("%PDF")) {
			return ImageType.PDF;
		}
		String start = new String(b, 0, Math.min(b.length, 1024), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
		if (start.contains("<svg") || (start.stripLeading().startsWith("<?xml") && start.contains("svg"))) {
			return ImageType.SVG;
		}
		return ImageType.UNKNOWN;
	}

	/** True when an image file also carries markup or script (a polyglot that a browser could run). */
	static boolean looksPolyglot(byte[] b) {
		// Lower-case ASCII scan of the whole file; the chance of a 5-byte tag appearing in compressed data is ~1e-5 per 10 MB.
		for (String m : MARKUP) {
			if (indexOfIgnoreCase(b, m.getBytes(StandardCharsets.US_ASCII)) >= 0) {
				return true;
			}
		}
		return false;
	}

	static int indexOfIgnoreCase(byte[] hay, byte[] needle) {
		byte first = needle[0];
		outer:
		for (int i = 0, n = hay.length - needle.length; i <= n; i++) {
			if (hay[i] != first) {
				continue;
			}
			for (int j = 1; j < needle.length; j++) {
				int c = hay[i + j];
				if (c >= 'A' && c <= 'Z') {
					c += 32;
				}
				if (c != needle[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

	private static int u(byte[] b, int i) {
		return b[i] & 0xFF;
	}

	private static String ascii(byte[] b, int off, int len) {
		if (b.length < off + len) {
			return "";
		}
		return new String(b, off, len, StandardCharsets.ISO_8859_1);
	}
}
