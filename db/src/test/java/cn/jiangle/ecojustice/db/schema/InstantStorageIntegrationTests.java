package cn.jiangle.ecojustice.db.schema;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import cn.jiangle.ecojustice.db.Actor;
import cn.jiangle.ecojustice.db.cases.Case;
import cn.jiangle.ecojustice.db.cases.CaseNumber;
import cn.jiangle.ecojustice.db.cases.Cases;
import cn.jiangle.ecojustice.db.cases.Charge;
import cn.jiangle.ecojustice.db.cases.NewCase;
import cn.jiangle.ecojustice.db.cases.Stage;
import cn.jiangle.ecojustice.db.officers.Officers;
import cn.jiangle.ecojustice.db.officers.Role;
import cn.jiangle.ecojustice.db.testing.DatabaseTest;
import cn.jiangle.ecojustice.db.testing.DatabaseTestConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Instants are stored as UTC wall-clock DATETIME with whole seconds, whatever the JVM's zone (surefire runs this
 * module in Asia/Shanghai). Fractions never reach the database: MariaDB truncates them, MySQL 8 would round them,
 * so the code truncates first and both servers agree.
 */
@SpringBootTest(classes = { DatabaseTestConfiguration.class, InstantStorageIntegrationTests.FixedClock.class })
@DatabaseTest
class InstantStorageIntegrationTests {

	static final Instant NOW = Instant.parse("2026-03-01T10:15:30.987654321Z");

	@TestConfiguration(proxyBeanMethods = false)
	static class FixedClock {

		@Bean
		Clock clock() {
			return Clock.fixed(NOW, ZoneOffset.ofHours(8));
		}

	}

	@Autowired
	Cases cases;

	@Autowired
	Officers officers;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void plainDatetimeDropsFractionsOnThisServer() {
		this.jdbc.execute("CREATE TABLE instant_pin (id INT PRIMARY KEY, at DATETIME NOT NULL)");
		this.jdbc.update("INSERT INTO instant_pin VALUES (1, ?)", Timestamp.from(NOW));
		Instant stored = this.jdbc.queryForObject("SELECT at FROM instant_pin WHERE id = 1", Timestamp.class)
			.toInstant();
		// pinned: MariaDB 11.4 truncates (10:15:30); MySQL 8 would round to 10:15:31 — hence truncation in code
		assertThat(stored).isEqualTo(Instant.parse("2026-03-01T10:15:30Z"));
		assertThat(this.jdbc.queryForObject("SELECT DATE_FORMAT(at, '%Y-%m-%d %H:%i:%s.%f') FROM instant_pin",
				String.class))
			.isEqualTo("2026-03-01 10:15:30.000000");
	}

	@Test
	void theApiStoresWholeSecondsInUtc() {
		this.officers.register("clock_judge", "COURT", Role.CASE_OFFICER, "钟法官", Actor.SYSTEM);
		Case opened = this.cases.open(new NewCase(CaseNumber.parse("（2026）闽0428刑初88号"), Charge.ILLEGAL_HUNTING, null,
				Stage.TRIAL, List.of("clock_judge")), Actor.SYSTEM);
		Instant second = Instant.parse("2026-03-01T10:15:30Z");
		assertThat(opened.createdAt()).isEqualTo(second);
		assertThat(this.cases.get(opened.id()).createdAt()).isEqualTo(second);
		assertThat(this.jdbc.queryForObject("SELECT DATE_FORMAT(created_at, '%Y-%m-%d %H:%i:%s') FROM eco_case WHERE id = ?",
				String.class, opened.id()))
			.as("UTC wall-clock, not Asia/Shanghai (18:15:30)")
			.isEqualTo("2026-03-01 10:15:30");
		assertThat(this.jdbc.queryForObject("SELECT DATE_FORMAT(MAX(recorded_at), '%H:%i:%s') FROM audit_entry",
				String.class))
			.isEqualTo("10:15:30");
	}

}
