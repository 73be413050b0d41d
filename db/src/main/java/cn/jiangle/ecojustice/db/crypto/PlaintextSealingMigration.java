package cn.jiangle.ecojustice.db.crypto;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Flyway V36: seals what earlier versions stored in plaintext (chat text of inbound events, outbox bodies, officer
 * questions, replies, feedback reasons and follow-up contexts), bound to each row like new values; V53 does the same
 * for reminder subjects ({@link #REMINDER_SUBJECTS}). A Java migration because it needs the field key; registered as a
 * bean, which Spring Boot hands to Flyway.
 */
final class PlaintextSealingMigration implements JavaMigration {

	private static final Logger log = LoggerFactory.getLogger(PlaintextSealingMigration.class);

	/** Columns that held plaintext before V36 (party numbers and conversation state were sealed from the start). */
	static final List<SealedColumn> FORMERLY_PLAINTEXT = List.of(SealedColumns.INBOUND_CONTENT,
			SealedColumns.INBOUND_EVENT_KEY, SealedColumns.INBOUND_SCENE_PARAM, SealedColumns.OUTBOX_BODY,
			SealedColumns.QA_QUESTION, SealedColumns.QA_REPLY, SealedColumns.QA_FEEDBACK_REASON,
			SealedColumns.QA_CONTEXT);

	/** V53: reminder subjects, plaintext before V52 made room for their sealed form. */
	static final List<SealedColumn> REMINDER_SUBJECTS = List.of(SealedColumns.REMINDER_SUBJECT);

	private static final int BATCH = 500;

	private final FieldCipher cipher;

	private final String version;

	private final String description;

	private final List<SealedColumn> columns;

	PlaintextSealingMigration(FieldCipher cipher) {
		this(cipher, "36", "seal plaintext chat text", FORMERLY_PLAINTEXT);
	}

	PlaintextSealingMigration(FieldCipher cipher, String version, String description, List<SealedColumn> columns) {
		this.cipher = cipher;
		this.version = version;
		this.description = description;
		this.columns = List.copyOf(columns);
	}

	/** V53: seals reminder subjects stored in plaintext by V50–V51. */
	static PlaintextSealingMigration reminderSubjects(FieldCipher cipher) {
		return new PlaintextSealingMigration(cipher, "53", "seal plaintext reminder subjects", REMINDER_SUBJECTS);
	}

	@Override
	public MigrationVersion getVersion() {
		return MigrationVersion.fromVersion(this.version);
	}

	@Override
	public String getDescription() {
		return this.description;
	}

	@Override
	public Integer getChecksum() {
		return null;
	}

	@Override
	public boolean canExecuteInTransaction() {
		return true;
	}

	@Override
	public void migrate(Context context) throws SQLException {
		Connection connection = context.getConnection();
		for (SealedColumn column : this.columns) {
			int sealed = seal(connection, column);
			if (sealed > 0) {
				log.info("Sealed {} plaintext values of {}", sealed, column);
			}
		}
	}

	private int seal(Connection connection, SealedColumn column) throws SQLException {
		// table and column names are the constants of SealedColumns, never input
		String select = "SELECT " + column.cursor() + ", " + column.rowKey() + ", " + column.column() + " FROM "
				+ column.table() + " WHERE " + column.column() + " IS NOT NULL AND " + column.column() + " <> ''"
				+ " AND " + column.cursor() + " > ? ORDER BY " + column.cursor() + " LIMIT " + BATCH;
		String update = "UPDATE " + column.table() + " SET " + column.column() + " = ? WHERE " + column.cursor()
				+ " = ?";
		Object after = column.cursorStart();
		int total = 0;
		while (true) {
			List<Object[]> rows = new ArrayList<>(BATCH);
			try (PreparedStatement query = connection.prepareStatement(select)) {
				query.setObject(1, after);
				try (ResultSet rs = query.executeQuery()) {
					while (rs.next()) {
						rows.add(new Object[] { rs.getObject(1), rs.getString(2), rs.getString(3) });
					}
				}
			}
			if (rows.isEmpty()) {
				return total;
			}
			try (PreparedStatement write = connection.prepareStatement(update)) {
				for (Object[] row : rows) {
					write.setString(1, cipher.seal((String) row[2], column.cell((String) row[1])));
					write.setObject(2, row[0]);
					write.addBatch();
				}
				write.executeBatch();
			}
			total += rows.size();
			after = rows.get(rows.size() - 1)[0];
		}
	}

}
