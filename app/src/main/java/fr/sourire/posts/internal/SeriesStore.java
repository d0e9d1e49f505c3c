package fr.sourire.posts.internal;

import fr.sourire.posts.Recurrence;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Plain SQL for recurring series; their occurrences are rows of {@code post} with a {@code series_id}. */
@Repository
public class SeriesStore {

	/** A series row: its rule, who created it and when. */
	public record Row(long id, long practiceId, Recurrence recurrence, String createdBy, Instant createdAt) {
	}

	private static final String COLUMNS = "id, practice_id, frequency, first_local, ends_on, occurrences, created_by, created_at";

	private final JdbcClient jdbc;

	SeriesStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long insert(long practiceId, Recurrence rule, String actor, Instant now) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into post_series (practice_id, frequency, first_local, ends_on, occurrences, created_by, created_at)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(practiceId, rule.frequency().name(), rule.first(), rule.endsOn(), rule.count(), actor, PostStore.ts(now))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	public void attach(long practiceId, long postId, long seriesId) {
		jdbc.sql("update post set series_id = ? where id = ? and practice_id = ?").params(seriesId, postId, practiceId).update();
	}

	public Optional<Row> find(long practiceId, long seriesId) {
		return jdbc.sql("select " + COLUMNS + " from post_series where id = ? and practice_id = ?")
			.params(seriesId, practiceId).query((rs, n) -> row(rs)).optional();
	}

	public List<Row> list(long practiceId) {
		return jdbc.sql("select " + COLUMNS + " from post_series where practice_id = ? order by id desc")
			.param(practiceId).query((rs, n) -> row(rs)).list();
	}

	/** The series' posts, in time order. */
	public List<Long> occurrences(long practiceId, long seriesId) {
		return jdbc.sql("select id from post where series_id = ? and practice_id = ? order by scheduled_at, id")
			.params(seriesId, practiceId).query(Long.class).list();
	}

	public Optional<Long> seriesOf(long practiceId, long postId) {
		return jdbc.sql("select series_id from post where id = ? and practice_id = ? and series_id is not null")
			.params(postId, practiceId).query(Long.class).optional();
	}

	private static Row row(ResultSet rs) throws SQLException {
		var rule = new Recurrence(Recurrence.Frequency.valueOf(rs.getString(3)), rs.getObject(4, LocalDateTime.class),
				rs.getObject(5, LocalDate.class), (Integer) rs.getObject(6));
		return new Row(rs.getLong(1), rs.getLong(2), rule, rs.getString(7), rs.getObject(8, OffsetDateTime.class).toInstant());
	}
}
