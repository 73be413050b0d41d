package cn.jiangle.ecojustice.bot.wecom;

import java.sql.Connection;
import java.sql.Statement;

import javax.sql.DataSource;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * The {@code db} health component, bounded in time: Spring Boot's own check waits on {@code isValid(0)} without a
 * timeout, so a database that stops answering would keep {@code /actuator/health} (and readiness) UP until TCP gives
 * up. Here the connection comes through {@link CallbackPathDataSource} and the check has its own timeout; with the
 * pool's connection timeout the answer is DOWN within about two seconds of the database going away. {@code SELECT 1}
 * rather than {@code isValid}: the driver's ping would replace the connection's socket timeout with its own.
 */
final class DatabaseHealth extends AbstractHealthIndicator {

	private final DataSource dataSource;

	/** @param dataSource connections with a socket timeout (a {@link CallbackPathDataSource}) */
	DatabaseHealth(DataSource dataSource) {
		super("Database health check failed");
		this.dataSource = dataSource;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) throws Exception {
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			statement.execute("SELECT 1");
			builder.up()
				.withDetail("database", connection.getMetaData().getDatabaseProductName())
				.withDetail("validationQuery", "SELECT 1");
		}
	}

}
