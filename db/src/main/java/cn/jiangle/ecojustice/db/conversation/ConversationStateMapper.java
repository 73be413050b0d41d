package cn.jiangle.ecojustice.db.conversation;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Arg;
import org.apache.ibatis.annotations.ConstructorArgs;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

interface ConversationStateMapper {

	@Select("""
			SELECT channel, user_id, flow, step, data, version, last_event_id, started_at, updated_at
			FROM conversation_state WHERE channel = #{channel} AND user_id = #{userId}""")
	@ConstructorArgs({ @Arg(column = "channel", javaType = String.class),
			@Arg(column = "user_id", javaType = String.class), @Arg(column = "flow", javaType = String.class),
			@Arg(column = "step", javaType = String.class), @Arg(column = "data", javaType = String.class),
			@Arg(column = "version", javaType = int.class), @Arg(column = "last_event_id", javaType = Long.class),
			@Arg(column = "started_at", javaType = Instant.class),
			@Arg(column = "updated_at", javaType = Instant.class) })
	ConversationState find(@Param("channel") String channel, @Param("userId") String userId);

	@Insert("""
			INSERT INTO conversation_state (channel, user_id, flow, step, data, version, last_event_id, started_at,
			    updated_at)
			VALUES (#{channel}, #{userId}, #{flow}, #{step}, #{data}, #{version}, #{lastEventId}, #{startedAt},
			    #{updatedAt})""")
	void insert(ConversationState state);

	@Update("""
			UPDATE conversation_state
			SET step = #{step}, data = #{data}, version = version + 1, last_event_id = #{lastEventId},
			    updated_at = #{updatedAt}
			WHERE channel = #{channel} AND user_id = #{userId} AND version = #{expectedVersion}""")
	int update(@Param("channel") String channel, @Param("userId") String userId, @Param("step") String step,
			@Param("data") String data, @Param("lastEventId") Long lastEventId, @Param("updatedAt") Instant updatedAt,
			@Param("expectedVersion") int expectedVersion);

	@Delete("""
			DELETE FROM conversation_state
			WHERE channel = #{channel} AND user_id = #{userId} AND version = #{expectedVersion}""")
	int delete(@Param("channel") String channel, @Param("userId") String userId,
			@Param("expectedVersion") int expectedVersion);

	@Insert("""
			INSERT INTO conversation_log (channel, user_id, flow, outcome, at)
			VALUES (#{channel}, #{userId}, #{flow}, #{outcome}, #{at})""")
	void log(@Param("channel") String channel, @Param("userId") String userId, @Param("flow") String flow,
			@Param("outcome") String outcome, @Param("at") Instant at);

	@Select("""
			SELECT outcome FROM conversation_log WHERE channel = #{channel} AND user_id = #{userId}
			ORDER BY id""")
	List<String> outcomes(@Param("channel") String channel, @Param("userId") String userId);

}
