package cn.jiangle.ecojustice.db.wecom;

import java.time.Instant;

import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

interface InboundFloodMapper {

	@Select("""
			SELECT shed FROM wecom_inbound_flood WHERE channel = #{channel} AND from_user = #{fromUser} FOR UPDATE""")
	Integer lock(@Param("channel") String channel, @Param("fromUser") String fromUser);

	@Insert("""
			INSERT INTO wecom_inbound_flood (channel, from_user, started_at, shed) VALUES (#{channel}, #{fromUser},
			    #{now}, 0)""")
	void insert(@Param("channel") String channel, @Param("fromUser") String fromUser, @Param("now") Instant now);

	@Update("""
			UPDATE wecom_inbound_flood SET shed = shed + #{shed} WHERE channel = #{channel} AND from_user = #{fromUser}""")
	int addShed(@Param("channel") String channel, @Param("fromUser") String fromUser, @Param("shed") int shed);

	@Delete("DELETE FROM wecom_inbound_flood WHERE channel = #{channel} AND from_user = #{fromUser}")
	int delete(@Param("channel") String channel, @Param("fromUser") String fromUser);

}
