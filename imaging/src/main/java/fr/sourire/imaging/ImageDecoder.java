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
