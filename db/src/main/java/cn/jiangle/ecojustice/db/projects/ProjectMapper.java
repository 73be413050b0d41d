package cn.jiangle.ecojustice.db.projects;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.apache.ibatis.annotations.Arg;
import org.apache.ibatis.annotations.ConstructorArgs;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.ResultMap;
import org.apache.ibatis.annotations.Results;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

interface ProjectMapper {

	record Row(long id, String number, String name, Long caseId, long managerAgencyId, BigDecimal fund,
			String progressInterval, LocalDate acceptanceDate, ProjectState state, String designatedBy,
			Instant designatedAt, String acceptanceResult, String acceptedBy, Instant acceptedAt) {
	}

	String SELECT = """
			SELECT id, number, name, case_id, manager_agency_id, fund, progress_interval, acceptance_date, state,
			       designated_by, designated_at, acceptance_result, accepted_by, accepted_at
			FROM project""";

	@Select(SELECT + " WHERE id = #{id}")
	@Results(id = "project", value = {})
	@ConstructorArgs({ @Arg(column = "id", javaType = long.class), @Arg(column = "number", javaType = String.class),
			@Arg(column = "name", javaType = String.class), @Arg(column = "case_id", javaType = Long.class),
			@Arg(column = "manager_agency_id", javaType = long.class),
			@Arg(column = "fund", javaType = BigDecimal.class),
			@Arg(column = "progress_interval", javaType = String.class),
			@Arg(column = "acceptance_date", javaType = LocalDate.class),
			@Arg(column = "state", javaType = ProjectState.class),
			@Arg(column = "designated_by", javaType = String.class),
			@Arg(column = "designated_at", javaType = Instant.class),
			@Arg(column = "acceptance_result", javaType = String.class),
			@Arg(column = "accepted_by", javaType = String.class),
			@Arg(column = "accepted_at", javaType = Instant.class) })
	Row byId(@Param("id") long id);

	@Select(SELECT + " WHERE id = #{id} FOR UPDATE")
	@ResultMap("project")
	Row lock(@Param("id") long id);

	@Select(SELECT + " WHERE number = #{number}")
	@ResultMap("project")
	Row byNumber(@Param("number") String number);

	@Select(SELECT + " WHERE name LIKE CONCAT('%', #{text}, '%') ESCAPE '!' ORDER BY id DESC")
	@ResultMap("project")
	List<Row> nameContaining(@Param("text") String escapedText);

	@Select(SELECT + " ORDER BY id DESC")
	@ResultMap("project")
	List<Row> all();

	/** Takes the year's next number; the counter row stays locked until the designating transaction ends. */
	@Insert("""
			INSERT INTO project_sequence (year, last_value) VALUES (#{year}, 1)
			ON DUPLICATE KEY UPDATE last_value = last_value + 1""")
	void advance(@Param("year") int year);

	@Select("SELECT last_value FROM project_sequence WHERE year = #{year}")
	long current(@Param("year") int year);

	@Insert("""
			INSERT INTO project (number, name, case_id, manager_agency_id, fund, progress_interval, acceptance_date,
			                     state, designated_by, designated_at)
			VALUES (#{number}, #{name}, #{caseId}, #{managerAgencyId}, #{fund}, #{progressInterval},
			        #{acceptanceDate}, 'IN_PROGRESS', #{by}, #{at})""")
	void insert(@Param("number") String number, @Param("name") String name, @Param("caseId") Long caseId,
			@Param("managerAgencyId") long managerAgencyId, @Param("fund") BigDecimal fund,
			@Param("progressInterval") String progressInterval, @Param("acceptanceDate") LocalDate acceptanceDate,
			@Param("by") String by, @Param("at") Instant at);

	@Select("SELECT LAST_INSERT_ID()")
	long lastInsertId();

	@Insert("INSERT INTO project_supervisor (project_id, agency_id, position) VALUES (#{projectId}, #{agencyId}, #{position})")
	void insertSupervisor(@Param("projectId") long projectId, @Param("agencyId") long agencyId,
			@Param("position") int position);

	@Select("SELECT agency_id FROM project_supervisor WHERE project_id = #{projectId} ORDER BY position")
	List<Long> supervisors(@Param("projectId") long projectId);

	@Insert("""
			INSERT INTO project_milestone (project_id, position, name, due_date)
			VALUES (#{projectId}, #{position}, #{name}, #{dueDate})""")
	void insertMilestone(@Param("projectId") long projectId, @Param("position") int position,
			@Param("name") String name, @Param("dueDate") LocalDate dueDate);

	@Select("""
			SELECT id, project_id, name, due_date, reached_at, reached_by, note FROM project_milestone
			WHERE project_id = #{projectId} ORDER BY position""")
	@Results(id = "milestone", value = {})
	@ConstructorArgs({ @Arg(column = "id", javaType = long.class),
			@Arg(column = "project_id", javaType = long.class), @Arg(column = "name", javaType = String.class),
			@Arg(column = "due_date", javaType = LocalDate.class),
			@Arg(column = "reached_at", javaType = Instant.class),
			@Arg(column = "reached_by", javaType = String.class), @Arg(column = "note", javaType = String.class) })
	List<Milestone> milestones(@Param("projectId") long projectId);

	@Update("""
			UPDATE project_milestone SET reached_by = #{by}, reached_at = #{at}, note = #{note}
			WHERE id = #{id} AND reached_at IS NULL""")
	int reachMilestone(@Param("id") long id, @Param("by") String by, @Param("at") Instant at,
			@Param("note") String note);

	@Update("""
			UPDATE project SET state = 'ACCEPTED', acceptance_result = #{result}, accepted_by = #{by}, accepted_at = #{at}
			WHERE id = #{id} AND state = 'IN_PROGRESS'""")
	int accept(@Param("id") long id, @Param("result") String result, @Param("by") String by,
			@Param("at") Instant at);

}
