package fr.sourire.imaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FacesTest {
	static ImageInspector inspector;
	static final ConsentRecord CONSENT = new ConsentRecord("CONS-2026-014", LocalDate.of(2026, 3, 1));

	@BeforeAll
	static void setUp() {
		inspector = ImageInspector.create();
	}

	@AfterAll
	static void tearDown() {
		inspector.close();
	}

	@Test
	void aFaceBlocksWithItsBox() throws Exception {
		ImageReport report = inspector.inspect(TestImages.face("astronaut.jpg"), ImageContext.france());
		assertThat(report.verdict()).isEqualTo(Severity.BLOCK);
		ImageFinding face = report.findings().stream().filter(f -> f.rule().equals(Rules.PATIENT_IMAGE)).findFirst().orElseThrow();
		assertThat(face.severity()).isEqualTo(Severity.BLOCK);
		assertThat(face.messageFr()).contains("visage");
		assertThat(face.regions()).hasSize(1);
		Region r = face.regions().get(0);
		// the astronaut's face is around x 180–280, y 80–180 in the 512 × 512 photo
		assertThat(r.x()).isBetween(130, 200);
		assertThat(r.y()).isBetween(40, 110);
		assertThat(r.w()).isBetween(90, 200);
	}

	@Test
	void noFaceOnAPhotoWithoutPeople() throws Exception {
		assertThat(inspector.inspect(TestImages.face("coffee.jpg"), ImageContext.france()).faceRegions()).isEmpty();
		assertThat(inspector.inspect(TestImages.face("fruits.jpg"), ImageContext.france()).faceRegions()).isEmpty();
	}

	@Test
	void consentChangesNothingInFranceButTurnsBlockIntoWarnInGermany() throws Exception {
		byte[] photo = TestImages.face("grace_hopper.jpg");
		assertThat(faceSeverity(photo, ImageContext.france().withConsent(CONSENT))).isEqualTo(Severity.BLOCK);
		assertThat(faceSeverity(photo, ImageContext.of(Jurisdiction.DE))).isEqualTo(Severity.BLOCK);
		assertThat(faceSeverity(photo, ImageContext.of(Jurisdiction.DE).withConsent(CONSENT))).isEqualTo(Severity.WARN);
		assertThat(Severities.patientImage(Jurisdiction.BE, Optional.of(CONSENT))).isEqualTo(Severity.WARN);
		assertThat(Severities.patientImage(Jurisdiction.CH, Optional.empty())).isEqualTo(Severity.BLOCK);
		assertThat(Severities.patientImage(Jurisdiction.FR, Optional.of(CONSENT))).isEqualTo(Severity.BLOCK);
	}

	@Test
	void blurredCopyHasNoFaceLeftAndTheOriginalIsUntouched() throws Exception {
		for (String name : List.of("astronaut.jpg", "grace_hopper.jpg", "230501201_1.jpg")) {
			byte[] photo = TestImages.face(name);
			byte[] before = photo.clone();
			ImageReport report = inspector.inspect(photo, ImageContext.france());
			assertThat(report.faceRegions()).as(name).isNotEmpty();
			for (BlurStyle style : BlurStyle.values()) {
				CleanImage clean = new ImageCleaner().cleanCopy(photo, report.regionsToMask(), style);
				assertThat(clean.reencoded()).isTrue();
				assertThat(inspector.inspect(clean.bytes(), ImageContext.france()).faceRegions()).as(name + " " + style).isEmpty();
			}
			assertThat(photo).isEqualTo(before);
		}
	}

	@Test
	void manualRegionsAreMaskedToo() throws Exception {
		byte[] photo = TestImages.face("coffee.jpg");
		Region manual = new Region(100, 100, 120, 80);
		CleanImage clean = new ImageCleaner().cleanCopy(photo, List.of(manual), BlurStyle.PIXELATE);
		java.awt.image.BufferedImage img = TestImages.image(clean.bytes());
		// pixelated: neighbouring pixels inside one block are (almost) equal after JPEG re-encoding
		int a = img.getRGB(101, 101), b = img.getRGB(104, 104);
		assertThat(Math.abs(((a >> 8) & 0xFF) - ((b >> 8) & 0xFF))).isLessThan(12);
	}

	@Test
	void smallFacesInALargeGroupPhotoAreFoundByTiling() throws Exception {
		// too small for one 256 × 256 pass
		ImageReport report = inspector.inspect(TestImages.jpeg(groupPhoto()), ImageContext.france());
		assertThat(report.faceRegions()).hasSizeGreaterThanOrEqualTo(3);
	}

	@Test
	void tilesCheckedDuringTheDecodeFindWhatTheWholeImageCheckFinds() throws Exception {
		byte[] jpeg = TestImages.jpeg(groupPhoto());
		assertThat(ImageDecoder.isSequentialJpeg(jpeg)).isTrue();
		try (BlazeFaceDetector detector = new BlazeFaceDetector()) {
			FaceDetector.Scan scan = detector.scan();
			int[] updates = {0};
			java.awt.image.BufferedImage image = ImageDecoder.decode(jpeg, ImageType.JPEG, ImageLimits.DEFAULT, 2, (img, rows) -> {
				updates[0]++;
				scan.rowsDecoded(img, rows);
			});
			assertThat(updates[0]).isEqualTo(image.getHeight());
			List<FaceDetector.Face> early = scan.finish(image);
			assertThat(early).hasSizeGreaterThanOrEqualTo(3);
			assertThat(early.stream().map(FaceDetector.Face::box).sorted(java.util.Comparator.comparingInt(Region::x)).toList())
					.isEqualTo(detector.detect(image).stream().map(FaceDetector.Face::box).sorted(java.util.Comparator.comparingInt(Region::x)).toList());
		}
	}

	@Test
	void progressiveJpegsAreCheckedAfterTheDecode() throws Exception {
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		javax.imageio.ImageWriter writer = javax.imageio.ImageIO.getImageWritersByFormatName("jpeg").next();
		javax.imageio.ImageWriteParam param = writer.getDefaultWriteParam();
		param.setProgressiveMode(javax.imageio.ImageWriteParam.MODE_DEFAULT);
		try (var stream = javax.imageio.ImageIO.createImageOutputStream(out)) {
			writer.setOutput(stream);
			writer.write(null, new javax.imageio.IIOImage(groupPhoto(), null, null), param);
		}
		writer.dispose();
		byte[] progressive = out.toByteArray();
		assertThat(ImageDecoder.isSequentialJpeg(progressive)).isFalse();
		assertThat(inspector.inspect(progressive, ImageContext.france()).faceRegions()).hasSizeGreaterThanOrEqualTo(3);
	}

	/** 4 faces pasted small (about 60 px) into a 2400 × 1600 street scene. */
	private static java.awt.image.BufferedImage groupPhoto() {
		java.awt.image.BufferedImage scene = new java.awt.image.BufferedImage(2400, 1600, java.awt.image.BufferedImage.TYPE_INT_RGB);
		java.awt.Graphics2D g = scene.createGraphics();
		g.drawImage(TestImages.image(TestImages.face("leuvenA.jpg")), 0, 0, 2400, 1600, null);
		String[] people = {"227943776_1.jpg", "230501201_1.jpg", "grace_hopper.jpg", "face_swapped.jpg"};
		for (int i = 0; i < people.length; i++) {
			g.drawImage(TestImages.image(TestImages.face(people[i])), 200 + i * 550, 700, 130, 150, null);
		}
		g.dispose();
		return scene;
	}

	private static Severity faceSeverity(byte[] photo, ImageContext ctx) throws Exception {
		return inspector.inspect(photo, ctx).findings().stream().filter(f -> f.rule().equals(Rules.PATIENT_IMAGE))
				.map(ImageFinding::severity).findFirst().orElseThrow();
	}
}
