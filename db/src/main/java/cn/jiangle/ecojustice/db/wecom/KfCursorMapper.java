package cn.jiangle.ecojustice.db.wecom;

import java.time.Instant;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

interface KfCursorMapper {

	@Insert("""
			INSERT INTO wecom_kf_cursor (open_kf_id, updated_at) VALUES (#{openKfId}, #{now})
			ON DUPLICATE KEY UPDATE open_kf_id = open_kf_id""")
	void ensure(@Param("openKfId") String openKfId, @Param("now") Instant now);

	@Update("""
			UPDATE wecom_kf_cursor SET lease_owner = #{owner}, lease_until = #{until}
			WHERE open_kf_id = #{openKfId} AND (lease_owner IS NULL OR lease_until < #{now} OR lease_owner = #{owner})""")
	int lease(@Param("openKfId") String openKfId, @Param("owner") String owner, @Param("now") Instant now,
			@Param("until") Instant until);

	@Update("""
			UPDATE wecom_kf_cursor SET next_cursor = #{cursor}, updated_at = #{now}, lease_until = #{until}
			WHERE open_kf_id = #{openKfId} AND lease_owner = #{owner}""")
	int advance(@Param("openKfId") String openKfId, @Param("owner") String owner, @Param("cursor") String cursor,
			@Param("now") Instant now, @Param("until") Instant until);

	@Update("""
			UPDATE wecom_kf_cursor SET lease_owner = NULL, lease_until = NULL
			WHERE open_kf_id = #{openKfId} AND lease_owner = #{owner}""")
	int release(@Param("openKfId") String openKfId, @Param("owner") String owner);

	@Select("SELECT next_cursor FROM wecom_kf_cursor WHERE open_kf_id = #{openKfId}")
	String find(@Param("openKfId") String openKfId);

}
