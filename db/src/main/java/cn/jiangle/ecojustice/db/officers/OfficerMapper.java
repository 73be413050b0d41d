package cn.jiangle.ecojustice.db.officers;

import java.time.Instant;
import java.util.List;

import cn.jiangle.ecojustice.db.agencies.AgencyKind;
import org.apache.ibatis.annotations.Arg;
import org.apache.ibatis.annotations.ConstructorArgs;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.ResultMap;
import org.apache.ibatis.annotations.Results;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

interface OfficerMapper {

	/** An officer joined with its agency (agency columns null for a bootstrap administrator). */
	record Row(String userid, String name, Role role, Long agencyId, String agencyCode, AgencyKind agencyKind,
			String agencyName, boolean active, Instant createdAt, Instant updatedAt) {
	}

	String SELECT = """
			SELECT o.userid, o.name, o.role, a.id AS agency_id, a.code AS agency_code, a.kind AS agency_kind,
			       a.name AS agency_name, o.active, o.created_at, o.updated_at
			FROM officer o LEFT JOIN agency a ON a.id = o.agency_id
			""";

	@Select(SELECT + " WHERE o.userid = #{userid}")
	@Results(id = "officer", value = {})
	@ConstructorArgs({ @Arg(column = "userid", javaType = String.class), @Arg(column = "name", javaType = String.class),
			@Arg(column = "role", javaType = Role.class), @Arg(column = "agency_id", javaType = Long.class),
			@Arg(column = "agency_code", javaType = String.class),
			@Arg(column = "agency_kind", javaType = AgencyKind.class),
			@Arg(column = "agency_name", javaType = String.class), @Arg(column = "active", javaType = boolean.class),
			@Arg(column = "created_at", javaType = Instant.class),
			@Arg(column = "updated_at", javaType = Instant.class) })
	Row byUserid(@Param("userid") String userid);

	@Select(SELECT + " WHERE o.userid = #{userid} FOR UPDATE")
	@ResultMap("officer")
	Row lockByUserid(@Param("userid") String userid);

	@Select(SELECT + " ORDER BY o.userid")
	@ResultMap("officer")
	List<Row> all();

	@Select(SELECT + " WHERE a.code = #{agencyCode} AND o.active ORDER BY o.userid")
	@ResultMap("officer")
	List<Row> activeByAgency(@Param("agencyCode") String agencyCode);

	@Insert("""
			INSERT INTO officer (userid, agency_id, role, name, active, created_at, updated_at)
			VALUES (#{userid}, #{agencyId}, #{role}, #{name}, TRUE, #{now}, #{now})
			""")
	int insert(@Param("userid") String userid, @Param("agencyId") Long agencyId, @Param("role") Role role,
			@Param("name") String name, @Param("now") Instant now);

	@Update("UPDATE officer SET role = #{role}, active = #{active}, updated_at = #{now} WHERE userid = #{userid}")
	int updateRoleAndActive(@Param("userid") String userid, @Param("role") Role role, @Param("active") boolean active,
			@Param("now") Instant now);

}
