package cn.jiangle.ecojustice.db.wecom;

import java.time.Instant;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

interface KfCustomerMapper {

	/* ON DUPLICATE KEY takes the existing row's exclusive lock at once (INSERT IGNORE would take a shared one, and
	 * two transactions upgrading shared locks to exclusive deadlock) */
	@Insert("""
			INSERT INTO kf_customer (open_kf_id, external_userid, window_used, updated_at)
			VALUES (#{openKfId}, #{user}, 0, #{now})
			ON DUPLICATE KEY UPDATE open_kf_id = open_kf_id""")
	int ensure(@Param("openKfId") String openKfId, @Param("user") String user, @Param("now") Instant now);

	@Select("""
			SELECT last_message_at, window_used, human_since FROM kf_customer
			WHERE open_kf_id = #{openKfId} AND external_userid = #{user} FOR UPDATE""")
	KfCustomers.Window lock(@Param("openKfId") String openKfId, @Param("user") String user);

	@Select("""
			SELECT last_message_at FROM kf_customer WHERE open_kf_id = #{openKfId} AND external_userid = #{user}""")
	Instant lastMessageAt(@Param("openKfId") String openKfId, @Param("user") String user);

	@Update("""
			UPDATE kf_customer SET last_message_at = #{at}, window_used = #{used}, updated_at = #{now}
			WHERE open_kf_id = #{openKfId} AND external_userid = #{user}""")
	int openWindow(@Param("openKfId") String openKfId, @Param("user") String user, @Param("at") Instant at,
			@Param("used") int used, @Param("now") Instant now);

	@Update("""
			UPDATE kf_customer SET window_used = window_used + #{count}, updated_at = #{now}
			WHERE open_kf_id = #{openKfId} AND external_userid = #{user}""")
	int use(@Param("openKfId") String openKfId, @Param("user") String user, @Param("count") int count,
			@Param("now") Instant now);

	@Update("""
			UPDATE kf_customer SET human_since = #{now}, human_servicer = #{servicer}, updated_at = #{now}
			WHERE open_kf_id = #{openKfId} AND external_userid = #{user}""")
	int handOver(@Param("openKfId") String openKfId, @Param("user") String user,
			@Param("servicer") String servicer, @Param("now") Instant now);

	/* a report older than the hand-over (an earlier session's end, pulled late) leaves the new hand-over alone */
	@Update("""
			UPDATE kf_customer SET human_since = NULL, human_servicer = NULL, updated_at = #{now}
			WHERE open_kf_id = #{openKfId} AND external_userid = #{user} AND human_since IS NOT NULL
			  AND human_since <= #{at}""")
	int humanEnded(@Param("openKfId") String openKfId, @Param("user") String user, @Param("at") Instant at,
			@Param("now") Instant now);

	@Select("""
			SELECT COUNT(*) FROM kf_customer
			WHERE external_userid = #{user} AND human_since IS NOT NULL AND human_since > #{since}""")
	int withHuman(@Param("user") String user, @Param("since") Instant since);

}
