package cn.jiangle.ecojustice.db.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs a Spring test class against its own fresh database on a real MariaDB.
 *
 * <p>
 * One embedded MariaDB 11.4 is started per test JVM (binaries shared under {@code java.io.tmpdir}, data in a
 * temporary directory deleted at exit). Each annotated class gets a new, empty database named after the class; the
 * context's own Flyway then migrates it from empty, so tests see exactly the production schema. The class's context
 * is therefore not shared with other classes.
 *
 * <p>
 * Properties set for the context:
 * <ul>
 * <li>{@code spring.datasource.url}, {@code username}, {@code password}: the class's database (these win over
 * everything else, so the embedded zero-setup database never starts in tests);</li>
 * <li>defaults that a test may override with {@code @SpringBootTest(properties = ...)}: fixed test keys for
 * {@code ecojustice.db.crypto.*} (versions 1 and 2, current 1), a small Hikari pool, and
 * {@code spring.quartz.scheduler-name} set to the database name (Quartz schedulers are JVM-global).</li>
 * </ul>
 *
 * <p>
 * Usage, full application (bot):
 *
 * <pre class="code">
 * &#64;SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
 * &#64;DatabaseTest
 * class WeComCallbackIntegrationTests { ... }
 * </pre>
 *
 * Slim context (db, jobs): name the configuration; {@link DatabaseTestConfiguration} enables auto-configuration
 * (DataSource, Flyway, MyBatis, transactions, the db APIs) and nothing else:
 *
 * <pre class="code">
 * &#64;SpringBootTest(classes = DatabaseTestConfiguration.class)
 * &#64;DatabaseTest
 * class CasesIntegrationTests {
 *     &#64;Autowired Cases cases;
 *     &#64;Autowired JdbcTemplate jdbc; // raw access to the same database
 * }
 * </pre>
 *
 * {@link TestDatabaseServer} gives direct access to the server (e.g. to create extra databases).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface DatabaseTest {

}
