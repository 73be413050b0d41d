package cn.jiangle.ecojustice.db.wecom;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

interface InboundEventMapper {

	String COLUMNS = """
			id, channel, kind, msg_type, from_user, open_kf_id, content, event_key, scene_param, task_id, sync_token,
			welcome_code, created_at, received_at, status, attempts, next_attempt_at, handled_at, last_error""";

	final class Row {

		Long id;

	}

	@Insert("""
			INSERT INTO wecom_inbound_event (dedupe_key, channel, kind, msg_type, from_user, open_kf_id, content,
			    event_key, scene_param, task_id, sync_token, welcome_code, created_at, received_at, status, attempts,
			    next_attempt_at)
			VALUES (#{e.dedupeKey}, #{e.channel}, #{e.kind}, #{e.msgType}, #{e.fromUser}, #{e.openKfId}, #{e.content},
			    #{e.eventKey}, #{e.sceneParam}, #{e.taskId}, #{e.syncToken}, #{e.welcomeCode}, #{e.createdAt},
			    #{now}, 'PENDING', 0, #{now})""")
	@Options(useGeneratedKeys = true, keyProperty = "row.id", keyColumn = "id")
	void insert(@Param("e") NewInboundEvent event, @Param("now") Instant now, @Param("row") Row row);

	/*
	 * The oldest due event whose sender has no earlier unhandled one (so one user's messages are handled in order); rows
	 * another worker holds are skipped, not waited for. A locking read does not lock the subquery's rows.
	 */
	@Select("SELECT " + COLUMNS + """

			FROM wecom_inbound_event e
			WHERE e.status = 'PENDING' AND e.next_attempt_at <= #{now}
			  AND NOT EXISTS (SELECT 1 FROM wecom_inbound_event p
			                  WHERE p.channel = e.channel AND p.from_user = e.from_user AND p.status = 'PENDING'
			                    AND p.id < e.id)
			ORDER BY e.id
			LIMIT 1
			FOR UPDATE SKIP LOCKED""")
	InboundEvent claimNext(@Param("now") Instant now);

	/*
	 * Group commit of the callback path: many deliveries in one statement. A key already stored (or repeated within
	 * the batch) changes nothing; any other error (a value too long) fails the statement, never truncates silently.
	 */
	@Insert("""
			<script>
			INSERT INTO wecom_inbound_event (dedupe_key, channel, kind, msg_type, from_user, open_kf_id, content,
			    event_key, scene_param, task_id, sync_token, welcome_code, created_at, received_at, status, attempts,
			    next_attempt_at)
			VALUES
			<foreach collection="events" item="e" separator=",">
			(#{e.dedupeKey}, #{e.channel}, #{e.kind}, #{e.msgType}, #{e.fromUser}, #{e.openKfId}, #{e.content},
			    #{e.eventKey}, #{e.sceneParam}, #{e.taskId}, #{e.syncToken}, #{e.welcomeCode}, #{e.createdAt},
			    #{now}, 'PENDING', 0, #{now})
			</foreach>
			ON DUPLICATE KEY UPDATE id = id
			</script>""")
	int insertAll(@Param("events") List<NewInboundEvent> events, @Param("now") Instant now);

	@Select("""
			<script>
			SELECT dedupe_key FROM wecom_inbound_event WHERE dedupe_key IN
			<foreach collection="keys" item="key" open="(" separator="," close=")">#{key}</foreach>
			</script>""")
	List<String> existingKeys(@Param("keys") List<String> keys);

	@Select("SELECT " + COLUMNS + " FROM wecom_inbound_event WHERE id = #{id}")
	InboundEvent find(@Param("id") long id);

	@Select("SELECT " + COLUMNS + " FROM wecom_inbound_event WHERE dedupe_key = #{dedupeKey}")
	InboundEvent findByDedupeKey(@Param("dedupeKey") String dedupeKey);

	@Update("""
			UPDATE wecom_inbound_event SET status = 'HANDLED', handled_at = #{now}, last_error = NULL, content = NULL
			WHERE id = #{id} AND status = 'PENDING'""")
	int markHandled(@Param("id") long id, @Param("now") Instant now);

	@Update("""
			UPDATE wecom_inbound_event SET attempts = attempts + 1, next_attempt_at = #{next}, last_error = #{error}
			WHERE id = #{id} AND status = 'PENDING'""")
	int retryLater(@Param("id") long id, @Param("next") Instant next, @Param("error") String error);

	@Update("""
			UPDATE wecom_inbound_event SET status = 'FAILED', attempts = attempts + 1, handled_at = #{now},
			    last_error = #{error}, content = NULL
			WHERE id = #{id} AND status = 'PENDING'""")
	int markFailed(@Param("id") long id, @Param("now") Instant now, @Param("error") String error);

	@Select("SELECT COUNT(*) FROM wecom_inbound_event WHERE status = 'PENDING'")
	long countPending();

	@Select("SELECT COUNT(*) FROM wecom_inbound_event")
	long countAll();

}
