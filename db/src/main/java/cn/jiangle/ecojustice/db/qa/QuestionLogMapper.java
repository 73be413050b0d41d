package cn.jiangle.ecojustice.db.qa;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Arg;
import org.apache.ibatis.annotations.ConstructorArgs;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.ResultMap;
import org.apache.ibatis.annotations.Results;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

interface QuestionLogMapper {

	/** A qa_answer row; clause ids still as their JSON text. */
	record Row(long id, String officerUserid, Long eventId, String question, String clauseIds, String mode,
			boolean abstained, String reply, int latencyMs, String feedbackTaskId, Instant createdAt) {
	}

	/** Insert parameters; {@code id} is filled in by the insert. */
	final class NewRow {

		public Long id;

		public final String officerUserid;

		public final Long eventId;

		public final String question;

		public final String clauseIds;

		public final String mode;

		public final boolean abstained;

		public final String reply;

		public final int latencyMs;

		public final String feedbackTaskId;

		public final Instant createdAt;

		NewRow(String officerUserid, Long eventId, String question, String clauseIds, String mode, boolean abstained,
				String reply, int latencyMs, String feedbackTaskId, Instant createdAt) {
			this.officerUserid = officerUserid;
			this.eventId = eventId;
			this.question = question;
			this.clauseIds = clauseIds;
			this.mode = mode;
			this.abstained = abstained;
			this.reply = reply;
			this.latencyMs = latencyMs;
			this.feedbackTaskId = feedbackTaskId;
			this.createdAt = createdAt;
		}

	}

	String ANSWER = """
			SELECT id, officer_userid, event_id, question, clause_ids, mode, abstained, reply, latency_ms,
			       feedback_task_id, created_at
			FROM qa_answer
			""";

	@Insert("""
			INSERT INTO qa_answer (officer_userid, event_id, question, clause_ids, mode, abstained, reply, latency_ms,
			    feedback_task_id, created_at)
			VALUES (#{officerUserid}, #{eventId}, #{question}, #{clauseIds}, #{mode}, #{abstained}, #{reply},
			    #{latencyMs}, #{feedbackTaskId}, #{createdAt})""")
	@Options(useGeneratedKeys = true, keyProperty = "id", keyColumn = "id")
	void insert(NewRow row);

	/** Question and reply are sealed bound to the row's id, so they are written once the INSERT allocated it. */
	@Update("UPDATE qa_answer SET question = #{question}, reply = #{reply} WHERE id = #{id}")
	int seal(@Param("id") long id, @Param("question") String question, @Param("reply") String reply);

	@Select(ANSWER + " WHERE id = #{id}")
	@Results(id = "answer", value = {})
	@ConstructorArgs({ @Arg(column = "id", javaType = long.class),
			@Arg(column = "officer_userid", javaType = String.class),
			@Arg(column = "event_id", javaType = Long.class), @Arg(column = "question", javaType = String.class),
			@Arg(column = "clause_ids", javaType = String.class), @Arg(column = "mode", javaType = String.class),
			@Arg(column = "abstained", javaType = boolean.class), @Arg(column = "reply", javaType = String.class),
			@Arg(column = "latency_ms", javaType = int.class),
			@Arg(column = "feedback_task_id", javaType = String.class),
			@Arg(column = "created_at", javaType = Instant.class) })
	Row byId(@Param("id") long id);

	@Select(ANSWER + " WHERE event_id = #{eventId}")
	@ResultMap("answer")
	Row byEvent(@Param("eventId") long eventId);

	@Select(ANSWER + " WHERE feedback_task_id = #{taskId}")
	@ResultMap("answer")
	Row byTask(@Param("taskId") String taskId);

	@Select(ANSWER + " WHERE officer_userid = #{userid} ORDER BY id DESC LIMIT #{limit}")
	@ResultMap("answer")
	List<Row> latest(@Param("userid") String userid, @Param("limit") int limit);

	@Select("""
			SELECT answer_id, rating, reason, reason_until, created_at, updated_at
			FROM qa_feedback WHERE answer_id = #{answerId}""")
	@ConstructorArgs({ @Arg(column = "answer_id", javaType = long.class),
			@Arg(column = "rating", javaType = Feedback.Rating.class),
			@Arg(column = "reason", javaType = String.class),
			@Arg(column = "reason_until", javaType = Instant.class),
			@Arg(column = "created_at", javaType = Instant.class),
			@Arg(column = "updated_at", javaType = Instant.class) })
	Feedback feedback(@Param("answerId") long answerId);

	@Insert("""
			INSERT INTO qa_feedback (answer_id, rating, reason, reason_until, created_at, updated_at)
			VALUES (#{answerId}, #{rating}, NULL, #{reasonUntil}, #{now}, #{now})
			ON DUPLICATE KEY UPDATE rating = #{rating}, reason_until = #{reasonUntil}, updated_at = #{now}""")
	void rate(@Param("answerId") long answerId, @Param("rating") Feedback.Rating rating,
			@Param("reasonUntil") Instant reasonUntil, @Param("now") Instant now);

	/** The officer's most recent feedback still waiting for a reason at {@code now}. */
	@Select("""
			SELECT f.answer_id FROM qa_feedback f JOIN qa_answer a ON a.id = f.answer_id
			WHERE a.officer_userid = #{userid} AND f.reason_until >= #{now}
			ORDER BY f.updated_at DESC, f.answer_id DESC LIMIT 1""")
	Long awaitingReason(@Param("userid") String userid, @Param("now") Instant now);

	/** The officer's most recently rated answer since {@code since}. */
	@Select("""
			SELECT f.answer_id FROM qa_feedback f JOIN qa_answer a ON a.id = f.answer_id
			WHERE a.officer_userid = #{userid} AND f.updated_at >= #{since}
			ORDER BY f.updated_at DESC, f.answer_id DESC LIMIT 1""")
	Long latestRated(@Param("userid") String userid, @Param("since") Instant since);

	@Update("""
			UPDATE qa_feedback SET reason = #{reason}, reason_until = NULL, updated_at = #{now}
			WHERE answer_id = #{answerId}""")
	int giveReason(@Param("answerId") long answerId, @Param("reason") String reason, @Param("now") Instant now);

	@Update("""
			UPDATE qa_feedback f JOIN qa_answer a ON a.id = f.answer_id SET f.reason_until = NULL
			WHERE a.officer_userid = #{userid} AND f.reason_until IS NOT NULL""")
	int stopAwaitingReason(@Param("userid") String userid);

	@Select("SELECT context FROM qa_context WHERE officer_userid = #{userid}")
	String context(@Param("userid") String userid);

	@Insert("""
			INSERT INTO qa_context (officer_userid, context, updated_at) VALUES (#{userid}, #{context}, #{now})
			ON DUPLICATE KEY UPDATE context = #{context}, updated_at = #{now}""")
	void saveContext(@Param("userid") String userid, @Param("context") String context, @Param("now") Instant now);

	@Select("SELECT updated_at FROM qa_context WHERE officer_userid = #{userid}")
	Instant contextUpdatedAt(@Param("userid") String userid);

	@Delete("DELETE FROM qa_context WHERE officer_userid = #{userid}")
	int clearContext(@Param("userid") String userid);

}
