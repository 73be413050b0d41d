package cn.jiangle.ecojustice.db.crypto;

import java.util.List;
import java.util.Map;

import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.SelectProvider;
import org.apache.ibatis.annotations.UpdateProvider;

/**
 * Generic access to the sealed columns. Table, column and key expressions cannot be bound parameters, so
 * {@link SealedColumnSql} writes them into the statement — only for a column of {@link SealedColumns#ALL}; every value
 * is bound.
 */
interface ReencryptionMapper {

	/** The next values after {@code after} (cursor order) not sealed with {@code prefix}. */
	@SelectProvider(type = SealedColumnSql.class, method = "due")
	List<Map<String, Object>> due(@Param("column") SealedColumn column, @Param("after") Object after,
			@Param("prefix") String prefix, @Param("limit") int limit);

	/** Replaces a value only if it is still the one read (a node may have rewritten it meanwhile). */
	@UpdateProvider(type = SealedColumnSql.class, method = "replace")
	int replace(@Param("column") SealedColumn column, @Param("cursorValue") Object cursorValue, @Param("old") String old,
			@Param("fresh") String fresh);

	/** How many values of the column carry each prefix ({@code a2}, {@code v1}, …). */
	@SelectProvider(type = SealedColumnSql.class, method = "prefixes")
	List<Map<String, Object>> prefixes(@Param("column") SealedColumn column);

}
