package cn.jiangle.ecojustice.db.outbox;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

interface OutboxMapper {

	String COLUMNS = """
			id, destination, recipient, open_kf_id, welcome_code, format, body, purpose, source_event_id, status,
			attempts, next_attempt_at, last_attempt_at, last_error, created_at, sent_at, unknown_outcomes, unknown_since""";

	final class Row {

		Long id;

	}

	@Insert("""
			INSERT INTO outbox_message (destination, recipient, open_kf_id, welcome_code, recipient_key, format, body,
			    purpose, source_event_id, status, attempts, next_attempt_at, created_at, idempotency_key,
			    idempotency_part)
			VALUES (#{m.destination}, #{m.recipient}, #{m.openKfId}, #{m.welcomeCode}, #{recipientKey}, #{m.format},
			    #{body}, #{m.purpose}, #{m.sourceEventId}, 'PENDING', 0, #{now}, #{now}, #{key}, #{part})""")
	@Options(useGeneratedKeys = true, keyProperty = "row.id", keyColumn = "id")
	void insert(@Param("m") OutboundMessage message, @Param("body") String body,
			@Param("recipientKey") String recipientKey, @Param("now") Instant now, @Param("key") String key,
			@Param("part") int part, @Param("row") Row row);

	@Select("SELECT id FROM outbox_message WHERE idempotency_key = #{key} ORDER BY idempotency_part")
	List<Long> idsByKey(@Param("key") String key);

	/* a locking read sees the latest committed rows even under REPEATABLE READ (after losing an insert race) */
	@Select("SELECT id FROM outbox_message WHERE idempotency_key = #{key} ORDER BY idempotency_part LOCK IN SHARE MODE")
	List<Long> idsByKeyCommitted(@Param("key") String key);

	/** A part of a message to insert with {@link #insertAll}. */
	record NewRow(OutboundMessage message, String recipientKey, String key, int part) {
	}

	/** An existing row of an idempotency key. */
	record KeyedId(String idempotencyKey, int idempotencyPart, long id) {
	}

	/** Sealed body for a row, for {@link #sealAll}. */
	record SealedBody(long id, String body) {
	}

	@Insert("""
			<script>INSERT INTO outbox_message (destination, recipient, open_kf_id, welcome_code, recipient_key, format,
			    body, purpose, source_event_id, status, attempts, next_attempt_at, created_at, idempotency_key,
			    idempotency_part)
			VALUES <foreach item='r' collection='rows' separator=','>(#{r.message.destination}, #{r.message.recipient},
			    #{r.message.openKfId}, #{r.message.welcomeCode}, #{r.recipientKey}, #{r.message.format}, '',
			    #{r.message.purpose}, #{r.message.sourceEventId}, 'PENDING', 0, #{now}, #{now}, #{r.key}, #{r.part})</foreach>
			</script>""")
	int insertAll(@Param("rows") List<NewRow> rows, @Param("now") Instant now);

	@Select("""
			<script>SELECT idempotency_key, idempotency_part, id FROM outbox_message
			WHERE idempotency_key IN <foreach item='k' collection='keys' open='(' separator=',' close=')'>#{k}</foreach>
			</script>""")
	List<KeyedId> idsByKeys(@Param("keys") Collection<String> keys);

	@Update("""
			<script>UPDATE outbox_message SET body = CASE id
			<foreach item='s' collection='sealed'>WHEN #{s.id} THEN #{s.body} </foreach>END
			WHERE id IN <foreach item='s' collection='sealed' open='(' separator=',' close=')'>#{s.id}</foreach></script>""")
	int sealAll(@Param("sealed") List<SealedBody> sealed);

	/** The body is sealed bound to the row's id, so it is written once the INSERT allocated that id. */
	@Update("UPDATE outbox_message SET body = #{body} WHERE id = #{id}")
	int sealBody(@Param("id") long id, @Param("body") String body);

	/** Deletes up to {@code limit} messages sent before {@code before}, oldest first. */
	@Delete("""
			DELETE FROM outbox_message WHERE status = 'SENT' AND sent_at < #{before}
			ORDER BY id LIMIT #{limit}""")
	int purgeSent(@Param("before") Instant before, @Param("limit") int limit);

	/*
	 * Due rows that are the head of their recipient's queue (the oldest PENDING or SENDING one), skipping rows another
	 * node holds. So one recipient's messages go out in order, one at a time, which also makes the throttle's count
	 * exact without further locks. The subquery is a plain (non-locking) read.
	 */
	@Select("SELECT " + COLUMNS + """

			FROM outbox_message o
			WHERE o.status = 'PENDING' AND o.next_attempt_at <= #{now}
			  AND o.id = (SELECT MIN(h.id) FROM outbox_message h
			              WHERE h.recipient_key = o.recipient_key AND h.status IN ('PENDING', 'SENDING'))
			ORDER BY o.id
			LIMIT #{limit}
			FOR UPDATE SKIP LOCKED""")
	List<OutboxEntry> dueHeads(@Param("now") Instant now, @Param("limit") int limit);

	@Select("""
			SELECT COUNT(*) FROM outbox_message
			WHERE recipient_key = #{recipientKey} AND last_attempt_at > #{since}""")
	int attemptsSince(@Param("recipientKey") String recipientKey, @Param("since") Instant since);

	@Select("""
			SELECT MIN(last_attempt_at) FROM outbox_message
			WHERE recipient_key = #{recipientKey} AND last_attempt_at > #{since}""")
	Instant oldestAttemptSince(@Param("recipientKey") String recipientKey, @Param("since") Instant since);

	@Update("UPDATE outbox_message SET next_attempt_at = #{next} WHERE id = #{id}")
	int defer(@Param("id") long id, @Param("next") Instant next);

	@Update("""
			UPDATE outbox_message
			SET status = 'SENDING', attempts = attempts + 1, last_attempt_at = #{now}, lease_until = #{leaseUntil}
			WHERE id = #{id} AND status = 'PENDING'""")
	int lease(@Param("id") long id, @Param("now") Instant now, @Param("leaseUntil") Instant leaseUntil);

	@Update("""
			UPDATE outbox_message SET status = 'SENT', sent_at = #{now}, lease_until = NULL, last_error = NULL
			WHERE id = #{id} AND status = 'SENDING' AND attempts = #{attempt}""")
	int markSent(@Param("id") long id, @Param("attempt") int attempt, @Param("now") Instant now);

	@Update("""
			UPDATE outbox_message SET status = 'PENDING', next_attempt_at = #{next}, lease_until = NULL,
			    last_error = #{error}, unknown_outcomes = unknown_outcomes + #{unknown},
			    unknown_since = IF(#{unknown} = 1, COALESCE(unknown_since, last_attempt_at), unknown_since)
			WHERE id = #{id} AND status = 'SENDING' AND attempts = #{attempt}""")
	int retryLater(@Param("id") long id, @Param("attempt") int attempt, @Param("next") Instant next,
			@Param("error") String error, @Param("unknown") int unknown);

	@Update("""
			UPDATE outbox_message SET status = 'DEAD', lease_until = NULL, last_error = #{error},
			    unknown_outcomes = unknown_outcomes + #{unknown},
			    unknown_since = IF(#{unknown} = 1, COALESCE(unknown_since, last_attempt_at), unknown_since)
			WHERE id = #{id} AND status = 'SENDING' AND attempts = #{attempt}""")
	int markDead(@Param("id") long id, @Param("attempt") int attempt, @Param("error") String error,
			@Param("unknown") int unknown);

	@Select("SELECT " + COLUMNS + """

			FROM outbox_message
			WHERE status = 'SENDING' AND lease_until < #{now}
			ORDER BY id
			LIMIT #{limit}
			FOR UPDATE SKIP LOCKED""")
	List<OutboxEntry> expiredLeases(@Param("now") Instant now, @Param("limit") int limit);

	/* the vanished sender's attempt may have reached WeCom: its outcome is unknown */
	@Update("""
			UPDATE outbox_message SET status = 'PENDING', lease_until = NULL, next_attempt_at = #{now},
			    last_error = 'lease expired', unknown_outcomes = unknown_outcomes + 1,
			    unknown_since = COALESCE(unknown_since, last_attempt_at)
			WHERE id = #{id} AND status = 'SENDING' AND attempts = #{attempt}""")
	int releaseExpired(@Param("id") long id, @Param("attempt") int attempt, @Param("now") Instant now);

	@Select("SELECT " + COLUMNS + " FROM outbox_message WHERE id = #{id}")
	OutboxEntry find(@Param("id") long id);

	@Select("SELECT " + COLUMNS + """

			FROM outbox_message WHERE destination = #{destination} AND recipient = #{recipient} ORDER BY id""")
	List<OutboxEntry> findByRecipient(@Param("destination") String destination, @Param("recipient") String recipient);

	@Select("SELECT " + COLUMNS + " FROM outbox_message WHERE source_event_id = #{eventId} ORDER BY id")
	List<OutboxEntry> findBySourceEvent(@Param("eventId") long eventId);

	@Select("""
			SELECT COUNT(*) FROM outbox_message
			WHERE recipient_key = #{recipientKey} AND destination = 'KF_CUSTOMER' AND format <> 'KF_TRANS'
			  AND (status IN ('PENDING', 'SENDING') OR (status = 'SENT' AND sent_at >= #{since}))""")
	int countToCustomerSince(@Param("recipientKey") String recipientKey, @Param("since") Instant since);

	@Select("SELECT COUNT(*) FROM outbox_message WHERE status = #{status}")
	long countByStatus(@Param("status") String status);

}
