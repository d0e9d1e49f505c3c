package fr.sourire.imaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Progressive JPEG, 16-bit, gray-with-alpha and palette PNG: read, checked and cleaned without surprises. */
class UnusualFilesTest {
	static ImageInspector inspector;

	@BeforeAll
	static void setUp() {
		inspector = ImageInspector.builder().tesseract("/nonexistent/tesseract").build();
	}

	@AfterAll
	static void tearDown() {
		inspector.close();
	}

	@Test
	void progressiveJpegIsStrippedLosslesslyAndStaysReadable() throws Exception {
		BufferedImage photo = TestImages.image(TestImages.face("grace_hopper.jpg"));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		try (MemoryCacheImageOutputStream ios = new MemoryCacheImageOutputStream(out)) {
			writer.setOutput(ios);
			ImageWriteParam p = writer.getDefaultWriteParam();
			p.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
			writer.write(null, new IIOImage(TestImages.rgb(photo), null, null), p);
		} finally {
			writer.dispose();
		}
		byte[] progressive = TestImages.withExif(out.toByteArray(), 1, true);
		ImageReport report = inspector.inspect(progressive, ImageContext.france());
		assertThat(report.faceRegions()).isNotEmpty();
		assertThat(report.metadata().gps()).isTrue();
		CleanImage clean = new ImageCleaner().cleanCopy(progressive, List.of(), BlurStyle.PIXELATE);
		assertThat(clean.reencoded()).isFalse();
		MetadataAndCleaningTest.assertNoLocationNorName(clean.bytes());
		BufferedImage a = TestImages.image(progressive), b = TestImages.image(clean.bytes());
		assertThat(b.getRGB(200, 300)).isEqualTo(a.getRGB(200, 300));
	}

	@Test
	void sixteenBitGrayAlphaAndPalettePngs() throws Exception {
		BufferedImage photo = TestImages.image(TestImages.face("astronaut.jpg"));
		for (int type : new int[] {BufferedImage.TYPE_USHORT_GRAY, BufferedImage.TYPE_BYTE_INDEXED, BufferedImage.TYPE_INT_ARGB,
				BufferedImage.TYPE_BYTE_BINARY}) {
			BufferedImage img = new BufferedImage(photo.getWidth(), photo.getHeight(), type);
			img.createGraphics().drawImage(photo, 0, 0, null);
			byte[] png = TestImages.png(img);
			ImageReport report = inspector.inspect(png, ImageContext.france());
			assertThat(report.detectedType()).isEqualTo(ImageType.PNG);
			CleanImage clean = new ImageCleaner().cleanCopy(png, report.faceRegions(), BlurStyle.BLUR);
			assertThat(TestImages.image(clean.bytes()).getWidth()).isEqualTo(photo.getWidth());
		}
	}

	@Test
	void tinyImages() throws Exception {
		for (int side : new int[] {1, 2, 7, 31}) {
			BufferedImage img = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
			assertThat(inspector.inspect(TestImages.png(img), ImageContext.france()).width()).isEqualTo(side);
			assertThat(inspector.inspect(TestImages.jpeg(img), ImageContext.france()).height()).isEqualTo(side);
			new ImageCleaner().cleanCopy(TestImages.jpeg(img), List.of(new Region(0, 0, 5, 5), new Region(-10, -10, 3, 3)), BlurStyle.BLUR);
		}
	}
}
