package cn.jiangle.ecojustice.db.wecom;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Arg;
import org.apache.ibatis.annotations.ConstructorArgs;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.ResultMap;
import org.apache.ibatis.annotations.Results;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** content, event_key and scene_param are stored sealed (bound to dedupe_key) and opened by {@link InboundTextTypeHandler}. */
interface InboundEventMapper {

	String COLUMNS = """
			id, dedupe_key, channel, kind, msg_type, from_user, open_kf_id, content, event_key, scene_param, task_id, sync_token,
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
	 * The oldest due event nobody holds a live claim on and whose sender has no earlier unhandled one (so one user's
	 * messages are handled in order); rows another worker is claiming right now are skipped, not waited for. A locking
	 * read does not lock the subquery's rows.
	 */
	@Select("SELECT " + COLUMNS + """

			FROM wecom_inbound_event e
			WHERE e.status = 'PENDING' AND e.next_attempt_at <= #{now}
			  AND (e.claimed_until IS NULL OR e.claimed_until < #{now})
			  AND NOT EXISTS (SELECT 1 FROM wecom_inbound_event p
			                  WHERE p.channel = e.channel AND p.from_user = e.from_user AND p.status = 'PENDING'
			                    AND p.id < e.id)
			ORDER BY e.id
			LIMIT 1
			FOR UPDATE SKIP LOCKED""")
	@ResultMap("event")
	InboundEvent claimNext(@Param("now") Instant now);

	@Update("UPDATE wecom_inbound_event SET claimed_by = #{token}, claimed_until = #{until} WHERE id = #{id}")
	int claim(@Param("id") long id, @Param("token") String token, @Param("until") Instant until);

	@Select("""
			SELECT id FROM wecom_inbound_event
			WHERE id = #{id} AND status = 'PENDING' AND claimed_by = #{token}
			FOR UPDATE""")
	Long holdClaim(@Param("id") long id, @Param("token") String token);

	@Update("""
			UPDATE wecom_inbound_event SET claimed_by = NULL, claimed_until = NULL, next_attempt_at = #{next}
			WHERE id = #{id} AND status = 'PENDING' AND claimed_by = #{token}""")
	int release(@Param("id") long id, @Param("token") String token, @Param("next") Instant next);

	/* The sender's unhandled events that no other worker is holding (plus the caller's own claimed one). */
	@Update("""
			UPDATE wecom_inbound_event SET status = 'SHED', handled_at = #{now}, content = NULL, claimed_by = NULL,
			    claimed_until = NULL
			WHERE channel = #{channel} AND from_user = #{fromUser} AND status = 'PENDING'
			  AND (id = #{id} OR claimed_until IS NULL OR claimed_until < #{now})""")
	int shed(@Param("channel") String channel, @Param("fromUser") String fromUser, @Param("id") long id,
			@Param("now") Instant now);

	@Select("""
			SELECT COUNT(*) FROM wecom_inbound_event
			WHERE channel = #{channel} AND from_user = #{fromUser} AND created_at > #{since}""")
	int countSince(@Param("channel") String channel, @Param("fromUser") String fromUser,
			@Param("since") Instant since);

	@Select("""
			SELECT COUNT(*) FROM wecom_inbound_event
			WHERE channel = #{channel} AND from_user = #{fromUser} AND status = #{status}""")
	long countBySender(@Param("channel") String channel, @Param("fromUser") String fromUser,
			@Param("status") String status);

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
	@Results(id = "event", value = {})
	@ConstructorArgs({ @Arg(column = "id", javaType = long.class), @Arg(column = "channel", javaType = String.class),
			@Arg(column = "kind", javaType = String.class), @Arg(column = "msg_type", javaType = String.class),
			@Arg(column = "from_user", javaType = String.class), @Arg(column = "open_kf_id", javaType = String.class),
			@Arg(column = "content", javaType = String.class, typeHandler = InboundTextTypeHandler.class),
			@Arg(column = "event_key", javaType = String.class, typeHandler = InboundTextTypeHandler.class),
			@Arg(column = "scene_param", javaType = String.class, typeHandler = InboundTextTypeHandler.class),
			@Arg(column = "task_id", javaType = String.class), @Arg(column = "sync_token", javaType = String.class),
			@Arg(column = "welcome_code", javaType = String.class),
			@Arg(column = "created_at", javaType = Instant.class),
			@Arg(column = "received_at", javaType = Instant.class), @Arg(column = "status", javaType = String.class),
			@Arg(column = "attempts", javaType = int.class), @Arg(column = "next_attempt_at", javaType = Instant.class),
			@Arg(column = "handled_at", javaType = Instant.class),
			@Arg(column = "last_error", javaType = String.class) })
	InboundEvent find(@Param("id") long id);

	@Select("SELECT " + COLUMNS + " FROM wecom_inbound_event WHERE dedupe_key = #{dedupeKey}")
	@ResultMap("event")
	InboundEvent findByDedupeKey(@Param("dedupeKey") String dedupeKey);

	@Update("""
			UPDATE wecom_inbound_event SET status = 'HANDLED', handled_at = #{now}, last_error = NULL, content = NULL,
			    claimed_by = NULL, claimed_until = NULL
			WHERE id = #{id} AND status = 'PENDING'""")
	int markHandled(@Param("id") long id, @Param("now") Instant now);

	@Update("""
			UPDATE wecom_inbound_event SET attempts = attempts + 1, next_attempt_at = #{next}, last_error = #{error},
			    claimed_by = NULL, claimed_until = NULL
			WHERE id = #{id} AND status = 'PENDING'""")
	int retryLater(@Param("id") long id, @Param("next") Instant next, @Param("error") String error);

	@Update("""
			UPDATE wecom_inbound_event SET status = 'FAILED', attempts = attempts + 1, handled_at = #{now},
			    last_error = #{error}, content = NULL, claimed_by = NULL, claimed_until = NULL
			WHERE id = #{id} AND status = 'PENDING'""")
	int markFailed(@Param("id") long id, @Param("now") Instant now, @Param("error") String error);

	@Select("SELECT COUNT(*) FROM wecom_inbound_event WHERE status = 'PENDING'")
	long countPending();

	@Select("SELECT COUNT(*) FROM wecom_inbound_event")
	long countAll();

}
