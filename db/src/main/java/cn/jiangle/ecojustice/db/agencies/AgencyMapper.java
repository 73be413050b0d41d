package cn.jiangle.ecojustice.db.agencies;

import java.util.List;

import org.apache.ibatis.annotations.Arg;
import org.apache.ibatis.annotations.ConstructorArgs;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.ResultMap;
import org.apache.ibatis.annotations.Results;
import org.apache.ibatis.annotations.Select;

interface AgencyMapper {

	@Select("SELECT id, code, kind, name FROM agency ORDER BY id")
	@Results(id = "agency", value = {})
	@ConstructorArgs({ @Arg(column = "id", javaType = long.class), @Arg(column = "code", javaType = String.class),
			@Arg(column = "kind", javaType = AgencyKind.class), @Arg(column = "name", javaType = String.class) })
	List<Agency> all();

	@Select("SELECT id, code, kind, name FROM agency WHERE code = #{code}")
	@ResultMap("agency")
	Agency byCode(@Param("code") String code);

	@Select("SELECT id, code, kind, name FROM agency WHERE id = #{id}")
	@ResultMap("agency")
	Agency byId(@Param("id") long id);

	@Insert("INSERT INTO agency (code, kind, name) VALUES (#{code}, #{kind}, #{name})")
	int insert(@Param("code") String code, @Param("kind") AgencyKind kind, @Param("name") String name);

	@Select("SELECT LAST_INSERT_ID()")
	long lastInsertId();

}
