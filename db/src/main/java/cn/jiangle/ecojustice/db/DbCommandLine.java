package cn.jiangle.ecojustice.db;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.jiangle.ecojustice.db.crypto.CryptoAutoConfiguration;
import cn.jiangle.ecojustice.db.crypto.FieldCipher;
import cn.jiangle.ecojustice.db.crypto.Reencryption;
import cn.jiangle.ecojustice.db.embedded.EmbeddedDatabaseAutoConfiguration;
import org.mybatis.spring.SqlSessionTemplate;
import org.mybatis.spring.boot.autoconfigure.MybatisAutoConfiguration;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar ecojustice.jar db …}: database maintenance with the application's own configuration (the same
 * {@code config/application.yml}, environment and {@code --property=value} arguments), without the web server, WeCom
 * or the reminders.
 * <ul>
 * <li>{@code db reencrypt [--batch-size=500]}: after a key rotation, re-encrypts every sealed column under the current
 * key version and reports what each column holds. Exit 0 when every sealed value is under the current key (older key
 * versions may then be removed), 2 when some could not be decrypted (their key is already gone).</li>
 * </ul>
 * In zero-setup mode the embedded database can be opened by one process only: stop the assistant first. Against an
 * external database it may run beside the nodes.
 */
public final class DbCommandLine {

	private static final String USAGE = "usage: db reencrypt [--batch-size=500] [--property=value ...]";

	private DbCommandLine() {
	}

	/** Runs a {@code db} command; returns the exit code. */
	public static int run(String[] args, PrintStream out, PrintStream err) {
		if (args.length == 0 || !args[0].equals("reencrypt")) {
			err.println(USAGE);
			return 64;
		}
		int batchSize = 500;
		List<String> springArgs = new ArrayList<>();
		for (int i = 1; i < args.length; i++) {
			if (args[i].startsWith("--batch-size=")) {
				try {
					batchSize = Integer.parseInt(args[i].substring("--batch-size=".length()));
				}
				catch (NumberFormatException ex) {
					batchSize = 0;
				}
				if (batchSize < 1) {
					err.println("--batch-size must be a positive number");
					return 64;
				}
			}
			else {
				springArgs.add(args[i]);
			}
		}
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Maintenance.class)
			.web(WebApplicationType.NONE)
			.bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false)
			.run(springArgs.toArray(String[]::new))) {
			FieldCipher cipher = context.getBean(FieldCipher.class);
			Reencryption reencryption = new Reencryption(context.getBean(SqlSessionTemplate.class), cipher);
			out.println("Re-encrypting every sealed column under key version " + cipher.currentVersion() + " …");
			Reencryption.Report report = reencryption.run(batchSize, out::println);
			for (Reencryption.ColumnReport column : report.columns()) {
				out.printf("%-34s re-encrypted %6d  unreadable %4d  now %s%n", column.column(), column.reencrypted(),
						column.unreadable(), describe(column.prefixes()));
			}
			if (report.unreadable() > 0) {
				err.println(report.unreadable() + " value(s) could not be decrypted: their key version is no longer "
						+ "configured (or they were altered). They stay as they are; the flows holding them end "
						+ "with a notice to the user.");
				return 2;
			}
			out.println(report.complete()
					? "Done: every sealed value is under key version " + cipher.currentVersion()
							+ "; older key versions may now be removed from ecojustice.db.crypto.keys."
					: "Values were written under an older key meanwhile: run db reencrypt again.");
			return report.complete() ? 0 : 1;
		}
	}

	private static String describe(Map<String, Long> prefixes) {
		if (prefixes.isEmpty()) {
			return "empty";
		}
		StringBuilder text = new StringBuilder();
		prefixes.forEach((prefix, count) -> text.append(text.isEmpty() ? "" : ", ").append(count).append(" × ")
			.append(prefix));
		return text.toString();
	}

	/** The database, Flyway, MyBatis and the field cipher: nothing else of the application. */
	@ImportAutoConfiguration({ EmbeddedDatabaseAutoConfiguration.class, DataSourceAutoConfiguration.class,
			DataSourceTransactionManagerAutoConfiguration.class, TransactionAutoConfiguration.class,
			FlywayAutoConfiguration.class, MybatisAutoConfiguration.class, CryptoAutoConfiguration.class })
	static class Maintenance {

	}

}
