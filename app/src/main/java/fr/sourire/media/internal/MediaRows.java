package fr.sourire.media.internal;

import fr.sourire.imaging.ConsentRecord;
import fr.sourire.media.Box;
import fr.sourire.media.MediaFinding;
import fr.sourire.media.MediaItem;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Rows of media_item and media_finding. Every query names the practice: an id alone never reaches another's image. */
@Repository
public class MediaRows {

	private final JdbcClient jdbc;

	MediaRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** What is stored about a new or re-checked image, besides its files. */
	public record Checked(String contentType, int width, int height, long size, String verdict, List<MediaFinding> findings,
			List<String> metadataNotes) {
	}

	public record Files(String original, String clean) {
	}

	public long insert(long practiceId, String fileName, Checked checked, Files files, String uploadedBy, Instant at) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into media_item (practice_id, file_name, content_type, width, height, size_bytes, verdict,
				  metadata_notes, masked, original_file, clean_file, uploaded_by, uploaded_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, false, ?, ?, ?, ?)""")
			.params(practiceId, fileName, checked.contentType(), checked.width(), checked.height(), checked.size(),
					checked.verdict(), String.join("\n", checked.metadataNotes()), files.original(), files.clean(), uploadedBy,
					Timestamp.from(at))
			.update(keys, "id");
		long id = keys.getKey().longValue();
		insertFindings(id, checked.findings());
		return id;
	}

	/** After masking: the new clean copy and what its check found. */
	public void replaceClean(long practiceId, long mediaId, String cleanFile, Checked checked) {
		jdbc.sql("""
				update media_item set clean_file = ?, content_type = ?, width = ?, height = ?, size_bytes = ?, verdict = ?,
				  masked = true where id = ? and practice_id = ?""")
			.params(cleanFile, checked.contentType(), checked.width(), checked.height(), checked.size(), checked.verdict(),
					mediaId, practiceId)
			.update();
		jdbc.sql("delete from media_finding where media_id = ?").param(mediaId).update();
		insertFindings(mediaId, checked.findings());
	}

	public void recordConsent(long practiceId, long mediaId, ConsentRecord consent, String verdict, List<MediaFinding> findings) {
		jdbc.sql("update media_item set consent_reference = ?, consent_signed_on = ?, verdict = ? where id = ? and practice_id = ?")
			.params(consent.reference(), consent.signedOn(), verdict, mediaId, practiceId).update();
		jdbc.sql("delete from media_finding where media_id = ?").param(mediaId).update();
		insertFindings(mediaId, findings);
	}

	public Optional<MediaItem> find(long practiceId, long mediaId) {
		return jdbc.sql("select * from media_item where id = ? and practice_id = ?").params(mediaId, practiceId)
			.query(this::item).optional();
	}

	public List<MediaItem> list(long practiceId) {
		return jdbc.sql("select * from media_item where practice_id = ? order by uploaded_at desc, id desc").param(practiceId)
			.query(this::item).list();
	}

	public Optional<Files> files(long practiceId, long mediaId) {
		return jdbc.sql("select original_file, clean_file from media_item where id = ? and practice_id = ?")
			.params(mediaId, practiceId)
			.query((rs, n) -> new Files(rs.getString("original_file"), rs.getString("clean_file"))).optional();
	}

	public void delete(long practiceId, long mediaId) {
		jdbc.sql("delete from media_finding where media_id = (select id from media_item where id = ? and practice_id = ?)")
			.params(mediaId, practiceId).update();
		jdbc.sql("delete from media_item where id = ? and practice_id = ?").params(mediaId, practiceId).update();
	}

	private void insertFindings(long mediaId, List<MediaFinding> findings) {
		for (int i = 0; i < findings.size(); i++) {
			MediaFinding f = findings.get(i);
			jdbc.sql("""
					insert into media_finding (media_id, position, rule_id, severity, message_fr, message_en, regions)
					values (?, ?, ?, ?, ?, ?, ?)""")
				.params(mediaId, i, f.rule(), f.severity(), f.messageFr(), f.messageEn(), formatBoxes(f.regions()))
				.update();
		}
	}

	private List<MediaFinding> findings(long mediaId) {
		return jdbc.sql("select * from media_finding where media_id = ? order by position").param(mediaId)
			.query((rs, n) -> new MediaFinding(rs.getString("rule_id"), rs.getString("severity"), rs.getString("message_fr"),
					rs.getString("message_en"), Box.parseAll(rs.getString("regions"))))
			.list();
	}

	private MediaItem item(ResultSet rs, int row) throws SQLException {
		long id = rs.getLong("id");
		String notes = rs.getString("metadata_notes");
		return new MediaItem(id, rs.getLong("practice_id"), rs.getString("file_name"), rs.getString("content_type"),
				rs.getInt("width"), rs.getInt("height"), rs.getLong("size_bytes"), rs.getString("verdict"), findings(id),
				notes.isEmpty() ? List.of() : Arrays.asList(notes.split("\n")), rs.getBoolean("masked"),
				rs.getString("uploaded_by"), rs.getTimestamp("uploaded_at").toInstant(), consent(rs));
	}

	private static ConsentRecord consent(ResultSet rs) throws SQLException {
		String reference = rs.getString("consent_reference");
		return reference == null ? null : new ConsentRecord(reference, rs.getObject("consent_signed_on", java.time.LocalDate.class));
	}

	private static String formatBoxes(List<Box> boxes) {
		return String.join(";", boxes.stream().map(b -> b.x() + "," + b.y() + "," + b.w() + "," + b.h()).toList());
	}
}
