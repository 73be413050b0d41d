package cn.jiangle.ecojustice.db.alerts;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

interface AlertWindowMapper {

	final class Row {

		String kind;

		Instant windowUntil;

		int suppressed;

		int episodeTotal;

		String lastDetail;

	}

	@Insert("""
			INSERT INTO admin_alert_window (kind, suppressed, episode_total) VALUES (#{kind}, 0, 0)
			ON DUPLICATE KEY UPDATE kind = kind""")
	void ensure(@Param("kind") String kind);

	@Select("""
			SELECT kind, window_until AS windowUntil, suppressed, episode_total AS episodeTotal,
			    last_detail AS lastDetail
			FROM admin_alert_window WHERE kind = #{kind} FOR UPDATE""")
	Row lock(@Param("kind") String kind);

	@Update("""
			UPDATE admin_alert_window SET suppressed = suppressed + 1, episode_total = episode_total + 1,
			    last_detail = #{detail}
			WHERE kind = #{kind}""")
	int count(@Param("kind") String kind, @Param("detail") String detail);

	@Update("""
			UPDATE admin_alert_window SET window_until = #{until}, suppressed = 0, episode_total = #{total},
			    last_detail = #{detail}
			WHERE kind = #{kind}""")
	int open(@Param("kind") String kind, @Param("until") Instant until, @Param("total") int total,
			@Param("detail") String detail);

	@Select("""
			SELECT kind, window_until AS windowUntil, suppressed, episode_total AS episodeTotal,
			    last_detail AS lastDetail
			FROM admin_alert_window WHERE window_until <= #{now} AND suppressed > 0
			FOR UPDATE SKIP LOCKED""")
	List<Row> lockDue(@Param("now") Instant now);

}
