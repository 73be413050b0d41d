package cn.jiangle.ecojustice.db.crypto;

import java.util.List;
import java.util.Map;

import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/**
 * Generic access to the sealed columns. {@code ${…}} substitutes table, column and key expressions, which come only
 * from the constants of {@link SealedColumns}, never from input.
 */
interface ReencryptionMapper {

	/** The next values after {@code after} (cursor order) not sealed with {@code prefix}. */
	@Select("""
			SELECT ${cursor} AS cursor_value, ${rowKey} AS row_key, ${column} AS sealed FROM ${table}
			WHERE ${cursor} > #{after} AND ${column} IS NOT NULL AND ${column} <> ''
			  AND LEFT(${column}, CHAR_LENGTH(#{prefix})) <> #{prefix}
			ORDER BY ${cursor} LIMIT #{limit}""")
	List<Map<String, Object>> due(@Param("table") String table, @Param("column") String column,
			@Param("rowKey") String rowKey, @Param("cursor") String cursor, @Param("after") Object after,
			@Param("prefix") String prefix, @Param("limit") int limit);

	/** Replaces a value only if it is still the one read (a node may have rewritten it meanwhile). */
	@Update("""
			UPDATE ${table} SET ${column} = #{fresh}
			WHERE ${cursor} = #{cursorValue} AND ${column} = #{old} COLLATE utf8mb4_bin""")
	int replace(@Param("table") String table, @Param("column") String column, @Param("cursor") String cursor,
			@Param("cursorValue") Object cursorValue, @Param("old") String old, @Param("fresh") String fresh);

	/** How many values of the column carry each prefix ({@code a2}, {@code v1}, …). */
	@Select("""
			SELECT SUBSTRING_INDEX(${column}, ':', 1) AS prefix, COUNT(*) AS n FROM ${table}
			WHERE ${column} IS NOT NULL AND ${column} <> ''
			GROUP BY SUBSTRING_INDEX(${column}, ':', 1) ORDER BY prefix""")
	List<Map<String, Object>> prefixes(@Param("table") String table, @Param("column") String column);

}
