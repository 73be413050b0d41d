package cn.jiangle.ecojustice.db.labour;

import java.time.Instant;

import org.apache.ibatis.annotations.Arg;
import org.apache.ibatis.annotations.ConstructorArgs;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.ResultMap;
import org.apache.ibatis.annotations.Results;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

interface ApplicationMapper {

	record Row(long id, long partyId, long caseId, String hardshipReason, ApplicationStatus status, String appliedBy,
			Instant appliedAt, String decidedBy, Instant decidedAt, String refusalReason) {
	}

	String SELECT = """
			SELECT id, party_id, case_id, hardship_reason, status, applied_by, applied_at, decided_by, decided_at,
			       refusal_reason
			FROM labour_application""";

	@Select(SELECT + " WHERE id = #{id}")
	@Results(id = "application", value = {})
	@ConstructorArgs({ @Arg(column = "id", javaType = long.class), @Arg(column = "party_id", javaType = long.class),
			@Arg(column = "case_id", javaType = long.class),
			@Arg(column = "hardship_reason", javaType = String.class),
			@Arg(column = "status", javaType = ApplicationStatus.class),
			@Arg(column = "applied_by", javaType = String.class),
			@Arg(column = "applied_at", javaType = Instant.class),
			@Arg(column = "decided_by", javaType = String.class),
			@Arg(column = "decided_at", javaType = Instant.class),
			@Arg(column = "refusal_reason", javaType = String.class) })
	Row byId(@Param("id") long id);

	@Select(SELECT + " WHERE id = #{id} FOR UPDATE")
	@ResultMap("application")
	Row lock(@Param("id") long id);

	/** The party's latest application. */
	@Select(SELECT + " WHERE party_id = #{partyId} ORDER BY id DESC LIMIT 1")
	@ResultMap("application")
	Row latestOf(@Param("partyId") long partyId);

	@Insert("""
			INSERT INTO labour_application (party_id, case_id, status, applied_by, applied_at)
			VALUES (#{partyId}, #{caseId}, 'PENDING', #{by}, #{at})""")
	void insert(@Param("partyId") long partyId, @Param("caseId") long caseId, @Param("by") String by,
			@Param("at") Instant at);

	@Select("SELECT LAST_INSERT_ID()")
	long lastInsertId();

	@Update("UPDATE labour_application SET hardship_reason = #{sealed} WHERE id = #{id}")
	int sealReason(@Param("id") long id, @Param("sealed") String sealed);

	@Update("""
			UPDATE labour_application SET status = #{status}, decided_by = #{by}, decided_at = #{at},
			       refusal_reason = #{reason}
			WHERE id = #{id}""")
	int decide(@Param("id") long id, @Param("status") ApplicationStatus status, @Param("by") String by,
			@Param("at") Instant at, @Param("reason") String reason);

}
