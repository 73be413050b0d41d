package cn.jiangle.ecojustice.db.crypto;

import java.util.Map;

/**
 * The statements of {@link ReencryptionMapper}. Identifiers cannot be bound, so they are written in — but only those
 * of a column listed in {@link SealedColumns#ALL} (whose record also checks their shape); any other column is refused
 * before a statement exists. Values stay bound ({@code #{…}}).
 */
public final class SealedColumnSql {

	private SealedColumnSql() {
	}

	public static String due(Map<String, Object> params) {
		SealedColumn c = listed(params);
		return "SELECT " + c.cursor() + " AS cursor_value, " + c.rowKey() + " AS row_key, " + c.column()
				+ " AS sealed FROM " + c.table() + " WHERE " + c.cursor() + " > #{after} AND " + c.column()
				+ " IS NOT NULL AND " + c.column() + " <> '' AND LEFT(" + c.column()
				+ ", CHAR_LENGTH(#{prefix})) <> #{prefix} ORDER BY " + c.cursor() + " LIMIT #{limit}";
	}

	public static String replace(Map<String, Object> params) {
		SealedColumn c = listed(params);
		return "UPDATE " + c.table() + " SET " + c.column() + " = #{fresh} WHERE " + c.cursor() + " = #{cursorValue} AND "
				+ c.column() + " = #{old} COLLATE utf8mb4_bin";
	}

	public static String prefixes(Map<String, Object> params) {
		SealedColumn c = listed(params);
		return "SELECT SUBSTRING_INDEX(" + c.column() + ", ':', 1) AS prefix, COUNT(*) AS n FROM " + c.table() + " WHERE "
				+ c.column() + " IS NOT NULL AND " + c.column() + " <> '' GROUP BY SUBSTRING_INDEX(" + c.column()
				+ ", ':', 1) ORDER BY prefix";
	}

	private static SealedColumn listed(Map<String, Object> params) {
		Object column = params.get("column");
		if (!(column instanceof SealedColumn sealed) || !SealedColumns.ALL.contains(sealed)) {
			throw new IllegalArgumentException("not a sealed column of SealedColumns.ALL: " + column);
		}
		return sealed;
	}

}
