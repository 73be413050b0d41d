package cn.jiangle.ecojustice.db.labour;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.apache.ibatis.annotations.Arg;
import org.apache.ibatis.annotations.ConstructorArgs;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.ResultMap;
import org.apache.ibatis.annotations.Results;
import org.apache.ibatis.annotations.Select;

interface CheckInMapper {

	record Part(long partyId, CheckInPartKind kind, Instant receivedAt, String payload, String contentType,
			Long sizeBytes, String sha256) {
	}

	record Row(long id, long partyId, long caseId, long planId, LocalDate day, String location, long distanceMetres,
			String photoSha256, long photoBytes, String photoContentType, String checkedInBy, Instant checkedInAt) {
	}

	record Credit(long id, long checkInId, long partyId, long planId, LocalDate day, BigDecimal quantity, String unit,
			BigDecimal rate, BigDecimal yuan, String confirmedBy, Instant confirmedAt) {
	}

	@Select("""
			SELECT party_id, kind, received_at, payload, content_type, size_bytes, sha256 FROM labour_check_in_part
			WHERE party_id = #{partyId} AND kind = #{kind}""")
	@ConstructorArgs({ @Arg(column = "party_id", javaType = long.class),
			@Arg(column = "kind", javaType = CheckInPartKind.class),
			@Arg(column = "received_at", javaType = Instant.class), @Arg(column = "payload", javaType = String.class),
			@Arg(column = "content_type", javaType = String.class),
			@Arg(column = "size_bytes", javaType = Long.class), @Arg(column = "sha256", javaType = String.class) })
	Part part(@Param("partyId") long partyId, @Param("kind") CheckInPartKind kind);

	/** Keeps the newest part of its kind: a second location replaces the first. */
	@Insert("""
			INSERT INTO labour_check_in_part (party_id, kind, received_at, payload, content_type, size_bytes, sha256)
			VALUES (#{partyId}, #{kind}, #{at}, #{payload}, #{contentType}, #{size}, #{sha256})
			ON DUPLICATE KEY UPDATE received_at = VALUES(received_at), payload = VALUES(payload),
			    content_type = VALUES(content_type), size_bytes = VALUES(size_bytes), sha256 = VALUES(sha256)""")
	void keepPart(@Param("partyId") long partyId, @Param("kind") CheckInPartKind kind, @Param("at") Instant at,
			@Param("payload") String payload, @Param("contentType") String contentType, @Param("size") Long size,
			@Param("sha256") String sha256);

	@Delete("DELETE FROM labour_check_in_part WHERE party_id = #{partyId}")
	int deleteParts(@Param("partyId") long partyId);

	/** Parts older than the pair window can no longer complete a check-in. */
	@Delete("DELETE FROM labour_check_in_part WHERE party_id = #{partyId} AND received_at < #{before}")
	int deleteStaleParts(@Param("partyId") long partyId, @Param("before") Instant before);

	String SELECT = """
			SELECT id, party_id, case_id, plan_id, day, location, distance_metres, photo_sha256, photo_bytes,
			       photo_content_type, checked_in_by, checked_in_at
			FROM labour_check_in""";

	@Select(SELECT + " WHERE id = #{id}")
	@Results(id = "checkIn", value = {})
	@ConstructorArgs({ @Arg(column = "id", javaType = long.class), @Arg(column = "party_id", javaType = long.class),
			@Arg(column = "case_id", javaType = long.class), @Arg(column = "plan_id", javaType = long.class),
			@Arg(column = "day", javaType = LocalDate.class), @Arg(column = "location", javaType = String.class),
			@Arg(column = "distance_metres", javaType = long.class),
			@Arg(column = "photo_sha256", javaType = String.class),
			@Arg(column = "photo_bytes", javaType = long.class),
			@Arg(column = "photo_content_type", javaType = String.class),
			@Arg(column = "checked_in_by", javaType = String.class),
			@Arg(column = "checked_in_at", javaType = Instant.class) })
	Row byId(@Param("id") long id);

	@Select(SELECT + " WHERE party_id = #{partyId} ORDER BY day")
	@ResultMap("checkIn")
	List<Row> ofParty(@Param("partyId") long partyId);

	@Select("SELECT COUNT(*) FROM labour_check_in WHERE party_id = #{partyId} AND day = #{day}")
	int countOn(@Param("partyId") long partyId, @Param("day") LocalDate day);

	@Select("SELECT COUNT(*) FROM labour_check_in WHERE party_id = #{partyId}")
	int countOf(@Param("partyId") long partyId);

	@Insert("""
			INSERT INTO labour_check_in (party_id, case_id, plan_id, day, location, distance_metres, photo_sha256,
			                             photo_bytes, photo_content_type, checked_in_by, checked_in_at)
			VALUES (#{row.partyId}, #{row.caseId}, #{row.planId}, #{row.day}, #{row.location}, #{row.distanceMetres},
			        #{row.photoSha256}, #{row.photoBytes}, #{row.photoContentType}, #{row.checkedInBy},
			        #{row.checkedInAt})""")
	void insert(@Param("row") Row row);

	@Select("SELECT LAST_INSERT_ID()")
	long lastInsertId();

	@Insert("INSERT INTO labour_check_in_photo (check_in_id, photo) VALUES (#{checkInId}, #{photo})")
	void insertPhoto(@Param("checkInId") long checkInId, @Param("photo") String sealedPhoto);

	@Select("SELECT photo FROM labour_check_in_photo WHERE check_in_id = #{checkInId}")
	String photo(@Param("checkInId") long checkInId);

	String SELECT_CREDIT = """
			SELECT w.id, w.check_in_id, w.party_id, w.plan_id, c.day, w.quantity, w.unit, w.rate, w.yuan,
			       w.confirmed_by, w.confirmed_at
			FROM labour_work_credit w JOIN labour_check_in c ON c.id = w.check_in_id""";

	@Select(SELECT_CREDIT + " WHERE w.check_in_id = #{checkInId}")
	@Results(id = "credit", value = {})
	@ConstructorArgs({ @Arg(column = "id", javaType = long.class),
			@Arg(column = "check_in_id", javaType = long.class), @Arg(column = "party_id", javaType = long.class),
			@Arg(column = "plan_id", javaType = long.class), @Arg(column = "day", javaType = LocalDate.class),
			@Arg(column = "quantity", javaType = BigDecimal.class), @Arg(column = "unit", javaType = String.class),
			@Arg(column = "rate", javaType = BigDecimal.class), @Arg(column = "yuan", javaType = BigDecimal.class),
			@Arg(column = "confirmed_by", javaType = String.class),
			@Arg(column = "confirmed_at", javaType = Instant.class) })
	Credit creditOf(@Param("checkInId") long checkInId);

	@Select(SELECT_CREDIT + " WHERE w.party_id = #{partyId} ORDER BY c.day")
	@ResultMap("credit")
	List<Credit> creditsOf(@Param("partyId") long partyId);

	@Insert("""
			INSERT INTO labour_work_credit (check_in_id, party_id, plan_id, quantity, unit, rate, yuan, confirmed_by,
			                                confirmed_at)
			VALUES (#{c.checkInId}, #{c.partyId}, #{c.planId}, #{c.quantity}, #{c.unit}, #{c.rate}, #{c.yuan},
			        #{c.confirmedBy}, #{c.confirmedAt})""")
	void insertCredit(@Param("c") Credit credit);

	@Select("SELECT COALESCE(SUM(yuan), 0) FROM labour_work_credit WHERE party_id = #{partyId}")
	BigDecimal offsetOf(@Param("partyId") long partyId);

	@Select("SELECT COUNT(*) FROM labour_work_credit WHERE party_id = #{partyId}")
	int creditCountOf(@Param("partyId") long partyId);

}
