package fr.sourire.imaging;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/** Decodes JPEG, PNG and WebP with header checks first (pixel limit) and a clear error for damaged files. */
final class ImageDecoder {
	static {
		ImageIO.setUseCache(false);
		ImageIO.scanForPlugins();
	}

	private ImageDecoder() {
	}

	record Header(int width, int height) {
	}

	/** Reads only the header; throws when the image is over the limits. */
	static Header header(byte[] bytes, ImageType type, ImageLimits limits) throws ImageRejectedException {
		ImageReader reader = reader(type);
		try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
			reader.setInput(in, true, true);
			int w = reader.getWidth(0);
			int h = reader.getHeight(0);
			limits.checkDimensions(w, h);
			return new Header(w, h);
		} catch (ImageRejectedException e) {
			throw e;
		} catch (IOException | RuntimeException e) {
			throw new CorruptImageException(type, e);
		} finally {
			reader.dispose();
		}
	}

	/**
	 * Decodes the first image, keeping one pixel out of {@code subsampling} in each direction (memory stays bounded:
	 * only the subsampled raster is allocated). Any decoder warning (premature end of data…) counts as damage.
	 */
	static BufferedImage decode(byte[] bytes, ImageType type, ImageLimits limits, int subsampling) throws ImageRejectedException {
		return decode(bytes, type, limits, subsampling, null);
	}

	/** Told, on the decoding thread, each time more rows of the image being decoded are complete (top to bottom). */
	interface RowsListener {
		void rowsDecoded(BufferedImage image, int rows);
	}

	/** As {@link #decode(byte[], ImageType, ImageLimits, int)}, telling {@code rows} (may be null) as rows arrive. */
	static BufferedImage decode(byte[] bytes, ImageType type, ImageLimits limits, int subsampling, RowsListener rows)
			throws ImageRejectedException {
		ImageReader reader = reader(type);
		List<String> warnings = new ArrayList<>();
		try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
			reader.setInput(in, true, true);
			reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
			limits.checkDimensions(reader.getWidth(0), reader.getHeight(0));
			ImageReadParam param = reader.getDefaultReadParam();
			if (subsampling > 1) {
				param.setSourceSubsampling(subsampling, subsampling, 0, 0);
			}
			if (rows != null) {
				reader.addIIOReadUpdateListener(new RowsUpdate(rows));
			}
			BufferedImage image = reader.read(0, param);
			if (!warnings.isEmpty()) {
				throw new CorruptImageException(type, new IOException(String.join("; ", warnings)));
			}
			if (type == ImageType.JPEG && !hasEndOfImage(bytes)) {
				throw new CorruptImageException(type, new IOException("no JPEG end-of-image marker"));
			}
			return image;
		} catch (ImageRejectedException e) {
			throw e;
		} catch (IOException | RuntimeException e) {
			throw new CorruptImageException(type, e);
		} catch (OutOfMemoryError e) {
			// The header limits make this unlikely; a crafted file must still not take the process down.
			throw new CorruptImageException(type, new IOException("out of memory while decoding"));
		} finally {
			reader.dispose();
		}
	}

	/** Passes on the reader's row updates; meant for baseline JPEG (rows come top to bottom, once, in their final state). */
	private static final class RowsUpdate implements javax.imageio.event.IIOReadUpdateListener {
		private final RowsListener rows;

		RowsUpdate(RowsListener rows) {
			this.rows = rows;
		}

		@Override
		public void passStarted(ImageReader source, BufferedImage image, int pass, int minPass, int maxPass, int minX, int minY,
				int periodX, int periodY, int[] bands) {
		}

		@Override
		public void imageUpdate(ImageReader source, BufferedImage image, int minX, int minY, int width, int height, int periodX,
				int periodY, int[] bands) {
			if (image != null && minX == 0 && width == image.getWidth() && periodX == 1 && periodY == 1) {
				rows.rowsDecoded(image, minY + height);
			}
		}

		@Override
		public void passComplete(ImageReader source, BufferedImage image) {
		}

		@Override
		public void thumbnailPassStarted(ImageReader source, BufferedImage thumbnail, int pass, int minPass, int maxPass, int minX,
				int minY, int periodX, int periodY, int[] bands) {
		}

		@Override
		public void thumbnailUpdate(ImageReader source, BufferedImage thumbnail, int minX, int minY, int width, int height,
				int periodX, int periodY, int[] bands) {
		}

		@Override
		public void thumbnailPassComplete(ImageReader source, BufferedImage thumbnail) {
		}
	}

	/**
	 * True for a baseline (sequential) JPEG, whose rows are decoded once, top to bottom; false for a progressive one (each
	 * scan refines the whole image) or anything unexpected. Reads the frame markers before the first scan.
	 */
	static boolean isSequentialJpeg(byte[] b) {
		int i = 2;
		while (i + 4 <= b.length) {
			if ((b[i] & 0xFF) != 0xFF) {
				return false;
			}
			int marker = b[i + 1] & 0xFF;
			if (marker == 0xFF) {
				i++;
				continue;
			}
			if (marker == 0xC0 || marker == 0xC1) {
				return true;
			}
			if (marker >= 0xC2 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC || marker == 0xDA) {
				return false;
			}
			i += 2 + ((b[i + 2] & 0xFF) << 8 | (b[i + 3] & 0xFF));
		}
		return false;
	}

	/** A JPEG without an end-of-image marker (FF D9) was cut short. Looks from the end (trailers are allowed). */
	static boolean hasEndOfImage(byte[] b) {
		for (int i = b.length - 2; i >= 2; i--) {
			if ((b[i] & 0xFF) == 0xFF && (b[i + 1] & 0xFF) == 0xD9) {
				return true;
			}
		}
		return false;
	}

	private static ImageReader reader(ImageType type) {
		String format = switch (type) {
			case JPEG -> "jpeg";
			case PNG -> "png";
			case WEBP -> "webp";
			default -> throw new IllegalArgumentException("not decodable: " + type);
		};
		Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
		if (!readers.hasNext()) {
			throw new IllegalStateException("no ImageIO reader for " + format + " (TwelveMonkeys missing from the class path?)");
		}
		return readers.next();
	}
}
