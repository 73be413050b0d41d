package cn.jiangle.ecojustice.db.parties;

import java.time.Instant;
import java.util.List;

import cn.jiangle.ecojustice.db.crypto.EncryptedStringTypeHandler;
import org.apache.ibatis.annotations.Arg;
import org.apache.ibatis.annotations.ConstructorArgs;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.ResultMap;
import org.apache.ibatis.annotations.Results;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** Sensitive columns go through {@link EncryptedStringTypeHandler}; the plain values exist only in Java. */
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
			@Arg(column = "id_card_sealed", javaType = String.class, typeHandler = EncryptedStringTypeHandler.class),
			@Arg(column = "phone_sealed", javaType = String.class, typeHandler = EncryptedStringTypeHandler.class),
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
			INSERT INTO party (case_id, name, id_card_sealed, id_card_hash, phone_sealed, phone_hash, created_at, updated_at)
			VALUES (#{caseId}, #{name},
			        #{idCard,typeHandler=cn.jiangle.ecojustice.db.crypto.EncryptedStringTypeHandler}, #{idCardHash},
			        #{phone,typeHandler=cn.jiangle.ecojustice.db.crypto.EncryptedStringTypeHandler}, #{phoneHash},
			        #{now}, #{now})
			""")
	int insert(@Param("caseId") long caseId, @Param("name") String name, @Param("idCard") String idCard,
			@Param("idCardHash") String idCardHash, @Param("phone") String phone, @Param("phoneHash") String phoneHash,
			@Param("now") Instant now);

	@Select("SELECT LAST_INSERT_ID()")
	long lastInsertId();

	@Update("""
			UPDATE party SET name = #{name},
			       id_card_sealed = #{idCard,typeHandler=cn.jiangle.ecojustice.db.crypto.EncryptedStringTypeHandler},
			       id_card_hash = #{idCardHash},
			       phone_sealed = #{phone,typeHandler=cn.jiangle.ecojustice.db.crypto.EncryptedStringTypeHandler},
			       phone_hash = #{phoneHash}, external_userid = #{externalUserid}, updated_at = #{now}
			WHERE id = #{id}
			""")
	int update(@Param("id") long id, @Param("name") String name, @Param("idCard") String idCard,
			@Param("idCardHash") String idCardHash, @Param("phone") String phone, @Param("phoneHash") String phoneHash,
			@Param("externalUserid") String externalUserid, @Param("now") Instant now);

	/** Parties with a value sealed under another key version than {@code prefix} ({@code v<current>:}). */
	@Select(SELECT + """
			 WHERE (id_card_sealed IS NOT NULL AND LEFT(id_card_sealed, CHAR_LENGTH(#{prefix})) <> #{prefix})
			    OR (phone_sealed IS NOT NULL AND LEFT(phone_sealed, CHAR_LENGTH(#{prefix})) <> #{prefix})
			 ORDER BY id LIMIT #{limit} FOR UPDATE
			""")
	@ResultMap("party")
	List<Row> sealedUnderOtherVersions(@Param("prefix") String prefix, @Param("limit") int limit);

	@Update("""
			UPDATE party SET
			       id_card_sealed = #{idCard,typeHandler=cn.jiangle.ecojustice.db.crypto.EncryptedStringTypeHandler},
			       phone_sealed = #{phone,typeHandler=cn.jiangle.ecojustice.db.crypto.EncryptedStringTypeHandler}
			WHERE id = #{id}
			""")
	int reseal(@Param("id") long id, @Param("idCard") String idCard, @Param("phone") String phone);

}
