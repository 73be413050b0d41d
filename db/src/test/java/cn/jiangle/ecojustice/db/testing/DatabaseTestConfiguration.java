package cn.jiangle.ecojustice.db.testing;

import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/**
 * A minimal test application: auto-configuration only, no component scanning. Use with
 * {@code @SpringBootTest(classes = DatabaseTestConfiguration.class)} and {@link DatabaseTest}.
 * <p>
 * Deliberately neither {@code @Configuration} nor {@code @SpringBootConfiguration}: the full application scans
 * {@code cn.jiangle.ecojustice} (this test-jar is on its test class path) and Spring Boot searches for a
 * {@code @SpringBootConfiguration} upwards from a test's package; neither may find this class.
 */
@EnableAutoConfiguration
public class DatabaseTestConfiguration {

}
