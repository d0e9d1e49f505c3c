package fr.sourire.posts.internal;

import fr.sourire.engine.PostCategory;
import fr.sourire.posts.Post;
import fr.sourire.posts.PostDraft;
import fr.sourire.posts.PostNotFoundException;
import fr.sourire.posts.PostState;
import fr.sourire.posts.PostTarget;
import fr.sourire.posts.TargetStatus;
import fr.sourire.publishing.Network;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Plain SQL for posts and their targets. Every lookup by id also names the practice. */
@Repository
public class PostStore {

	private static final String POST_COLUMNS = """
			id, practice_id, category, text, scheduled_at, state, created_by, created_at, updated_at, change_request,
			approved_hash, approved_by, approved_at, approval_findings, warnings_acknowledged, late""";

	private final JdbcClient jdbc;

	PostStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Post> list(long practiceId) {
		return jdbc.sql("select " + POST_COLUMNS + " from post where practice_id = ? order by coalesce(scheduled_at, created_at) desc, id desc")
			.param(practiceId).query((rs, n) -> post(rs, targets(rs.getLong("id")), mediaIds(rs.getLong("id")))).list();
	}

	public List<Post> between(long practiceId, Instant from, Instant to) {
		return jdbc.sql("select " + POST_COLUMNS + " from post where practice_id = ? and scheduled_at >= ? and scheduled_at < ? and state <> 'WITHDRAWN' order by scheduled_at, id")
			.params(practiceId, ts(from), ts(to)).query((rs, n) -> post(rs, targets(rs.getLong("id")), mediaIds(rs.getLong("id")))).list();
	}

	public Optional<Post> find(long practiceId, long postId) {
		return jdbc.sql("select " + POST_COLUMNS + " from post where id = ? and practice_id = ?")
			.params(postId, practiceId).query((rs, n) -> post(rs, targets(postId), mediaIds(postId))).optional();
	}

	public Post get(long practiceId, long postId) {
		return find(practiceId, postId).orElseThrow(() -> new PostNotFoundException(postId));
	}

	/** Locks the post's row for the rest of the transaction (two clicks, two instances). */
	public Post lock(long practiceId, long postId) {
		jdbc.sql("select id from post where id = ? and practice_id = ? for update").params(postId, practiceId)
			.query(Long.class).optional().orElseThrow(() -> new PostNotFoundException(postId));
		return get(practiceId, postId);
	}

	/** The post a target belongs to, whatever the practice (for jobs, which carry only the target id). */
	public Optional<Long> practiceOfTarget(long targetId) {
		return jdbc.sql("select practice_id from post_target where id = ?").param(targetId).query(Long.class).optional();
	}

	public Optional<Long> postOfTarget(long targetId) {
		return jdbc.sql("select post_id from post_target where id = ?").param(targetId).query(Long.class).optional();
	}

	public long insert(long practiceId, PostDraft draft, String actor, Instant now) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into post (practice_id, category, text, scheduled_at, state, created_by, created_at, updated_at)
				values (?, ?, ?, ?, 'DRAFT', ?, ?, ?)""")
			.params(practiceId, draft.category().name(), draft.text(), ts(draft.scheduledAt()), actor, ts(now), ts(now))
			.update(keys, "id");
		long id = keys.getKey().longValue();
		replaceTargets(practiceId, id, draft);
		replaceMedia(id, draft.mediaIds());
		return id;
	}

	public void updateContent(long practiceId, long postId, PostDraft draft, Instant now) {
		jdbc.sql("update post set category = ?, text = ?, scheduled_at = ?, updated_at = ? where id = ? and practice_id = ?")
			.params(draft.category().name(), draft.text(), ts(draft.scheduledAt()), ts(now), postId, practiceId).update();
		replaceTargets(practiceId, postId, draft);
		replaceMedia(postId, draft.mediaIds());
	}

	/** Called after the practice was checked: the post's row names it. */
	private void replaceMedia(long postId, List<Long> mediaIds) {
		jdbc.sql("delete from post_media where post_id = ?").param(postId).update();
		for (int i = 0; i < mediaIds.size(); i++) {
			jdbc.sql("insert into post_media (post_id, position, media_id) values (?, ?, ?)").params(postId, i, mediaIds.get(i)).update();
		}
	}

	/** Posts of the practice in one of {@code states} that carry this photo, for all their networks or for one. */
	public List<Long> postsWithMedia(long practiceId, long mediaId, List<PostState> states) {
		return jdbc.sql("""
				select p.id from post p where p.practice_id = :practice and p.state in (:states)
				and (exists (select 1 from post_media m where m.post_id = p.id and m.media_id = :media)
				or exists (select 1 from post_target t join post_target_media tm on tm.target_id = t.id
				where t.post_id = p.id and tm.media_id = :media)) order by p.id""")
			.param("practice", practiceId).param("media", mediaId)
			.param("states", states.stream().map(PostState::name).toList())
			.query(Long.class).list();
	}

	public void updateTime(long practiceId, long postId, Instant scheduledAt, Instant now) {
		jdbc.sql("update post set scheduled_at = ?, updated_at = ?, late = false where id = ? and practice_id = ?")
			.params(ts(scheduledAt), ts(now), postId, practiceId).update();
	}

	private void replaceTargets(long practiceId, long postId, PostDraft draft) {
		jdbc.sql("delete from post_target where post_id = ? and practice_id = ?").params(postId, practiceId).update();
		for (var t : draft.targets()) {
			var keys = new GeneratedKeyHolder();
			jdbc.sql("""
					insert into post_target (post_id, practice_id, network, variant_text, first_comment, own_media, status)
					values (?, ?, ?, ?, ?, ?, 'PENDING')""")
				.params(postId, practiceId, t.network().name(), t.variantText(), t.firstComment(), t.mediaIds() != null)
				.update(keys, "id");
			long targetId = keys.getKey().longValue();
			var own = t.mediaIds() == null ? List.<Long>of() : t.mediaIds();
			for (int i = 0; i < own.size(); i++) {
				jdbc.sql("insert into post_target_media (target_id, position, media_id) values (?, ?, ?)")
					.params(targetId, i, own.get(i)).update();
			}
		}
	}

	public void setState(long practiceId, long postId, PostState state, Instant now) {
		jdbc.sql("update post set state = ?, updated_at = ? where id = ? and practice_id = ?")
			.params(state.name(), ts(now), postId, practiceId).update();
	}

	public void setChangeRequest(long practiceId, long postId, String comment) {
		jdbc.sql("update post set change_request = ? where id = ? and practice_id = ?").params(comment, postId, practiceId).update();
	}

	public void approve(long practiceId, long postId, String hash, String dentist, Instant at, String findings,
			boolean acknowledged) {
		jdbc.sql("""
				update post set approved_hash = ?, approved_by = ?, approved_at = ?, approval_findings = ?,
				warnings_acknowledged = ?, change_request = null, state = 'SCHEDULED', updated_at = ?
				where id = ? and practice_id = ?""")
			.params(hash, dentist, ts(at), findings, acknowledged, ts(at), postId, practiceId).update();
	}

	public void voidApproval(long practiceId, long postId) {
		jdbc.sql("""
				update post set approved_hash = null, approved_by = null, approved_at = null, approval_findings = null,
				warnings_acknowledged = false where id = ? and practice_id = ?""").params(postId, practiceId).update();
	}

	public void setLate(long postId) {
		jdbc.sql("update post set late = true where id = ?").param(postId).update();
	}

	public void targetScheduled(long targetId, String idempotencyKey) {
		jdbc.sql("update post_target set status = 'SCHEDULED', idempotency_key = ?, attempts = 0, reason = null, raw_answer = null where id = ?")
			.params(idempotencyKey, targetId).update();
	}

	public void targetStatus(long targetId, TargetStatus status) {
		jdbc.sql("update post_target set status = ? where id = ?").params(status.name(), targetId).update();
	}

	public void targetPublished(long targetId, String platformId, String permalink, Instant at) {
		jdbc.sql("""
				update post_target set status = 'PUBLISHED', platform_id = ?, permalink = ?, published_at = ?,
				reason = null, next_attempt_at = null where id = ?""")
			.params(platformId, permalink, ts(at), targetId).update();
	}

	public void targetRetrying(long targetId, String reason, String raw, Instant next) {
		jdbc.sql("update post_target set status = 'RETRYING', reason = ?, raw_answer = ?, attempts = attempts + 1, next_attempt_at = ? where id = ?")
			.params(reason, raw, ts(next), targetId).update();
	}

	public void targetFailed(long targetId, String reason, String raw) {
		jdbc.sql("update post_target set status = 'FAILED', reason = ?, raw_answer = ?, attempts = attempts + 1, next_attempt_at = null where id = ?")
			.params(reason, raw, targetId).update();
	}

	/** Targets still waiting whose post's time is more than {@code grace} ago and not yet flagged. */
	public List<long[]> lateTargets(Instant before) {
		return jdbc.sql("""
				select p.practice_id, p.id from post p where p.late = false and p.state = 'SCHEDULED' and p.scheduled_at < ?
				and exists (select 1 from post_target t where t.post_id = p.id and t.status in ('SCHEDULED', 'RETRYING')
				and (t.next_attempt_at is null or t.next_attempt_at < ?))""")
			.params(ts(before), ts(before)).query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) }).list();
	}

	/** Approved posts whose time is before {@code before} and that have not settled. */
	public List<long[]> overdueApprovals(Instant before) {
		return jdbc.sql("select practice_id, id from post where state = 'SCHEDULED' and scheduled_at < ? order by id")
			.param(ts(before)).query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) }).list();
	}

	private List<PostTarget> targets(long postId) {
		return jdbc.sql("""
				select id, network, variant_text, first_comment, status, platform_id, permalink, reason, raw_answer,
				attempts, next_attempt_at, published_at, own_media from post_target where post_id = ? order by id""")
			.param(postId)
			.query((rs, n) -> new PostTarget(rs.getLong(1), Network.valueOf(rs.getString(2)), rs.getString(3),
					rs.getString(4), rs.getBoolean(13) ? targetMediaIds(rs.getLong(1)) : null,
					TargetStatus.valueOf(rs.getString(5)), rs.getString(6), rs.getString(7),
					rs.getString(8), rs.getString(9), rs.getInt(10), instant(rs, 11), instant(rs, 12)))
			.list();
	}

	private List<Long> targetMediaIds(long targetId) {
		return jdbc.sql("select media_id from post_target_media where target_id = ? order by position").param(targetId)
			.query(Long.class).list();
	}

	private List<Long> mediaIds(long postId) {
		return jdbc.sql("select media_id from post_media where post_id = ? order by position").param(postId).query(Long.class).list();
	}

	private static Post post(ResultSet rs, List<PostTarget> targets, List<Long> mediaIds) throws SQLException {
		return new Post(rs.getLong("id"), rs.getLong("practice_id"), PostCategory.valueOf(rs.getString("category")),
				rs.getString("text"), instant(rs, "scheduled_at"), PostState.valueOf(rs.getString("state")),
				rs.getString("created_by"), instant(rs, "created_at"), instant(rs, "updated_at"),
				rs.getString("change_request"), rs.getString("approved_hash"), rs.getString("approved_by"),
				instant(rs, "approved_at"), rs.getString("approval_findings"), rs.getBoolean("warnings_acknowledged"),
				rs.getBoolean("late"), targets, mediaIds);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		var value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	private static Instant instant(ResultSet rs, int column) throws SQLException {
		var value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	static OffsetDateTime ts(Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}

}
