package cn.jiangle.ecojustice.db.reminders;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

interface SeriesMapper {

	String SERIES = """
			SELECT id, kind, group_key, subject, rule, revision, next_at, status, created_by, created_at, updated_at
			FROM reminder_series""";

	@Insert("""
			INSERT INTO reminder_series (kind, group_key, subject, rule, revision, next_at, status, created_by,
			    created_at, updated_at)
			VALUES (#{kind}, #{group}, '', #{rule}, 1, #{nextAt}, 'ACTIVE', #{createdBy}, #{now}, #{now})""")
	@Options(useGeneratedKeys = true, keyProperty = "key.id", keyColumn = "id")
	void insert(@Param("kind") ReminderKind kind, @Param("group") String groupKey, @Param("rule") String rule,
			@Param("nextAt") Instant nextAt, @Param("createdBy") String createdBy, @Param("now") Instant now,
			@Param("key") ReminderMapper.Key key);

	@Update("UPDATE reminder_series SET subject = #{sealed} WHERE id = #{id}")
	void sealSubject(@Param("id") long id, @Param("sealed") String sealed);

	@Select(SERIES + " WHERE id = #{id}")
	ReminderSeries byId(@Param("id") long id);

	@Select(SERIES + " WHERE id = #{id} FOR UPDATE")
	ReminderSeries lockById(@Param("id") long id);

	/** Series whose next occurrence comes within the horizon; those another node is extending are skipped. */
	@Select(SERIES + """

			WHERE status = 'ACTIVE' AND next_at <= #{horizon}
			ORDER BY next_at, id
			LIMIT #{limit}
			FOR UPDATE SKIP LOCKED""")
	List<ReminderSeries> claimDue(@Param("horizon") Instant horizon, @Param("limit") int limit);

	@Update("UPDATE reminder_series SET next_at = #{nextAt}, updated_at = #{now} WHERE id = #{id}")
	void advance(@Param("id") long id, @Param("nextAt") Instant nextAt, @Param("now") Instant now);

	@Update("""
			UPDATE reminder_series SET rule = #{rule}, revision = revision + 1, next_at = #{nextAt}, updated_at = #{now}
			WHERE id = #{id}""")
	void changeRule(@Param("id") long id, @Param("rule") String rule, @Param("nextAt") Instant nextAt,
			@Param("now") Instant now);

	@Update("UPDATE reminder_series SET status = 'CANCELLED', updated_at = #{now} WHERE id = #{id}")
	void cancel(@Param("id") long id, @Param("now") Instant now);

}
