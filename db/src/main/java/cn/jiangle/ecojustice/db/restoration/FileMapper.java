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

interface FileMapper {

	record Row(long partyId, long caseId, RestorationState state, BigDecimal paid, Instant updatedAt) {
	}

	String SELECT = "SELECT party_id, case_id, state, paid, updated_at FROM restoration_file";

	@Select(SELECT + " WHERE party_id = #{partyId}")
	@Results(id = "file", value = {})
	@ConstructorArgs({ @Arg(column = "party_id", javaType = long.class),
			@Arg(column = "case_id", javaType = long.class),
			@Arg(column = "state", javaType = RestorationState.class),
			@Arg(column = "paid", javaType = BigDecimal.class),
			@Arg(column = "updated_at", javaType = Instant.class) })
	Row byParty(@Param("partyId") long partyId);

	@Select(SELECT + " WHERE party_id = #{partyId} FOR UPDATE")
	@ResultMap("file")
	Row lock(@Param("partyId") long partyId);

	@Select(SELECT + " WHERE case_id = #{caseId}")
	@ResultMap("file")
	List<Row> ofCase(@Param("caseId") long caseId);

	/** Creates the file in its initial state if missing; on the primary key alone, so no gap lock is taken. */
	@Insert("""
			INSERT INTO restoration_file (party_id, case_id, state, paid, created_at, updated_at)
			VALUES (#{partyId}, #{caseId}, #{state}, 0, #{at}, #{at})
			ON DUPLICATE KEY UPDATE party_id = party_id""")
	void ensure(@Param("partyId") long partyId, @Param("caseId") long caseId, @Param("state") RestorationState state,
			@Param("at") Instant at);

	@Update("UPDATE restoration_file SET state = #{state}, paid = #{paid}, updated_at = #{at} WHERE party_id = #{partyId}")
	int update(@Param("partyId") long partyId, @Param("state") RestorationState state,
			@Param("paid") BigDecimal paid, @Param("at") Instant at);

	/** Locks the case row: closing files of one case happens one at a time. */
	@Select("SELECT id FROM eco_case WHERE id = #{caseId} FOR UPDATE")
	Long lockCase(@Param("caseId") long caseId);

	/** Parties of the case whose file is not closed (a party without file row is open). */
	@Select("""
			SELECT COUNT(*) FROM party p LEFT JOIN restoration_file f ON f.party_id = p.id
			WHERE p.case_id = #{caseId} AND (f.state IS NULL OR f.state <> 'CLOSED')""")
	int openFiles(@Param("caseId") long caseId);

	/** Check-ins recorded for the party's 劳役代偿 (they lock the path). */
	@Select("SELECT COUNT(*) FROM labour_check_in WHERE party_id = #{partyId}")
	int labourCheckIns(@Param("partyId") long partyId);

}
