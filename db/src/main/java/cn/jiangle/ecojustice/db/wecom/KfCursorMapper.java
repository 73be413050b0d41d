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

	@Select("SELECT COALESCE(next_cursor, '') FROM wecom_kf_cursor WHERE open_kf_id = #{openKfId} FOR UPDATE")
	String lock(@Param("openKfId") String openKfId);

	@Select("SELECT next_cursor FROM wecom_kf_cursor WHERE open_kf_id = #{openKfId}")
	String find(@Param("openKfId") String openKfId);

	@Update("UPDATE wecom_kf_cursor SET next_cursor = #{cursor}, updated_at = #{now} WHERE open_kf_id = #{openKfId}")
	int save(@Param("openKfId") String openKfId, @Param("cursor") String cursor, @Param("now") Instant now);

}
