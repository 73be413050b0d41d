package cn.jiangle.ecojustice.db.restoration;

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

interface WriteOffMapper {

	record SubmissionRow(long id, String submittedBy, Instant submittedAt, String confirmedBy, Instant confirmedAt) {
	}

	String ITEMS = """
			SELECT w.id, w.certificate_number, w.case_id, c.case_number, w.party_id, c.party_name, c.amount, c.tonnes,
			       w.status, w.submission_id, w.opened_at
			FROM write_off_item w JOIN certificate c ON c.number = w.certificate_number""";

	@Select(ITEMS + " WHERE w.status = 'OPEN' ORDER BY w.id")
	@Results(id = "item", value = {})
	@ConstructorArgs({ @Arg(column = "id", javaType = long.class),
			@Arg(column = "certificate_number", javaType = String.class),
			@Arg(column = "case_id", javaType = long.class), @Arg(column = "case_number", javaType = String.class),
			@Arg(column = "party_id", javaType = long.class), @Arg(column = "party_name", javaType = String.class),
			@Arg(column = "amount", javaType = BigDecimal.class), @Arg(column = "tonnes", javaType = BigDecimal.class),
			@Arg(column = "status", javaType = WriteOffStatus.class),
			@Arg(column = "submission_id", javaType = Long.class),
			@Arg(column = "opened_at", javaType = Instant.class) })
	List<WriteOffItem> open();

	/** Locks the open items (only those, under READ COMMITTED), oldest first. */
	@Select("SELECT id FROM write_off_item WHERE status = 'OPEN' ORDER BY id FOR UPDATE")
	List<Long> lockOpen();

	@Select("SELECT id FROM write_off_item WHERE id = #{id} FOR UPDATE")
	Long lockItem(@Param("id") long id);

	@Select(ITEMS + " WHERE w.id = #{id}")
	@ResultMap("item")
	WriteOffItem item(@Param("id") long id);

	@Select(ITEMS + " WHERE w.submission_id = #{submissionId} ORDER BY w.id")
	@ResultMap("item")
	List<WriteOffItem> itemsOf(@Param("submissionId") long submissionId);

	@Insert("INSERT INTO write_off_submission (submitted_by, submitted_at) VALUES (#{by}, #{at})")
	void insertSubmission(@Param("by") String by, @Param("at") Instant at);

	@Select("SELECT LAST_INSERT_ID()")
	long lastInsertId();

	@Update("UPDATE write_off_item SET status = 'SUBMITTED', submission_id = #{submissionId} WHERE id = #{id}")
	int submit(@Param("id") long id, @Param("submissionId") long submissionId);

	String SUBMISSIONS = "SELECT id, submitted_by, submitted_at, confirmed_by, confirmed_at FROM write_off_submission";

	@Select(SUBMISSIONS + " WHERE id = #{id}")
	@Results(id = "submission", value = {})
	@ConstructorArgs({ @Arg(column = "id", javaType = long.class),
			@Arg(column = "submitted_by", javaType = String.class),
			@Arg(column = "submitted_at", javaType = Instant.class),
			@Arg(column = "confirmed_by", javaType = String.class),
			@Arg(column = "confirmed_at", javaType = Instant.class) })
	SubmissionRow submission(@Param("id") long id);

	@Select(SUBMISSIONS + " WHERE id = #{id} FOR UPDATE")
	@ResultMap("submission")
	SubmissionRow lockSubmission(@Param("id") long id);

	@Select(SUBMISSIONS + " WHERE confirmed_at IS NULL ORDER BY id")
	@ResultMap("submission")
	List<SubmissionRow> unconfirmed();

	@Update("UPDATE write_off_submission SET confirmed_by = #{by}, confirmed_at = #{at} WHERE id = #{id}")
	int confirm(@Param("id") long id, @Param("by") String by, @Param("at") Instant at);

	@Update("UPDATE write_off_item SET status = 'WRITTEN_OFF' WHERE submission_id = #{submissionId}")
	int writeOff(@Param("submissionId") long submissionId);

}
