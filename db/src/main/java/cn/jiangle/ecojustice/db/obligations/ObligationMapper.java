package cn.jiangle.ecojustice.db.obligations;

import java.math.BigDecimal;
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

interface ObligationMapper {

	record Row(long id, long caseId, Long partyId, LegalBasisType basisType, String basisNumber, RestorationPath path,
			Instant createdAt, Instant updatedAt) {
	}

	record AmountRow(long obligationId, ObligationKind kind, BigDecimal amount) {
	}

	String SELECT = """
			SELECT id, case_id, party_id, basis_type, basis_number, path, created_at, updated_at FROM obligation
			""";

	@Select(SELECT + " WHERE id = #{id}")
	@Results(id = "obligation", value = {})
	@ConstructorArgs({ @Arg(column = "id", javaType = long.class), @Arg(column = "case_id", javaType = long.class),
			@Arg(column = "party_id", javaType = Long.class),
			@Arg(column = "basis_type", javaType = LegalBasisType.class),
			@Arg(column = "basis_number", javaType = String.class),
			@Arg(column = "path", javaType = RestorationPath.class),
			@Arg(column = "created_at", javaType = Instant.class),
			@Arg(column = "updated_at", javaType = Instant.class) })
	Row byId(@Param("id") long id);

	@Select(SELECT + " WHERE id = #{id} FOR UPDATE")
	@ResultMap("obligation")
	Row lockById(@Param("id") long id);

	@Select(SELECT + " WHERE case_id = #{caseId} ORDER BY id")
	@ResultMap("obligation")
	List<Row> byCase(@Param("caseId") long caseId);

	@Select("""
			SELECT obligation_id, kind, amount FROM obligation_amount
			WHERE obligation_id IN (SELECT id FROM obligation WHERE case_id = #{caseId})
			""")
	@Results(id = "amount", value = {})
	@ConstructorArgs({ @Arg(column = "obligation_id", javaType = long.class),
			@Arg(column = "kind", javaType = ObligationKind.class),
			@Arg(column = "amount", javaType = BigDecimal.class) })
	List<AmountRow> amountsOfCase(@Param("caseId") long caseId);

	@Select("SELECT obligation_id, kind, amount FROM obligation_amount WHERE obligation_id = #{obligationId}")
	@ResultMap("amount")
	List<AmountRow> amountsOf(@Param("obligationId") long obligationId);

	@Insert("""
			INSERT INTO obligation (case_id, party_id, basis_type, basis_number, path, created_at, updated_at)
			VALUES (#{caseId}, #{partyId}, #{basisType}, #{basisNumber}, #{path}, #{now}, #{now})
			""")
	int insert(@Param("caseId") long caseId, @Param("partyId") Long partyId,
			@Param("basisType") LegalBasisType basisType, @Param("basisNumber") String basisNumber,
			@Param("path") RestorationPath path, @Param("now") Instant now);

	@Select("SELECT LAST_INSERT_ID()")
	long lastInsertId();

	@Insert("INSERT INTO obligation_amount (obligation_id, kind, amount) VALUES (#{obligationId}, #{kind}, #{amount})")
	int insertAmount(@Param("obligationId") long obligationId, @Param("kind") ObligationKind kind,
			@Param("amount") BigDecimal amount);

	@Update("UPDATE obligation_amount SET amount = #{amount} WHERE obligation_id = #{obligationId} AND kind = #{kind}")
	int updateAmount(@Param("obligationId") long obligationId, @Param("kind") ObligationKind kind,
			@Param("amount") BigDecimal amount);

	@Delete("DELETE FROM obligation_amount WHERE obligation_id = #{obligationId} AND kind = #{kind}")
	int deleteAmount(@Param("obligationId") long obligationId, @Param("kind") ObligationKind kind);

	@Update("""
			UPDATE obligation SET basis_type = #{basisType}, basis_number = #{basisNumber}, path = #{path},
			       updated_at = #{now}
			WHERE id = #{id}
			""")
	int update(@Param("id") long id, @Param("basisType") LegalBasisType basisType,
			@Param("basisNumber") String basisNumber, @Param("path") RestorationPath path, @Param("now") Instant now);

}
