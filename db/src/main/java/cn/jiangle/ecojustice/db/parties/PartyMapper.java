package cn.jiangle.ecojustice.db.parties;

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

/** Rows carry 身份证号 and phone as sealed; {@link Parties} seals and opens them, bound to the party's id. */
interface PartyMapper {

	record Row(long id, long caseId, String name, String idCard, String phone, String externalUserid,
			Instant createdAt, Instant updatedAt) {

		@Override
		public String toString() {
			return "PartyMapper.Row[id=" + this.id + ", caseId=" + this.caseId + "]";
		}

	}

	String SELECT = """
			SELECT id, case_id, name, id_card_sealed, phone_sealed, external_userid, created_at, updated_at FROM party
			""";

	@Select(SELECT + " WHERE id = #{id}")
	@Results(id = "party", value = {})
	@ConstructorArgs({ @Arg(column = "id", javaType = long.class), @Arg(column = "case_id", javaType = long.class),
			@Arg(column = "name", javaType = String.class),
			@Arg(column = "id_card_sealed", javaType = String.class),
			@Arg(column = "phone_sealed", javaType = String.class),
			@Arg(column = "external_userid", javaType = String.class),
			@Arg(column = "created_at", javaType = Instant.class),
			@Arg(column = "updated_at", javaType = Instant.class) })
	Row byId(@Param("id") long id);

	@Select(SELECT + " WHERE id = #{id} FOR UPDATE")
	@ResultMap("party")
	Row lockById(@Param("id") long id);

	@Select(SELECT + " WHERE case_id = #{caseId} ORDER BY id")
	@ResultMap("party")
	List<Row> byCase(@Param("caseId") long caseId);

	@Select(SELECT + " WHERE id_card_hash = #{hash} ORDER BY id")
	@ResultMap("party")
	List<Row> byIdCardHash(@Param("hash") String hash);

	@Select(SELECT + " WHERE phone_hash = #{hash} ORDER BY id")
	@ResultMap("party")
	List<Row> byPhoneHash(@Param("hash") String hash);

	@Select(SELECT + " WHERE external_userid = #{externalUserid} ORDER BY id")
	@ResultMap("party")
	List<Row> byExternalUserid(@Param("externalUserid") String externalUserid);

	@Insert("""
			INSERT INTO party (case_id, name, id_card_hash, phone_hash, created_at, updated_at)
			VALUES (#{caseId}, #{name}, #{idCardHash}, #{phoneHash}, #{now}, #{now})
			""")
	int insert(@Param("caseId") long caseId, @Param("name") String name, @Param("idCardHash") String idCardHash,
			@Param("phoneHash") String phoneHash, @Param("now") Instant now);

	@Select("SELECT LAST_INSERT_ID()")
	long lastInsertId();

	@Update("""
			UPDATE party SET name = #{name},
			       id_card_sealed = #{idCard}, id_card_hash = #{idCardHash},
			       phone_sealed = #{phone}, phone_hash = #{phoneHash}, external_userid = #{externalUserid}, updated_at = #{now}
			WHERE id = #{id}
			""")
	int update(@Param("id") long id, @Param("name") String name, @Param("idCard") String idCard,
			@Param("idCardHash") String idCardHash, @Param("phone") String phone, @Param("phoneHash") String phoneHash,
			@Param("externalUserid") String externalUserid, @Param("now") Instant now);

	/** Stores the sealed numbers of a party just inserted (they are bound to its id, known only now). */
	@Update("UPDATE party SET id_card_sealed = #{idCard}, phone_sealed = #{phone} WHERE id = #{id}")
	int seal(@Param("id") long id, @Param("idCard") String idCard, @Param("phone") String phone);

}
