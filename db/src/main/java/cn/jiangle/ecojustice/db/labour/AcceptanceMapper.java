package cn.jiangle.ecojustice.db.labour;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Arg;
import org.apache.ibatis.annotations.ConstructorArgs;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.ResultMap;
import org.apache.ibatis.annotations.Results;
import org.apache.ibatis.annotations.Select;

interface AcceptanceMapper {

	record Row(long id, long partyId, long caseId, long planId, String result, boolean passed, String recordedBy,
			Instant recordedAt) {
	}

	String SELECT = "SELECT id, party_id, case_id, plan_id, result, passed, recorded_by, recorded_at FROM labour_acceptance";

	@Select(SELECT + " WHERE id = #{id}")
	@Results(id = "acceptance", value = {})
	@ConstructorArgs({ @Arg(column = "id", javaType = long.class), @Arg(column = "party_id", javaType = long.class),
			@Arg(column = "case_id", javaType = long.class), @Arg(column = "plan_id", javaType = long.class),
			@Arg(column = "result", javaType = String.class), @Arg(column = "passed", javaType = boolean.class),
			@Arg(column = "recorded_by", javaType = String.class),
			@Arg(column = "recorded_at", javaType = Instant.class) })
	Row byId(@Param("id") long id);

	@Select(SELECT + " WHERE party_id = #{partyId} ORDER BY id")
	@ResultMap("acceptance")
	List<Row> ofParty(@Param("partyId") long partyId);

	@Select(SELECT + " WHERE party_id = #{partyId} ORDER BY id DESC LIMIT 1")
	@ResultMap("acceptance")
	Row latestOf(@Param("partyId") long partyId);

	@Insert("""
			INSERT INTO labour_acceptance (party_id, case_id, plan_id, result, passed, recorded_by, recorded_at)
			VALUES (#{partyId}, #{caseId}, #{planId}, #{result}, #{passed}, #{by}, #{at})""")
	void insert(@Param("partyId") long partyId, @Param("caseId") long caseId, @Param("planId") long planId,
			@Param("result") String result, @Param("passed") boolean passed, @Param("by") String by,
			@Param("at") Instant at);

	@Select("SELECT LAST_INSERT_ID()")
	long lastInsertId();

}
