package cn.jiangle.ecojustice.db.crypto;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A column holding values sealed with {@link FieldCipher}, and how its rows are identified. A value is sealed for one
 * {@link Cell} (table, column and row), so a value copied into another row or column fails to open.
 *
 * @param table the table
 * @param column the column
 * @param rowKey SQL expression giving the row's stable identity as text; the code sealing a value passes the same text
 * to {@link #cell}
 * @param cursor SQL expression, unique per row and ordered, by which re-encryption walks the table in batches
 * @param numericCursor whether the cursor is a number (an id) rather than text
 */
public record SealedColumn(String table, String column, String rowKey, String cursor, boolean numericCursor) {

	public SealedColumn {
		Objects.requireNonNull(table, "table");
		Objects.requireNonNull(column, "column");
		Objects.requireNonNull(rowKey, "rowKey");
		Objects.requireNonNull(cursor, "cursor");
		// these are written into SQL by SealedColumnSql: identifiers, or the few expressions SealedColumns uses
		if (!IDENTIFIER.matcher(table).matches() || !IDENTIFIER.matcher(column).matches()) {
			throw new IllegalArgumentException("table and column must be plain SQL identifiers");
		}
		if (!EXPRESSION.matcher(rowKey).matches() || !EXPRESSION.matcher(cursor).matches()) {
			throw new IllegalArgumentException("row key and cursor must be column expressions without statements");
		}
	}

	private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,63}");

	/** Column names, CONCAT of columns with quoted ':' and a COLLATE clause: nothing that ends or comments a statement. */
	private static final Pattern EXPRESSION = Pattern.compile("[A-Za-z0-9_ ,():']{1,200}");

	/** A cursor value before every row. */
	public Object cursorStart() {
		return numericCursor ? (Object) Long.MIN_VALUE : "";
	}

	/** The place of one value: this column in the row identified by {@code row}. */
	public Cell cell(String row) {
		return new Cell(this, Objects.requireNonNull(row, "row"));
	}

	/** The place of one sealed value, bound into its associated data. */
	public record Cell(SealedColumn column, String row) {

		@Override
		public String toString() {
			// the row key may be a user id: keep it out of messages
			return column.table() + "." + column.column();
		}

	}

	@Override
	public String toString() {
		return table + "." + column;
	}

}
