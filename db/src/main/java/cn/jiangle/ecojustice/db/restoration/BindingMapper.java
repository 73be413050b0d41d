package cn.jiangle.ecojustice.db.restoration;

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

interface BindingMapper {

	record Guard(Instant lockedUntil, long countedAfter) {
	}

	String SELECT = "SELECT party_id, case_id, external_userid, open_kfid, bound_at FROM party_binding";

	@Select(SELECT + " WHERE external_userid = #{user}")
	@Results(id = "binding", value = {})
	@ConstructorArgs({ @Arg(column = "party_id", javaType = long.class),
			@Arg(column = "case_id", javaType = long.class),
			@Arg(column = "external_userid", javaType = String.class),
			@Arg(column = "open_kfid", javaType = String.class),
			@Arg(column = "bound_at", javaType = Instant.class) })
	Binding ofUser(@Param("user") String externalUserId);

	@Select(SELECT + " WHERE party_id = #{partyId}")
	@ResultMap("binding")
	Binding ofParty(@Param("partyId") long partyId);

	@Select(SELECT + " WHERE case_id = #{caseId} ORDER BY party_id")
	@ResultMap("binding")
	List<Binding> ofCase(@Param("caseId") long caseId);

	@Insert("""
			INSERT INTO party_binding (party_id, case_id, external_userid, open_kfid, binding_code_id, bound_at)
			VALUES (#{partyId}, #{caseId}, #{user}, #{openKfId}, #{codeId}, #{at})""")
	void insert(@Param("partyId") long partyId, @Param("caseId") long caseId, @Param("user") String externalUserId,
			@Param("openKfId") String openKfId, @Param("codeId") long bindingCodeId, @Param("at") Instant at);

	@Delete("DELETE FROM party_binding WHERE party_id = #{partyId}")
	int delete(@Param("partyId") long partyId);

	/** Mirrors the binding on the party row (what 查询案件 reads as 已绑定微信). */
	@Update("UPDATE party SET external_userid = #{user}, updated_at = #{at} WHERE id = #{partyId}")
	int mirrorOnParty(@Param("partyId") long partyId, @Param("user") String externalUserId, @Param("at") Instant at);

	/** The party's case, its row locked: bindings of one party happen one at a time. Null when there is no party. */
	@Select("SELECT case_id FROM party WHERE id = #{partyId} FOR UPDATE")
	Long lockParty(@Param("partyId") long partyId);

	/** Creates the user's guard row if missing; on a primary key alone, so no gap lock is taken. */
	@Insert("""
			INSERT INTO binding_guard (external_userid) VALUES (#{user})
			ON DUPLICATE KEY UPDATE external_userid = external_userid""")
	void ensureGuard(@Param("user") String externalUserId);

	@Select("SELECT locked_until, counted_after FROM binding_guard WHERE external_userid = #{user} FOR UPDATE")
	@ConstructorArgs({ @Arg(column = "locked_until", javaType = Instant.class),
			@Arg(column = "counted_after", javaType = long.class) })
	Guard lockGuard(@Param("user") String externalUserId);

	@Select("SELECT locked_until FROM binding_guard WHERE external_userid = #{user}")
	Instant lockedUntil(@Param("user") String externalUserId);

	@Update("""
			UPDATE binding_guard SET locked_until = #{until}, counted_after = #{countedAfter}
			WHERE external_userid = #{user}""")
	int lock(@Param("user") String externalUserId, @Param("until") Instant until,
			@Param("countedAfter") long countedAfter);

	@Insert("""
			INSERT INTO binding_attempt (external_userid, event_id, binding_code_id, outcome, attempted_at)
			VALUES (#{user}, #{eventId}, #{codeId}, #{outcome}, #{at})""")
	void attempt(@Param("user") String externalUserId, @Param("eventId") long eventId, @Param("codeId") Long codeId,
			@Param("outcome") String outcome, @Param("at") Instant at);

	@Select("SELECT LAST_INSERT_ID()")
	long lastInsertId();

	/** Wrong codes (not refusals for being bound elsewhere or locked) since {@code since}, after the last lock. */
	@Select("""
			SELECT COUNT(*) FROM binding_attempt
			WHERE external_userid = #{user} AND id > #{countedAfter} AND attempted_at > #{since}
			  AND outcome IN ('UNKNOWN', 'EXPIRED', 'USED', 'REVOKED')""")
	int wrongSince(@Param("user") String externalUserId, @Param("countedAfter") long countedAfter,
			@Param("since") Instant since);

}
