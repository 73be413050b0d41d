package cn.jiangle.ecojustice.db.cases;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Arg;
import org.apache.ibatis.annotations.ConstructorArgs;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.ResultMap;
import org.apache.ibatis.annotations.Results;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

interface CaseMapper {

	record Row(long id, String caseNumber, Charge charge, String chargeDetail, Stage stage, CaseStatus status,
			Instant createdAt, Instant updatedAt) {
	}

	String SELECT = "SELECT id, case_number, charge, charge_detail, stage, status, created_at, updated_at FROM eco_case";

	@Select(SELECT + " WHERE id = #{id}")
	@Results(id = "case", value = {})
	@ConstructorArgs({ @Arg(column = "id", javaType = long.class),
			@Arg(column = "case_number", javaType = String.class), @Arg(column = "charge", javaType = Charge.class),
			@Arg(column = "charge_detail", javaType = String.class), @Arg(column = "stage", javaType = Stage.class),
			@Arg(column = "status", javaType = CaseStatus.class),
			@Arg(column = "created_at", javaType = Instant.class),
			@Arg(column = "updated_at", javaType = Instant.class) })
	Row byId(@Param("id") long id);

	@Select(SELECT + " WHERE id = #{id} FOR UPDATE")
	@ResultMap("case")
	Row lockById(@Param("id") long id);

	@Select(SELECT + " WHERE case_number = #{caseNumber}")
	@ResultMap("case")
	Row byNumber(@Param("caseNumber") String caseNumber);

	@Select(SELECT + " WHERE id IN (SELECT case_id FROM case_officer WHERE officer_userid = #{userid}) ORDER BY id DESC")
	@ResultMap("case")
	List<Row> handledBy(@Param("userid") String userid);

	@Select("SELECT officer_userid FROM case_officer WHERE case_id = #{caseId} ORDER BY officer_userid")
	List<String> officersOf(@Param("caseId") long caseId);

	@Insert("""
			INSERT INTO eco_case (case_number, charge, charge_detail, stage, status, created_at, updated_at)
			VALUES (#{caseNumber}, #{charge}, #{chargeDetail}, #{stage}, #{status}, #{now}, #{now})
			""")
	int insert(@Param("caseNumber") String caseNumber, @Param("charge") Charge charge,
			@Param("chargeDetail") String chargeDetail, @Param("stage") Stage stage,
			@Param("status") CaseStatus status, @Param("now") Instant now);

	@Select("SELECT LAST_INSERT_ID()")
	long lastInsertId();

	@Insert("INSERT INTO case_officer (case_id, officer_userid, assigned_at) VALUES (#{caseId}, #{userid}, #{now})")
	int assign(@Param("caseId") long caseId, @Param("userid") String userid, @Param("now") Instant now);

	@Delete("DELETE FROM case_officer WHERE case_id = #{caseId} AND officer_userid = #{userid}")
	int unassign(@Param("caseId") long caseId, @Param("userid") String userid);

	@Update("UPDATE eco_case SET stage = #{stage}, status = #{status}, updated_at = #{now} WHERE id = #{id}")
	int updateStageAndStatus(@Param("id") long id, @Param("stage") Stage stage, @Param("status") CaseStatus status,
			@Param("now") Instant now);

	@Update("UPDATE eco_case SET updated_at = #{now} WHERE id = #{id}")
	int touch(@Param("id") long id, @Param("now") Instant now);

}
