package cn.jiangle.ecojustice.db.wecom;

import java.time.Instant;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

interface AccessTokenMapper {

	@Insert("""
			INSERT INTO wecom_access_token (token_key, updated_at) VALUES (#{key}, #{now})
			ON DUPLICATE KEY UPDATE token_key = token_key""")
	void ensure(@Param("key") String key, @Param("now") Instant now);

	@Select("SELECT access_token, expires_at FROM wecom_access_token WHERE token_key = #{key}")
	StoredAccessToken find(@Param("key") String key);

	@Update("""
			UPDATE wecom_access_token SET refresh_owner = #{owner}, refresh_lease_until = #{until}
			WHERE token_key = #{key} AND (refresh_lease_until IS NULL OR refresh_lease_until <= #{now}
			    OR refresh_owner = #{owner})""")
	int lease(@Param("key") String key, @Param("owner") String owner, @Param("now") Instant now,
			@Param("until") Instant until);

	@Update("""
			UPDATE wecom_access_token SET refresh_owner = NULL, refresh_lease_until = NULL
			WHERE token_key = #{key} AND refresh_owner = #{owner}""")
	int release(@Param("key") String key, @Param("owner") String owner);

	@Update("""
			UPDATE wecom_access_token SET access_token = #{token}, expires_at = #{expiresAt}, updated_at = #{now}
			WHERE token_key = #{key}""")
	int save(@Param("key") String key, @Param("token") String token, @Param("expiresAt") Instant expiresAt,
			@Param("now") Instant now);

	@Update("""
			UPDATE wecom_access_token SET expires_at = NULL, updated_at = #{now}
			WHERE token_key = #{key} AND access_token = #{token}""")
	int expire(@Param("key") String key, @Param("token") String token, @Param("now") Instant now);

}
