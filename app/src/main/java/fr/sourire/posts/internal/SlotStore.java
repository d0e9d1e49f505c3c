package fr.sourire.posts.internal;

import fr.sourire.posts.PostSlot;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Plain SQL for the practices' weekly slots. */
@Repository
public class SlotStore {

	private final JdbcClient jdbc;

	SlotStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<PostSlot> list(long practiceId) {
		return jdbc.sql("select id, day_of_week, slot_time from post_slot where practice_id = ? order by day_of_week, slot_time")
			.param(practiceId)
			.query((rs, n) -> new PostSlot(rs.getLong(1), DayOfWeek.of(rs.getInt(2)), rs.getObject(3, LocalTime.class)))
			.list();
	}

	/** Locks the practice's slots until the end of the transaction: two posts queued at once never take one slot. */
	public void lock(long practiceId) {
		jdbc.sql("select id from post_slot where practice_id = ? for update").param(practiceId).query(Long.class).list();
	}

	public boolean exists(long practiceId, DayOfWeek day, LocalTime time) {
		return jdbc.sql("select count(*) from post_slot where practice_id = ? and day_of_week = ? and slot_time = ?")
			.params(practiceId, day.getValue(), time).query(Long.class).single() > 0;
	}

	public long insert(long practiceId, DayOfWeek day, LocalTime time) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("insert into post_slot (practice_id, day_of_week, slot_time) values (?, ?, ?)")
			.params(practiceId, day.getValue(), time).update(keys, "id");
		return keys.getKey().longValue();
	}

	/** @return whether a slot of this practice was removed */
	public boolean delete(long practiceId, long slotId) {
		return jdbc.sql("delete from post_slot where id = ? and practice_id = ?").params(slotId, practiceId).update() > 0;
	}
}
