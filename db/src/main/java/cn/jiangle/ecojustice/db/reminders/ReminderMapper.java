package cn.jiangle.ecojustice.db.reminders;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

interface ReminderMapper {

	record Row(long id, ReminderKind kind, String groupKey, String subject, Instant dueAt, Long caseId,
			Long obligationId, String reference, ReminderStatus status, String createdBy, String acknowledgedBy,
			Instant acknowledgedAt, Instant createdAt, Instant updatedAt, Long seriesId, LocalDate movedFrom) {
	}

	final class Key {

		Long id;

	}

	String REMINDER = """
			SELECT id, kind, group_key, subject, due_at, case_id, obligation_id, reference, status, created_by,
			    acknowledged_by, acknowledged_at, created_at, updated_at, series_id, moved_from FROM reminder""";

	String OCCURRENCE = """
			SELECT id, reminder_id, fire_at, phase, label, group_key, level, status, fired_at, catch_up
			FROM reminder_occurrence""";

	/** The subject is sealed bound to the id, so it is written by {@link #sealSubject} once the id is known. */
	@Insert("""
			INSERT INTO reminder (kind, group_key, subject, due_at, case_id, obligation_id, reference, status,
			    created_by, created_at, updated_at, series_id, series_revision, series_date, moved_from)
			VALUES (#{r.kind}, #{r.groupKey}, '', #{r.dueAt}, #{r.caseId}, #{r.obligationId}, #{r.reference},
			    'ACTIVE', #{createdBy}, #{now}, #{now}, #{s.seriesId}, #{s.revision}, #{s.date}, #{s.movedFrom})""")
	@Options(useGeneratedKeys = true, keyProperty = "key.id", keyColumn = "id")
	void insert(@Param("r") NewReminder reminder, @Param("s") SeriesPlace place, @Param("createdBy") String createdBy,
			@Param("now") Instant now, @Param("key") Key key);

	@Update("UPDATE reminder SET subject = #{sealed} WHERE id = #{id}")
	void sealSubject(@Param("id") long id, @Param("sealed") String sealed);

	/** Where an occurrence of a series sits (all null for a one-off reminder). */
	record SeriesPlace(Long seriesId, Integer revision, LocalDate date, LocalDate movedFrom) {

		static final SeriesPlace NONE = new SeriesPlace(null, null, null, null);

	}

	@Select("""
			SELECT COUNT(*) FROM reminder
			WHERE series_id = #{seriesId} AND series_revision = #{revision} AND series_date = #{date}""")
	int countSeriesDate(@Param("seriesId") long seriesId, @Param("revision") int revision,
			@Param("date") LocalDate date);

	@Select("SELECT COUNT(*) FROM reminder WHERE group_key = #{group} AND active_meeting_at = #{at}")
	int countActiveMeetings(@Param("group") String groupKey, @Param("at") Instant at);

	/** Open occurrences of a series still to come, for cancelling or replacing them. */
	@Select("""
			SELECT id FROM reminder
			WHERE series_id = #{seriesId} AND status IN ('ACTIVE', 'ACKNOWLEDGED') AND due_at > #{now}
			ORDER BY due_at, id""")
	List<Long> comingOfSeries(@Param("seriesId") long seriesId, @Param("now") Instant now);

	@Insert("INSERT INTO reminder_officer (reminder_id, userid) VALUES (#{id}, #{userid})")
	void addOfficer(@Param("id") long id, @Param("userid") String userid);

	@Insert("""
			INSERT INTO reminder_occurrence (reminder_id, fire_at, phase, label, group_key, level, status)
			VALUES (#{id}, #{p.fireAt}, #{p.phase}, #{p.label}, #{p.groupKey}, #{p.level}, 'PENDING')""")
	void addOccurrence(@Param("id") long reminderId, @Param("p") PlannedPush push);

	@Select(REMINDER + " WHERE id = #{id}")
	Row byId(@Param("id") long id);

	@Select(REMINDER + " WHERE id = #{id} FOR UPDATE")
	Row lockById(@Param("id") long id);

	@Select("SELECT userid FROM reminder_officer WHERE reminder_id = #{id} ORDER BY userid")
	List<String> officersOf(@Param("id") long id);

	/** A responsible officer of a reminder (loading a batch of reminders at once). */
	record OfficerOf(long reminderId, String userid) {
	}

	@Select("<script>" + REMINDER + """
			 WHERE id IN <foreach item='id' collection='ids' open='(' separator=',' close=')'>#{id}</foreach>
			</script>""")
	List<Row> byIds(@Param("ids") Collection<Long> ids);

	@Select("""
			<script>SELECT reminder_id, userid FROM reminder_officer
			WHERE reminder_id IN <foreach item='id' collection='ids' open='(' separator=',' close=')'>#{id}</foreach>
			ORDER BY reminder_id, userid</script>""")
	List<OfficerOf> officersOfAll(@Param("ids") Collection<Long> ids);

	@Select(REMINDER + """

			WHERE status IN ('ACTIVE', 'ACKNOWLEDGED')
			  AND (created_by = #{userid} OR id IN (SELECT reminder_id FROM reminder_officer WHERE userid = #{userid}))
			ORDER BY due_at, id LIMIT #{limit}""")
	List<Row> openFor(@Param("userid") String userid, @Param("limit") int limit);

	@Update("""
			UPDATE reminder SET status = #{status}, acknowledged_by = #{by}, acknowledged_at = #{at}, updated_at = #{now}
			WHERE id = #{id}""")
	int setStatus(@Param("id") long id, @Param("status") ReminderStatus status, @Param("by") String by,
			@Param("at") Instant at, @Param("now") Instant now);

	@Update("""
			UPDATE reminder SET due_at = #{dueAt}, status = 'ACTIVE', acknowledged_by = NULL, acknowledged_at = NULL,
			    moved_from = NULL, updated_at = #{now}
			WHERE id = #{id}""")
	int reschedule(@Param("id") long id, @Param("dueAt") Instant dueAt, @Param("now") Instant now);

	@Update("UPDATE reminder_occurrence SET status = 'CANCELLED' WHERE reminder_id = #{id} AND status = 'PENDING'")
	int cancelPending(@Param("id") long reminderId);

	@Update("""
			UPDATE reminder_occurrence SET status = 'CANCELLED'
			WHERE reminder_id = #{id} AND status = 'PENDING' AND phase = #{phase}""")
	int cancelPendingPhase(@Param("id") long reminderId, @Param("phase") Phase phase);

	@Select(OCCURRENCE + " WHERE reminder_id = #{id} ORDER BY fire_at, id")
	List<Occurrence> occurrencesOf(@Param("id") long reminderId);

	@Select(OCCURRENCE + " WHERE id = #{id}")
	Occurrence occurrence(@Param("id") long id);

	/*
	 * The due-time index: the oldest due pushes, skipping those another node holds. Held rows stay locked until the
	 * claimer's transaction (which also writes their outbox rows) commits or dies.
	 */
	@Select(OCCURRENCE + """

			WHERE status = 'PENDING' AND fire_at <= #{now}
			ORDER BY fire_at, id
			LIMIT #{limit}
			FOR UPDATE SKIP LOCKED""")
	List<Occurrence> claimDue(@Param("now") Instant now, @Param("limit") int limit);

	@Update("""
			UPDATE reminder_occurrence SET status = 'SENT', fired_at = #{now}, catch_up = #{catchUp}
			WHERE id = #{id} AND status = 'PENDING'""")
	int markFired(@Param("id") long id, @Param("now") Instant now, @Param("catchUp") boolean catchUp);

	@Update("""
			<script>UPDATE reminder_occurrence SET status = 'SENT', fired_at = #{now}, catch_up = #{catchUp}
			WHERE status = 'PENDING'
			  AND id IN <foreach item='id' collection='ids' open='(' separator=',' close=')'>#{id}</foreach></script>""")
	int markAllFired(@Param("ids") Collection<Long> ids, @Param("now") Instant now, @Param("catchUp") boolean catchUp);

	@Insert("""
			<script>INSERT INTO reminder_delivery (occurrence_id, destination, recipient, resend, outbox_id, created_at)
			VALUES <foreach item='d' collection='deliveries' separator=','>
			    (#{d.occurrenceId}, #{d.destination}, #{d.recipient}, #{d.resend}, #{d.outboxId}, #{now})</foreach></script>""")
	void addDeliveries(@Param("deliveries") List<NewDelivery> deliveries, @Param("now") Instant now);

	@Insert("""
			INSERT INTO reminder_delivery (occurrence_id, destination, recipient, resend, outbox_id, created_at)
			VALUES (#{occurrenceId}, #{destination}, #{recipient}, #{resend}, #{outboxId}, #{now})""")
	void addDelivery(@Param("occurrenceId") long occurrenceId, @Param("destination") String destination,
			@Param("recipient") String recipient, @Param("resend") int resend, @Param("outboxId") long outboxId,
			@Param("now") Instant now);

	@Select("SELECT COALESCE(MAX(resend), 0) FROM reminder_delivery WHERE occurrence_id = #{id}")
	int lastResend(@Param("id") long occurrenceId);

	@Select("""
			SELECT d.id, d.occurrence_id, d.destination, d.recipient, d.resend, d.outbox_id, d.created_at,
			    o.status, o.attempts, o.last_error, o.sent_at
			FROM reminder_delivery d JOIN outbox_message o ON o.id = d.outbox_id
			WHERE d.occurrence_id IN (SELECT id FROM reminder_occurrence WHERE reminder_id = #{id})
			ORDER BY d.id""")
	List<Delivery> deliveriesOf(@Param("id") long reminderId);

	@Select("""
			SELECT r.kind AS kind,
			    CASE WHEN o.status = 'SENT' THEN 'sent' WHEN o.status = 'DEAD' THEN 'dead'
			         WHEN o.attempts > 0 THEN 'failed' ELSE 'pending' END AS state,
			    COUNT(*) AS n
			FROM reminder_delivery d
			JOIN outbox_message o ON o.id = d.outbox_id
			JOIN reminder_occurrence oc ON oc.id = d.occurrence_id
			JOIN reminder r ON r.id = oc.reminder_id
			GROUP BY r.kind, state""")
	List<Map<String, Object>> deliveryCounts();

	@Select("""
			SELECT r.kind AS kind, 'scheduled' AS state, COUNT(*) AS n
			FROM reminder_occurrence oc JOIN reminder r ON r.id = oc.reminder_id
			WHERE oc.status = 'PENDING'
			GROUP BY r.kind""")
	List<Map<String, Object>> scheduledCounts();

	@Insert("INSERT IGNORE INTO reminder_notice (notice_key, created_at) VALUES (#{key}, #{now})")
	int notice(@Param("key") String key, @Param("now") Instant now);

}
