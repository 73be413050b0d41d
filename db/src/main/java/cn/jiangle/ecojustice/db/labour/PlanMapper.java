package cn.jiangle.ecojustice.db.labour;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.apache.ibatis.annotations.Arg;
import org.apache.ibatis.annotations.ConstructorArgs;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.ResultMap;
import org.apache.ibatis.annotations.Results;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

interface PlanMapper {

	record Row(long id, long partyId, long caseId, long applicationId, String siteName, BigDecimal latitude,
			BigDecimal longitude, int radiusMetres, BigDecimal amount, ValuationKind valuation, BigDecimal dailyWage,
			LocalDate startDate, LocalDate endDate, LocalTime windowFrom, LocalTime windowTo, PlanStatus status,
			String setBy, Instant setAt, String confirmedBy, Instant confirmedAt, Instant coveredAt) {
	}

	record Rate(long planId, String unit, BigDecimal rate) {
	}

	String SELECT = """
			SELECT id, party_id, case_id, application_id, site_name, latitude, longitude, radius_metres, amount,
			       valuation, daily_wage, start_date, end_date, window_from, window_to, status, set_by, set_at,
			       confirmed_by, confirmed_at, covered_at
			FROM labour_plan""";

	@Select(SELECT + " WHERE id = #{id}")
	@Results(id = "plan", value = {})
	@ConstructorArgs({ @Arg(column = "id", javaType = long.class), @Arg(column = "party_id", javaType = long.class),
			@Arg(column = "case_id", javaType = long.class), @Arg(column = "application_id", javaType = long.class),
			@Arg(column = "site_name", javaType = String.class),
			@Arg(column = "latitude", javaType = BigDecimal.class),
			@Arg(column = "longitude", javaType = BigDecimal.class),
			@Arg(column = "radius_metres", javaType = int.class),
			@Arg(column = "amount", javaType = BigDecimal.class),
			@Arg(column = "valuation", javaType = ValuationKind.class),
			@Arg(column = "daily_wage", javaType = BigDecimal.class),
			@Arg(column = "start_date", javaType = LocalDate.class),
			@Arg(column = "end_date", javaType = LocalDate.class),
			@Arg(column = "window_from", javaType = LocalTime.class),
			@Arg(column = "window_to", javaType = LocalTime.class),
			@Arg(column = "status", javaType = PlanStatus.class), @Arg(column = "set_by", javaType = String.class),
			@Arg(column = "set_at", javaType = Instant.class),
			@Arg(column = "confirmed_by", javaType = String.class),
			@Arg(column = "confirmed_at", javaType = Instant.class),
			@Arg(column = "covered_at", javaType = Instant.class) })
	Row byId(@Param("id") long id);

	@Select(SELECT + " WHERE current_party = #{partyId}")
	@ResultMap("plan")
	Row currentOf(@Param("partyId") long partyId);

	@Select(SELECT + """
			 p WHERE p.status = 'CONFIRMED' AND p.covered_at IS NULL AND p.start_date <= #{day} AND p.end_date >= #{day}
			  AND NOT EXISTS (SELECT 1 FROM restoration_file f WHERE f.party_id = p.party_id AND f.state = 'CLOSED')
			  AND NOT EXISTS (SELECT 1 FROM eco_case c WHERE c.id = p.case_id AND c.status = 'CLOSED')
			ORDER BY p.party_id""")
	@ResultMap("plan")
	List<Row> activeOn(@Param("day") LocalDate day);

	@Select("SELECT plan_id, unit, rate FROM labour_plan_rate WHERE plan_id = #{planId} ORDER BY position")
	@ConstructorArgs({ @Arg(column = "plan_id", javaType = long.class), @Arg(column = "unit", javaType = String.class),
			@Arg(column = "rate", javaType = BigDecimal.class) })
	List<Rate> rates(@Param("planId") long planId);

	@Insert("""
			INSERT INTO labour_plan (party_id, case_id, application_id, site_name, latitude, longitude, radius_metres,
			                         amount, valuation, daily_wage, start_date, end_date, window_from, window_to,
			                         status, set_by, set_at)
			VALUES (#{row.partyId}, #{row.caseId}, #{row.applicationId}, #{row.siteName}, #{row.latitude},
			        #{row.longitude}, #{row.radiusMetres}, #{row.amount}, #{row.valuation}, #{row.dailyWage},
			        #{row.startDate}, #{row.endDate}, #{row.windowFrom}, #{row.windowTo}, 'PROPOSED', #{row.setBy},
			        #{row.setAt})""")
	void insert(@Param("row") Row row);

	@Select("SELECT LAST_INSERT_ID()")
	long lastInsertId();

	@Insert("INSERT INTO labour_plan_rate (plan_id, position, unit, rate) VALUES (#{planId}, #{position}, #{unit}, #{rate})")
	void insertRate(@Param("planId") long planId, @Param("position") int position, @Param("unit") String unit,
			@Param("rate") BigDecimal rate);

	@Update("UPDATE labour_plan SET status = 'REPLACED' WHERE id = #{id} AND status = 'PROPOSED'")
	int replace(@Param("id") long id);

	@Update("""
			UPDATE labour_plan SET status = 'CONFIRMED', confirmed_by = #{by}, confirmed_at = #{at}
			WHERE id = #{id} AND status = 'PROPOSED'""")
	int confirm(@Param("id") long id, @Param("by") String by, @Param("at") Instant at);

	@Update("UPDATE labour_plan SET covered_at = #{at} WHERE id = #{id} AND covered_at IS NULL")
	int cover(@Param("id") long id, @Param("at") Instant at);

}
