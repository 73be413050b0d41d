package cn.jiangle.ecojustice.db.projects;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Arg;
import org.apache.ibatis.annotations.ConstructorArgs;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.ResultMap;
import org.apache.ibatis.annotations.Results;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

interface DisbursementMapper {

	record Row(long id, long projectId, BigDecimal amount, String purpose, DisbursementStatus status,
			String requestedBy, Instant requestedAt, String opinion, Boolean opinionAgrees, String opinionBy,
			Instant opinionAt, String decidedBy, Instant decidedAt, String refusalReason) {
	}

	/** An attachment row; {@code fileName} still sealed. */
	record AttachmentRow(long id, long requestId, AttachmentKind kind, String fileName, String contentType,
			long size, String sha256, int chunks) {
	}

	String SELECT = """
			SELECT id, project_id, amount, purpose, status, requested_by, requested_at, opinion, opinion_agrees,
			       opinion_by, opinion_at, decided_by, decided_at, refusal_reason
			FROM disbursement_request""";

	@Select(SELECT + " WHERE id = #{id}")
	@Results(id = "disbursement", value = {})
	@ConstructorArgs({ @Arg(column = "id", javaType = long.class),
			@Arg(column = "project_id", javaType = long.class), @Arg(column = "amount", javaType = BigDecimal.class),
			@Arg(column = "purpose", javaType = String.class),
			@Arg(column = "status", javaType = DisbursementStatus.class),
			@Arg(column = "requested_by", javaType = String.class),
			@Arg(column = "requested_at", javaType = Instant.class),
			@Arg(column = "opinion", javaType = String.class),
			@Arg(column = "opinion_agrees", javaType = Boolean.class),
			@Arg(column = "opinion_by", javaType = String.class),
			@Arg(column = "opinion_at", javaType = Instant.class),
			@Arg(column = "decided_by", javaType = String.class),
			@Arg(column = "decided_at", javaType = Instant.class),
			@Arg(column = "refusal_reason", javaType = String.class) })
	Row byId(@Param("id") long id);

	@Select(SELECT + " WHERE id = #{id} FOR UPDATE")
	@ResultMap("disbursement")
	Row lock(@Param("id") long id);

	@Select(SELECT + " WHERE project_id = #{projectId} ORDER BY id")
	@ResultMap("disbursement")
	List<Row> ofProject(@Param("projectId") long projectId);

	@Select(SELECT + " WHERE status IN ('AWAITING_OPINION', 'AWAITING_DECISION') ORDER BY id")
	@ResultMap("disbursement")
	List<Row> pending();

	/** Approved plus pending: what the fund is already committed to. Read under the project row's lock. */
	@Select("""
			SELECT COALESCE(SUM(amount), 0) FROM disbursement_request
			WHERE project_id = #{projectId} AND status IN ('AWAITING_OPINION', 'AWAITING_DECISION', 'APPROVED')""")
	BigDecimal committed(@Param("projectId") long projectId);

	@Select("SELECT COALESCE(SUM(amount), 0) FROM disbursement_request WHERE project_id = #{projectId} AND status = 'APPROVED'")
	BigDecimal approved(@Param("projectId") long projectId);

	@Insert("""
			INSERT INTO disbursement_request (project_id, amount, purpose, status, requested_by, requested_at)
			VALUES (#{projectId}, #{amount}, #{purpose}, 'AWAITING_OPINION', #{by}, #{at})""")
	void insert(@Param("projectId") long projectId, @Param("amount") BigDecimal amount,
			@Param("purpose") String purpose, @Param("by") String by, @Param("at") Instant at);

	@Select("SELECT LAST_INSERT_ID()")
	long lastInsertId();

	@Update("""
			UPDATE disbursement_request SET status = 'AWAITING_DECISION', opinion = #{opinion},
			       opinion_agrees = #{agrees}, opinion_by = #{by}, opinion_at = #{at}
			WHERE id = #{id} AND status = 'AWAITING_OPINION'""")
	int review(@Param("id") long id, @Param("opinion") String opinion, @Param("agrees") boolean agrees,
			@Param("by") String by, @Param("at") Instant at);

	@Update("""
			UPDATE disbursement_request SET status = #{status}, decided_by = #{by}, decided_at = #{at},
			       refusal_reason = #{reason}
			WHERE id = #{id} AND status = 'AWAITING_DECISION'""")
	int decide(@Param("id") long id, @Param("status") DisbursementStatus status, @Param("by") String by,
			@Param("at") Instant at, @Param("reason") String reason);

	@Insert("""
			INSERT INTO disbursement_attachment (request_id, position, kind, file_name, content_type, size, sha256, chunks)
			VALUES (#{requestId}, #{position}, #{kind}, '', #{contentType}, #{size}, #{sha256}, #{chunks})""")
	void insertAttachment(@Param("requestId") long requestId, @Param("position") int position,
			@Param("kind") AttachmentKind kind, @Param("contentType") String contentType, @Param("size") long size,
			@Param("sha256") String sha256, @Param("chunks") int chunks);

	@Update("UPDATE disbursement_attachment SET file_name = #{sealed} WHERE id = #{id}")
	int sealFileName(@Param("id") long id, @Param("sealed") String sealedFileName);

	@Insert("""
			INSERT INTO disbursement_attachment_chunk (attachment_id, seq, content)
			VALUES (#{attachmentId}, #{seq}, #{content})""")
	void insertChunk(@Param("attachmentId") long attachmentId, @Param("seq") int seq,
			@Param("content") String sealedContent);

	String SELECT_ATTACHMENT = """
			SELECT id, request_id, kind, file_name, content_type, size, sha256, chunks FROM disbursement_attachment""";

	@Select(SELECT_ATTACHMENT + " WHERE id = #{id}")
	@Results(id = "attachment", value = {})
	@ConstructorArgs({ @Arg(column = "id", javaType = long.class),
			@Arg(column = "request_id", javaType = long.class),
			@Arg(column = "kind", javaType = AttachmentKind.class),
			@Arg(column = "file_name", javaType = String.class),
			@Arg(column = "content_type", javaType = String.class), @Arg(column = "size", javaType = long.class),
			@Arg(column = "sha256", javaType = String.class), @Arg(column = "chunks", javaType = int.class) })
	AttachmentRow attachment(@Param("id") long id);

	@Select(SELECT_ATTACHMENT + " WHERE request_id = #{requestId} ORDER BY position")
	@ResultMap("attachment")
	List<AttachmentRow> attachmentsOf(@Param("requestId") long requestId);

	/** The sealed chunks in order; a missing or reordered one fails to open or to match the hash. */
	@Select("SELECT seq, content FROM disbursement_attachment_chunk WHERE attachment_id = #{attachmentId} ORDER BY seq")
	@ConstructorArgs({ @Arg(column = "seq", javaType = int.class), @Arg(column = "content", javaType = String.class) })
	List<Chunk> chunks(@Param("attachmentId") long attachmentId);

	/** One sealed piece of an attachment's content. */
	record Chunk(int seq, String content) {
	}

}
