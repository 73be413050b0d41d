package cn.jiangle.ecojustice.db.schema;

import java.util.List;
import java.util.Map;

import cn.jiangle.ecojustice.db.testing.DatabaseTest;
import cn.jiangle.ecojustice.db.testing.DatabaseTestConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Flyway builds the whole schema on an empty database (the class's fresh one) with the conventions every table keeps. */
@SpringBootTest(classes = DatabaseTestConfiguration.class)
@DatabaseTest
class MigrationIntegrationTests {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void everyMigrationAppliedFromEmpty() {
		List<Map<String, Object>> history = this.jdbc
			.queryForList("SELECT version, success FROM flyway_schema_history WHERE version IS NOT NULL ORDER BY installed_rank");
		assertThat(history).extracting((row) -> row.get("version")).startsWith("1", "2", "3", "4", "5");
		assertThat(history).allSatisfy((row) -> assertThat(row.get("success")).isIn(true, 1, (byte) 1));
	}

	@Test
	void dataModelTablesExist() {
		List<String> tables = this.jdbc.queryForList(
				"SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()", String.class);
		assertThat(tables).contains("agency", "officer", "eco_case", "case_officer", "party", "obligation",
				"obligation_amount", "audit_entry", "audit_head");
	}

	@Test
	void everyTableIsInnoDbWithUtf8mb4() {
		List<Map<String, Object>> tables = this.jdbc.queryForList("""
				SELECT table_name, engine, table_collation FROM information_schema.tables
				WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE'""");
		assertThat(tables).isNotEmpty().allSatisfy((table) -> {
			assertThat(table.get("engine")).as("engine of %s", table.get("table_name")).isEqualTo("InnoDB");
			assertThat((String) table.get("table_collation")).as("collation of %s", table.get("table_name"))
				.startsWith("utf8mb4_");
		});
		List<Map<String, Object>> textColumns = this.jdbc.queryForList("""
				SELECT table_name, column_name, character_set_name FROM information_schema.columns
				WHERE table_schema = DATABASE() AND character_set_name IS NOT NULL""");
		assertThat(textColumns).isNotEmpty()
			.allSatisfy((column) -> assertThat(column.get("character_set_name"))
				.as("%s.%s", column.get("table_name"), column.get("column_name"))
				.isEqualTo("utf8mb4"));
	}

	@Test
	void instantsAreWholeSecondDatetimes() {
		List<Map<String, Object>> temporal = this.jdbc.queryForList("""
				SELECT table_name, column_name, data_type, datetime_precision FROM information_schema.columns
				WHERE table_schema = DATABASE() AND table_name <> 'flyway_schema_history'
				  AND data_type IN ('datetime', 'timestamp')""");
		assertThat(temporal).isNotEmpty()
			.allSatisfy((column) -> assertThat(column.get("data_type"))
				.as("%s.%s", column.get("table_name"), column.get("column_name"))
				.isEqualTo("datetime"));
	}

	@Test
	void mechanismAgenciesAreSeeded() {
		assertThat(this.jdbc.queryForList("SELECT code FROM agency ORDER BY id", String.class)).containsExactly("COURT",
				"PROCURATORATE", "POLICE", "FORESTRY", "NATURAL_RESOURCES", "TOWNSHIP", "VILLAGE",
				"RESTORATION_MANAGER");
	}

	@Test
	void ledgerStartsEmptyAtGenesis() {
		assertThat(this.jdbc.queryForMap("SELECT last_seq, last_hash FROM audit_head WHERE id = 1"))
			.containsEntry("last_seq", 0L)
			.containsEntry("last_hash", "0".repeat(64));
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry", Long.class)).isZero();
	}

}
