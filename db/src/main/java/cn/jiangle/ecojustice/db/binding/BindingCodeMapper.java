package cn.jiangle.ecojustice.db.binding;

import java.time.Instant;

import org.apache.ibatis.annotations.Arg;
import org.apache.ibatis.annotations.ConstructorArgs;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

interface BindingCodeMapper {

	record Row(long id, long caseId, long partyId, String issuedBy, Instant issuedAt, Instant expiresAt,
			Instant revokedAt, Instant usedAt, String usedBy) {
	}

	final class NewRow {

		public Long id;

		public final String codeHash;

		public final long caseId;

		public final long partyId;

		public final String issuedBy;

		public final Instant issuedAt;

		public final Instant expiresAt;

		NewRow(String codeHash, long caseId, long partyId, String issuedBy, Instant issuedAt, Instant expiresAt) {
			this.codeHash = codeHash;
			this.caseId = caseId;
			this.partyId = partyId;
			this.issuedBy = issuedBy;
			this.issuedAt = issuedAt;
			this.expiresAt = expiresAt;
		}

	}

	/** The case a party belongs to, or null when there is no such party. */
	@Select("SELECT case_id FROM party WHERE id = #{partyId}")
	Long caseOfParty(@Param("partyId") long partyId);

	@Update("""
			UPDATE binding_code SET revoked_at = #{now}
			WHERE party_id = #{partyId} AND used_at IS NULL AND revoked_at IS NULL""")
	int revokeUnused(@Param("partyId") long partyId, @Param("now") Instant now);

	@Insert("""
			INSERT INTO binding_code (code_hash, case_id, party_id, issued_by, issued_at, expires_at)
			VALUES (#{codeHash}, #{caseId}, #{partyId}, #{issuedBy}, #{issuedAt}, #{expiresAt})""")
	@Options(useGeneratedKeys = true, keyProperty = "id", keyColumn = "id")
	void insert(NewRow row);

	@Select("""
			SELECT id, case_id, party_id, issued_by, issued_at, expires_at, revoked_at, used_at, used_by
			FROM binding_code WHERE code_hash = #{codeHash}""")
	@ConstructorArgs({ @Arg(column = "id", javaType = long.class), @Arg(column = "case_id", javaType = long.class),
			@Arg(column = "party_id", javaType = long.class), @Arg(column = "issued_by", javaType = String.class),
			@Arg(column = "issued_at", javaType = Instant.class),
			@Arg(column = "expires_at", javaType = Instant.class),
			@Arg(column = "revoked_at", javaType = Instant.class), @Arg(column = "used_at", javaType = Instant.class),
			@Arg(column = "used_by", javaType = String.class) })
	Row byHash(@Param("codeHash") String codeHash);

	@Select("""
			SELECT id, case_id, party_id, issued_by, issued_at, expires_at, revoked_at, used_at, used_by
			FROM binding_code WHERE code_hash = #{codeHash} FOR UPDATE""")
	@ConstructorArgs({ @Arg(column = "id", javaType = long.class), @Arg(column = "case_id", javaType = long.class),
			@Arg(column = "party_id", javaType = long.class), @Arg(column = "issued_by", javaType = String.class),
			@Arg(column = "issued_at", javaType = Instant.class),
			@Arg(column = "expires_at", javaType = Instant.class),
			@Arg(column = "revoked_at", javaType = Instant.class), @Arg(column = "used_at", javaType = Instant.class),
			@Arg(column = "used_by", javaType = String.class) })
	Row lockByHash(@Param("codeHash") String codeHash);

	/** Marks the code used if, at {@code now}, it is neither used, revoked nor expired; 1 when it was redeemed. */
	@Update("""
			UPDATE binding_code SET used_at = #{now}, used_by = #{usedBy}
			WHERE code_hash = #{codeHash} AND used_at IS NULL AND revoked_at IS NULL AND expires_at > #{now}""")
	int redeem(@Param("codeHash") String codeHash, @Param("usedBy") String usedBy, @Param("now") Instant now);

	@Insert("""
			INSERT INTO kf_arrival (event_id, open_kfid, external_userid, binding_code_id, code_state, arrived_at)
			VALUES (#{eventId}, #{openKfId}, #{externalUserid}, #{bindingCodeId}, #{codeState}, #{now})""")
	void arrival(@Param("eventId") long eventId, @Param("openKfId") String openKfId,
			@Param("externalUserid") String externalUserid, @Param("bindingCodeId") Long bindingCodeId,
			@Param("codeState") BindingCodes.CodeState codeState, @Param("now") Instant now);

}
