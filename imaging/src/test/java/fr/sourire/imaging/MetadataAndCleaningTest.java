package fr.sourire.imaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.drew.imaging.ImageMetadataReader;
import com.drew.lang.GeoLocation;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.GpsDirectory;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MetadataAndCleaningTest {
	static ImageInspector inspector;
	static final ImageCleaner cleaner = new ImageCleaner();

	@BeforeAll
	static void setUp() {
		inspector = ImageInspector.create();
	}

	@AfterAll
	static void tearDown() {
		inspector.close();
	}

	@Test
	void reportsLocationAuthorSerialAndDatesInPlainFrench() throws Exception {
		byte[] photo = TestImages.withExif(TestImages.face("coffee.jpg"), 1, true);
		ImageReport report = inspector.inspect(photo, ImageContext.france());
		MetadataSummary m = report.metadata();
		assertThat(m.gps()).isTrue();
		assertThat(m.author()).isTrue();
		assertThat(m.deviceSerial()).isTrue();
		assertThat(m.dates()).isTrue();
		assertThat(m.notesFr()).anyMatch(n -> n.contains("cette photo indique l'endroit où elle a été prise")
				|| n.contains("Cette photo indique l'endroit où elle a été prise"));
		ImageFinding info = report.findings().stream().filter(f -> f.severity() == Severity.INFO).findFirst().orElseThrow();
		assertThat(info.rule()).isEqualTo(Rules.PATIENT_IDENTITY);
		assertThat(info.messageFr()).contains("nom de son auteur")
				.contains("Les données cachées de la photo contiennent un nom"); // "Mme Leblanc" in the description
		assertThat(info.messageEn()).contains("location");
	}

	@Test
	void cleanCopyHasNoLocationNoAuthorAndIsLosslessWhenUpright() throws Exception {
		byte[] photo = TestImages.withExif(TestImages.face("coffee.jpg"), 1, true);
		CleanImage clean = cleaner.cleanCopy(photo, List.of(), BlurStyle.PIXELATE);
		assertThat(clean.reencoded()).isFalse();
		assertNoLocationNorName(clean.bytes());
		// lossless: same pixels as the original
		BufferedImage a = TestImages.image(photo), b = TestImages.image(clean.bytes());
		assertThat(b.getRGB(100, 100)).isEqualTo(a.getRGB(100, 100));
		assertThat(inspector.inspect(clean.bytes(), ImageContext.france()).metadata().any()).isFalse();
	}

	@Test
	void orientationIsAppliedToThePixelsBeforeStripping() throws Exception {
		byte[] photo = TestImages.withExif(TestImages.face("coffee.jpg"), 6, true); // 600 × 400 stored, shown 400 × 600
		ImageReport report = inspector.inspect(photo, ImageContext.france());
		assertThat(report.width()).isEqualTo(400);
		assertThat(report.height()).isEqualTo(600);
		CleanImage clean = cleaner.cleanCopy(photo, List.of(), BlurStyle.PIXELATE);
		assertThat(clean.reencoded()).isTrue();
		BufferedImage upright = TestImages.image(clean.bytes());
		assertThat(upright.getWidth()).isEqualTo(400);
		assertThat(upright.getHeight()).isEqualTo(600);
		assertNoLocationNorName(clean.bytes());
		Metadata md = ImageMetadataReader.readMetadata(new ByteArrayInputStream(clean.bytes()));
		ExifIFD0Directory ifd0 = md.getFirstDirectoryOfType(ExifIFD0Directory.class);
		assertThat(ifd0 == null || !ifd0.containsTag(ExifIFD0Directory.TAG_ORIENTATION)).isTrue();
	}

	@Test
	void pngTextChunksAreDropped() throws Exception {
		byte[] png = TestImages.png(TestImages.image(TestImages.face("coffee.jpg")));
		byte[] withText = insertTextChunk(png, "Author", "Marie Dupont, 12 rue des Lilas");
		assertThat(inspector.inspect(withText, ImageContext.france()).metadata().author()).isTrue();
		CleanImage clean = cleaner.cleanCopy(withText, List.of(), BlurStyle.PIXELATE);
		assertThat(new String(clean.bytes(), java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("Dupont");
		assertThat(inspector.inspect(clean.bytes(), ImageContext.france()).metadata().any()).isFalse();
	}

	@Test
	void webpBecomesAPng() throws Exception {
		CleanImage clean = cleaner.cleanCopy(TestImages.resource("samples/coffee-300.webp"), List.of(), BlurStyle.PIXELATE);
		assertThat(clean.type()).isEqualTo(ImageType.PNG);
		assertThat(ImageSniffer.sniff(clean.bytes())).isEqualTo(ImageType.PNG);
	}

	@Test
	void trailingDataAfterTheJpegIsDropped() throws Exception {
		byte[] jpeg = TestImages.face("coffee.jpg");
		byte[] trailer = FormatsAndLimitsTest.concat(jpeg, "PRIVATE TRAILER Marie Dupont".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
		CleanImage clean = cleaner.cleanCopy(trailer, List.of(), BlurStyle.PIXELATE);
		assertThat(new String(clean.bytes(), java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("Dupont");
	}

	static void assertNoLocationNorName(byte[] jpeg) throws Exception {
		Metadata md = ImageMetadataReader.readMetadata(new ByteArrayInputStream(jpeg));
		for (GpsDirectory gps : md.getDirectoriesOfType(GpsDirectory.class)) {
			GeoLocation loc = gps.getGeoLocation();
			assertThat(loc == null || loc.isZero()).as("no location left").isTrue();
		}
		assertThat(new String(jpeg, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("Dupont").doesNotContain("SN-1234567");
	}

	static byte[] insertTextChunk(byte[] png, String key, String value) {
		byte[] data = (key + "\0" + value).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
		java.io.ByteArrayOutputStream chunk = new java.io.ByteArrayOutputStream();
		byte[] type = "tEXt".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
		int len = data.length;
		chunk.writeBytes(new byte[] {(byte) (len >>> 24), (byte) (len >>> 16), (byte) (len >>> 8), (byte) len});
		chunk.writeBytes(type);
		chunk.writeBytes(data);
		java.util.zip.CRC32 crc = new java.util.zip.CRC32();
		crc.update(type);
		crc.update(data);
		int c = (int) crc.getValue();
		chunk.writeBytes(new byte[] {(byte) (c >>> 24), (byte) (c >>> 16), (byte) (c >>> 8), (byte) c});
		int afterIhdr = 8 + 25;
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		out.write(png, 0, afterIhdr);
		out.writeBytes(chunk.toByteArray());
		out.write(png, afterIhdr, png.length - afterIhdr);
		return out.toByteArray();
	}
}
