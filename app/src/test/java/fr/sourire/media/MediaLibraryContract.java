package fr.sourire.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.sourire.audit.AuditJournal;
import fr.sourire.practices.PracticeDetails;
import fr.sourire.practices.Practices;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The media library on a real database: upload, check, mask, consent, isolation, refusals. Run on H2 and PostgreSQL. */
abstract class MediaLibraryContract {

	/** Real photos from Debian packages, shared with the imaging module's face evaluation (licences there). */
	static final Path FACES = Path.of("../imaging/src/test/resources/faces");

	@Autowired
	MediaLibrary library;

	@Autowired
	Practices practices;

	@Autowired
	AuditJournal journal;

	@Autowired
	JdbcClient jdbc;

	long practiceId;

	@BeforeEach
	void aPractice() {
		practiceId = newPractice("FR");
	}

	long newPractice(String jurisdiction) {
		return practices.create(new PracticeDetails("Cabinet " + UUID.randomUUID(), "3 place Bellecour, 69002 Lyon",
				"04 78 00 00 00", "contact@exemple.fr", jurisdiction, null), "test").id();
	}

	static byte[] photo(String name) throws IOException {
		return Files.readAllBytes(FACES.resolve(name));
	}

	@Test
	void aFaceBlocksUntilItIsMaskedThenOnlyTheCleanCopyLeaves() throws Exception {
		MediaItem item = library.upload(practiceId, "assistante@exemple.fr", "portrait.jpg", photo("grace_hopper.jpg"));

		assertThat(item.verdict()).isEqualTo("block");
		assertThat(item.faceBoxes()).isNotEmpty();
		assertThatThrownBy(() -> library.openPublishable(practiceId, item.id())).isInstanceOf(MediaRejectedException.class)
			.hasMessageContaining("ne peut pas être publiée");

		MediaItem masked = library.mask(practiceId, item.id(), item.boxesToMask(), "dentiste@exemple.fr");

		assertThat(masked.masked()).isTrue();
		assertThat(masked.verdict()).isNotEqualTo("block");
		assertThat(masked.findings()).noneMatch(f -> f.rule().equals("PATIENT.IMAGE"));
		try (var in = library.openPublishable(practiceId, item.id())) {
			var image = ImageIO.read(in);
			assertThat(image.getWidth()).isEqualTo(masked.width());
		}
		assertThat(journal.recent(practiceId, 10)).extracting(e -> e.action()).contains("media.uploaded", "media.masked");
	}

	@Test
	void aPhotoWithoutFaceIsPublishableAsACleanCopy() throws Exception {
		MediaItem item = library.upload(practiceId, "assistante@exemple.fr", "café.jpg", photo("coffee.jpg"));

		assertThat(item.findings()).noneMatch(f -> f.severity().equals("block"));
		assertThat(item.contentType()).isEqualTo("image/jpeg");
		try (var in = library.openPublishable(practiceId, item.id())) {
			assertThat(in.readAllBytes()).isNotEmpty();
		}
	}

	@Test
	void refusedFilesSayWhyInPlainFrenchAndNothingIsStored() {
		int before = library.list(practiceId).size();
		byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>".getBytes();
		byte[] truncated = new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16 };

		assertThatThrownBy(() -> library.upload(practiceId, "a@exemple.fr", "logo.svg", svg))
			.isInstanceOf(MediaRejectedException.class).hasMessageNotContaining("Exception");
		assertThatThrownBy(() -> library.upload(practiceId, "a@exemple.fr", "photo.jpg", truncated))
			.isInstanceOf(MediaRejectedException.class);
		assertThatThrownBy(() -> library.upload(practiceId, "a@exemple.fr", "notes.txt", "bonjour".getBytes()))
			.isInstanceOf(MediaRejectedException.class);
		assertThat(library.list(practiceId)).hasSize(before);
		assertThat(journal.recent(practiceId, 10)).extracting(e -> e.action()).contains("media.refused");
	}

	@Test
	void anotherPracticeNeverSeesTheImage() throws Exception {
		MediaItem item = library.upload(practiceId, "assistante@exemple.fr", "café.jpg", photo("coffee.jpg"));
		long other = newPractice("FR");

		assertThat(library.find(other, item.id())).isEmpty();
		assertThat(library.list(other)).isEmpty();
		assertThatThrownBy(() -> library.cleanCopy(other, item.id())).isInstanceOf(MediaNotFoundException.class);
		assertThatThrownBy(() -> library.mask(other, item.id(), item.boxesToMask().isEmpty() ? java.util.List.of(new Box(0, 0, 5, 5)) : item.boxesToMask(), "x"))
			.isInstanceOf(MediaNotFoundException.class);
		assertThatThrownBy(() -> library.delete(other, item.id(), "x")).isInstanceOf(MediaNotFoundException.class);
		assertThat(library.find(practiceId, item.id())).isPresent();
	}

	@Test
	void consentChangesNothingInFranceButLowersTheBlockInGermany() throws Exception {
		MediaItem french = library.upload(practiceId, "a@exemple.fr", "portrait.jpg", photo("grace_hopper.jpg"));
		MediaItem afterConsent = library.recordConsent(practiceId, french.id(), "CONS-2026-01", LocalDate.of(2026, 3, 1), "d@exemple.fr");
		assertThat(afterConsent.verdict()).isEqualTo("block");
		assertThat(afterConsent.consent().reference()).isEqualTo("CONS-2026-01");

		long german = newPractice("DE");
		MediaItem item = library.upload(german, "a@exemple.fr", "portrait.jpg", photo("grace_hopper.jpg"));
		assertThat(item.verdict()).isEqualTo("block");
		assertThat(library.recordConsent(german, item.id(), "CONS-2026-02", LocalDate.of(2026, 3, 1), "d@exemple.fr").verdict())
			.isNotEqualTo("block");
	}

	@Test
	void deletingRemovesTheRowAndBothFiles() throws Exception {
		MediaItem item = library.upload(practiceId, "assistante@exemple.fr", "café.jpg", photo("coffee.jpg"));
		var names = jdbc.sql("select original_file, clean_file from media_item where id = ?").param(item.id())
			.query((rs, n) -> java.util.List.of(rs.getString(1), rs.getString(2))).single();

		library.delete(practiceId, item.id(), "dentiste@exemple.fr");

		assertThat(library.find(practiceId, item.id())).isEmpty();
		for (String name : names) {
			assertThat(Path.of("target/test-media", Long.toString(practiceId), name)).doesNotExist();
		}
	}
}
