package fr.sourire.imaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FormatsAndLimitsTest {
	static ImageInspector inspector;

	@BeforeAll
	static void setUp() {
		inspector = ImageInspector.create();
	}

	@AfterAll
	static void tearDown() {
		inspector.close();
	}

	@Test
	void sniffsTheRealTypeFromTheBytes() {
		assertThat(ImageSniffer.sniff(TestImages.face("coffee.jpg"))).isEqualTo(ImageType.JPEG);
		assertThat(ImageSniffer.sniff(TestImages.png(TestImages.radiograph("x")))).isEqualTo(ImageType.PNG);
		assertThat(ImageSniffer.sniff(TestImages.resource("samples/coffee-300.webp"))).isEqualTo(ImageType.WEBP);
		assertThat(ImageSniffer.sniff(heic())).isEqualTo(ImageType.HEIC);
		assertThat(ImageSniffer.sniff("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8)))
				.isEqualTo(ImageType.SVG);
		assertThat(ImageSniffer.sniff("GIF89a......".getBytes(StandardCharsets.US_ASCII))).isEqualTo(ImageType.GIF);
		assertThat(ImageSniffer.sniff("hello".getBytes(StandardCharsets.US_ASCII))).isEqualTo(ImageType.UNKNOWN);
		assertThat(ImageSniffer.sniff(new byte[0])).isEqualTo(ImageType.UNKNOWN);
	}

	@Test
	void readsJpegPngAndWebp() throws Exception {
		ImageReport jpeg = inspector.inspect(TestImages.face("coffee.jpg"), ImageContext.france());
		assertThat(jpeg.detectedType()).isEqualTo(ImageType.JPEG);
		assertThat(jpeg.width()).isEqualTo(600);
		ImageReport webp = inspector.inspect(TestImages.resource("samples/coffee-300.webp"), ImageContext.france());
		assertThat(webp.detectedType()).isEqualTo(ImageType.WEBP);
		assertThat(webp.width()).isEqualTo(300);
		ImageReport png = inspector.inspect(TestImages.png(TestImages.image(TestImages.face("coffee.jpg"))), ImageContext.france());
		assertThat(png.detectedType()).isEqualTo(ImageType.PNG);
	}

	@Test
	void wrongExtensionIsReadByItsRealType(@TempDir Path dir) throws Exception {
		Path fake = dir.resolve("photo.png");
		Files.write(fake, TestImages.face("coffee.jpg"));
		ImageReport report = inspector.inspect(fake, ImageContext.france());
		assertThat(report.detectedType()).isEqualTo(ImageType.JPEG);
		assertThat(report.typeNoteFr()).contains("extension .png mais c'est une image JPEG");
		Path right = dir.resolve("photo.jpeg");
		Files.write(right, TestImages.face("coffee.jpg"));
		assertThat(inspector.inspect(right, ImageContext.france()).typeNoteFr()).isEmpty();
		Path svg = dir.resolve("photo.jpg");
		Files.writeString(svg, "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>");
		assertThatThrownBy(() -> inspector.inspect(svg, ImageContext.france()))
				.isInstanceOf(UnsupportedImageException.class).hasMessageContaining("SVG");
	}

	@Test
	void heicGetsAClearMessage() {
		assertThatThrownBy(() -> inspector.inspect(heic(), ImageContext.france()))
				.isInstanceOf(UnsupportedImageException.class)
				.hasMessageContaining("convertissez la photo en JPEG");
	}

	@Test
	void otherFormatsAndNonImagesAreRefused() {
		assertThatThrownBy(() -> inspector.inspect("GIF89a\1\0\1\0".getBytes(StandardCharsets.ISO_8859_1), ImageContext.france()))
				.isInstanceOf(UnsupportedImageException.class).hasMessageContaining("GIF");
		assertThatThrownBy(() -> inspector.inspect("%PDF-1.7 ...".getBytes(StandardCharsets.ISO_8859_1), ImageContext.france()))
				.isInstanceOf(UnsupportedImageException.class);
		assertThatThrownBy(() -> inspector.inspect("just text".getBytes(StandardCharsets.UTF_8), ImageContext.france()))
				.isInstanceOf(UnsupportedImageException.class).hasMessageContaining("JPEG, PNG ou WebP");
	}

	@Test
	void truncatedAndCorruptFilesGiveAClearError() {
		byte[] jpeg = TestImages.face("coffee.jpg");
		assertThatThrownBy(() -> inspector.inspect(Arrays.copyOf(jpeg, jpeg.length / 2), ImageContext.france()))
				.isInstanceOf(CorruptImageException.class).hasMessageContaining("abîmée ou incomplète");
		byte[] png = TestImages.png(TestImages.radiograph("x"));
		assertThatThrownBy(() -> inspector.inspect(Arrays.copyOf(png, png.length - 400), ImageContext.france()))
				.isInstanceOf(CorruptImageException.class);
		byte[] garbage = Arrays.copyOf(jpeg, 4000);
		Arrays.fill(garbage, 600, 4000, (byte) 0x5A);
		assertThatThrownBy(() -> inspector.inspect(garbage, ImageContext.france())).isInstanceOf(ImageRejectedException.class);
		byte[] webp = TestImages.resource("samples/coffee-300.webp");
		assertThatThrownBy(() -> inspector.inspect(Arrays.copyOf(webp, webp.length / 2), ImageContext.france()))
				.isInstanceOf(ImageRejectedException.class);
	}

	@Test
	void polyglotsAreRefused() {
		byte[] jpeg = TestImages.face("coffee.jpg");
		byte[] polyglot = concat(jpeg, "<html><script>alert(document.cookie)</script></html>".getBytes(StandardCharsets.US_ASCII));
		assertThatThrownBy(() -> inspector.inspect(polyglot, ImageContext.france()))
				.isInstanceOf(UnsupportedImageException.class).hasMessageContaining("fichier piégé");
	}

	@Test
	void decompressionBombIsRefusedFromTheHeader() {
		byte[] bomb = pngHeaderOnly(100_000, 100_000);
		assertThatThrownBy(() -> inspector.inspect(bomb, ImageContext.france()))
				.isInstanceOf(ImageTooLargeException.class).hasMessageContaining("100000 × 100000");
		ImageInspector strict = ImageInspector.builder().limits(new ImageLimits(1_000_000, 10_000, 200)).build();
		assertThatThrownBy(() -> strict.inspect(TestImages.face("coffee.jpg"), ImageContext.france()))
				.isInstanceOf(ImageTooLargeException.class);
	}

	@Test
	void uploadSizeLimit() {
		ImageInspector small = ImageInspector.builder().limits(new ImageLimits(10_000, 50_000_000, 16_384)).build();
		assertThatThrownBy(() -> small.inspect(TestImages.face("coffee.jpg"), ImageContext.france()))
				.isInstanceOf(ImageTooLargeException.class).hasMessageContaining("trop lourd");
		assertThat(ImageLimits.DEFAULT.maxUploadBytes()).isEqualTo(ImageLimits.DEFAULT_MAX_UPLOAD_BYTES);
	}

	@Test
	void exceptionsHaveEnglishToo() {
		UnsupportedImageException e = UnsupportedImageException.of(ImageType.HEIC);
		assertThat(e.messageEn()).contains("convert it to JPEG");
		assertThat(e.detectedType()).isEqualTo(ImageType.HEIC);
	}

	static byte[] heic() {
		byte[] b = new byte[64];
		byte[] head = {0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'h', 'e', 'i', 'c'};
		System.arraycopy(head, 0, b, 0, head.length);
		return b;
	}

	/** A PNG that declares a huge size and then ends: decoding it would need 40 GB. */
	static byte[] pngHeaderOnly(int w, int h) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
		byte[] ihdr = new byte[17];
		System.arraycopy("IHDR".getBytes(StandardCharsets.US_ASCII), 0, ihdr, 0, 4);
		putInt(ihdr, 4, w);
		putInt(ihdr, 8, h);
		ihdr[12] = 8;
		ihdr[13] = 2;
		byte[] len = new byte[4];
		putInt(len, 0, 13);
		out.writeBytes(len);
		out.writeBytes(ihdr);
		CRC32 crc = new CRC32();
		crc.update(ihdr);
		byte[] c = new byte[4];
		putInt(c, 0, (int) crc.getValue());
		out.writeBytes(c);
		return out.toByteArray();
	}

	private static void putInt(byte[] b, int off, int v) {
		b[off] = (byte) (v >>> 24);
		b[off + 1] = (byte) (v >>> 16);
		b[off + 2] = (byte) (v >>> 8);
		b[off + 3] = (byte) v;
	}

	static byte[] concat(byte[] a, byte[] b) {
		byte[] c = Arrays.copyOf(a, a.length + b.length);
		System.arraycopy(b, 0, c, a.length, b.length);
		return c;
	}

	@SuppressWarnings("unused")
	private static final List<String> NOTE = List.of("TwelveMonkeys readers are found through ImageIO's service loader");
}
