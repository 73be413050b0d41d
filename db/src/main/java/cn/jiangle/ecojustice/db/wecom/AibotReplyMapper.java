package cn.jiangle.ecojustice.db.wecom;

import java.time.Instant;

import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

interface AibotReplyMapper {

	String COLUMNS = """
			reply_key AS replyKey, event_id AS eventId, bot_id AS botId, chat_type AS chatType, chat_id AS chatId,
			from_user AS fromUser, response_url AS responseUrl, streamed, header, content, card, delivered,
			created_at AS createdAt, ready_at AS readyAt, finished_at AS finishedAt, needs_url AS needsUrl,
			url_used_at AS urlUsedAt""";

	/** Column values as stored (header and content sealed). */
	final class Row {

		String replyKey;

		long eventId;

		String botId;

		String chatType;

		String chatId;

		String fromUser;

		String responseUrl;

		boolean streamed;

		String header;

		String content;

		String card;

		int delivered;

		Instant createdAt;

		Instant readyAt;

		Instant finishedAt;

		boolean needsUrl;

		Instant urlUsedAt;

	}

	@Insert("""
			INSERT INTO wecom_aibot_reply (reply_key, event_id, bot_id, chat_type, chat_id, from_user, response_url,
			    streamed, header, created_at)
			VALUES (#{r.replyKey}, #{eventId}, #{r.botId}, #{r.chatType}, #{r.chatId}, #{r.fromUser}, #{r.responseUrl},
			    #{r.streamed}, #{header}, #{now})""")
	void insert(@Param("r") NewAibotReply reply, @Param("eventId") long eventId, @Param("header") String header,
			@Param("now") Instant now);

	@Select("SELECT " + COLUMNS + " FROM wecom_aibot_reply WHERE reply_key = #{key}")
	Row find(@Param("key") String key);

	@Select("SELECT " + COLUMNS + " FROM wecom_aibot_reply WHERE event_id = #{eventId}")
	Row forEvent(@Param("eventId") long eventId);

	@Select("""
			SELECT COUNT(*) FROM wecom_aibot_reply WHERE bot_id = #{botId} AND from_user = #{user} AND streamed = 1
			    AND finished_at IS NULL AND created_at > #{since}""")
	int inFlight(@Param("botId") String botId, @Param("user") String user, @Param("since") Instant since);

	// needs_url is decided from the row as it is when the answer arrives: no open stream left to carry it
	@Update("""
			UPDATE wecom_aibot_reply SET content = #{content}, card = #{card}, ready_at = #{now},
			    needs_url = (streamed = 0 OR finished_at IS NOT NULL)
			WHERE event_id = #{eventId} AND ready_at IS NULL""")
	int answer(@Param("eventId") long eventId, @Param("content") String content, @Param("card") String card,
			@Param("now") Instant now);

	@Update("""
			UPDATE wecom_aibot_reply SET delivered = #{delivered},
			    finished_at = CASE WHEN #{finish} THEN #{now} ELSE NULL END
			WHERE reply_key = #{key} AND finished_at IS NULL AND ready_at IS NOT NULL""")
	int advance(@Param("key") String key, @Param("delivered") int delivered, @Param("finish") boolean finish,
			@Param("now") Instant now);

	@Update("""
			UPDATE wecom_aibot_reply SET finished_at = #{now}
			WHERE reply_key = #{key} AND finished_at IS NULL AND ready_at IS NULL""")
	int expire(@Param("key") String key, @Param("now") Instant now);

	@Select("SELECT " + COLUMNS + """
			 FROM wecom_aibot_reply WHERE needs_url = 1 AND url_used_at IS NULL ORDER BY ready_at LIMIT 1
			FOR UPDATE SKIP LOCKED""")
	Row lockNextForUrl();

	@Update("UPDATE wecom_aibot_reply SET url_used_at = #{now} WHERE reply_key = #{key} AND url_used_at IS NULL")
	int useUrl(@Param("key") String key, @Param("now") Instant now);

	@Delete("DELETE FROM wecom_aibot_reply WHERE created_at < #{before} LIMIT #{limit}")
	int purge(@Param("before") Instant before, @Param("limit") int limit);

}
