package cn.jiangle.ecojustice.bot.wecom;

import java.sql.Connection;
import java.time.Duration;

import javax.sql.DataSource;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * The {@code db} health component, bounded in time: Spring Boot's own check waits on {@code isValid(0)} without a
 * timeout, so a database that stops answering would keep {@code /actuator/health} (and readiness) UP until TCP gives
 * up. Here the connection comes through {@link CallbackPathDataSource} and the check has its own timeout; with the
 * pool's connection timeout the answer is DOWN within about two seconds of the database going away.
 */
final class DatabaseHealth extends AbstractHealthIndicator {

	private final DataSource dataSource;

	private final int timeoutSeconds;

	DatabaseHealth(DataSource dataSource, Duration timeout) {
		super("Database health check failed");
		this.dataSource = dataSource;
		this.timeoutSeconds = (int) Math.max(1, timeout.toSeconds());
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) throws Exception {
		try (Connection connection = dataSource.getConnection()) {
			String product = connection.getMetaData().getDatabaseProductName();
			if (connection.isValid(timeoutSeconds)) {
				builder.up();
			}
			else {
				builder.down();
			}
			builder.withDetail("database", product).withDetail("validationQuery", "isValid()");
		}
	}

}
