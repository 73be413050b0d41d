package cn.jiangle.ecojustice.db.testing;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import cn.jiangle.ecojustice.db.embedded.EmbeddedMariaDb;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;

/** Points the context at a fresh database of the shared test server; see {@link DatabaseTest}. */
final class DatabaseTestContextCustomizer implements ContextCustomizer {

	private final Class<?> testClass;

	DatabaseTestContextCustomizer(Class<?> testClass) {
		this.testClass = testClass;
	}

	@Override
	public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
		EmbeddedMariaDb server = TestDatabaseServer.get();
		String database = TestDatabaseServer.freshDatabaseFor(this.testClass);
		ConfigurableEnvironment environment = context.getEnvironment();

		Map<String, Object> connection = new LinkedHashMap<>();
		connection.put("spring.datasource.url", server.jdbcUrl(database));
		connection.put("spring.datasource.username", server.username());
		connection.put("spring.datasource.password", server.password());
		environment.getPropertySources().addFirst(new MapPropertySource("databaseTest", connection));

		Map<String, Object> defaults = new LinkedHashMap<>();
		defaults.put("ecojustice.db.crypto.keys.1", TestCryptoKeys.KEY_1);
		defaults.put("ecojustice.db.crypto.keys.2", TestCryptoKeys.KEY_2);
		defaults.put("ecojustice.db.crypto.current-version", "1");
		defaults.put("ecojustice.db.crypto.hash-key", TestCryptoKeys.HASH_KEY);
		// contexts stay cached, one per test class: keep each pool small
		defaults.put("spring.datasource.hikari.maximum-pool-size", "5");
		defaults.put("spring.datasource.hikari.minimum-idle", "1");
		defaults.put("spring.quartz.scheduler-name", database);
		environment.getPropertySources().addLast(new MapPropertySource("databaseTestDefaults", defaults));
	}

	@Override
	public boolean equals(Object other) {
		return (other instanceof DatabaseTestContextCustomizer customizer) && customizer.testClass == this.testClass;
	}

	@Override
	public int hashCode() {
		return Objects.hashCode(this.testClass);
	}

}
