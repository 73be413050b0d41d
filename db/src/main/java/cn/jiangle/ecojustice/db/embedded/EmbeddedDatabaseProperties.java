package cn.jiangle.ecojustice.db.embedded;

import java.nio.file.Path;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The zero-setup embedded MariaDB, used only while {@code spring.datasource.url} is unset.
 *
 * @param dataDir where the server keeps binaries, data and temporary files; must survive restarts, so better not
 * under {@code java.io.tmpdir}, which the operating system may clean (a warning is logged). Generated secrets go to
 * the sibling directory {@code secrets}.
 * @param port TCP port on 127.0.0.1, 0 for a free one
 * @param database the schema the application uses
 * @param binariesDir where the MariaDB binaries (~350 MB) are unpacked, once per version; defaults to
 * {@code <data-dir>/server}. Several data directories may share it.
 */
@ConfigurationProperties("ecojustice.db.embedded")
@Validated
public record EmbeddedDatabaseProperties(@NotNull @DefaultValue("./data/mariadb") Path dataDir,
		@Min(0) @Max(65535) @DefaultValue("0") int port,
		@NotNull @Pattern(regexp = "[a-z][a-z0-9_]{0,63}") @DefaultValue("ecojustice") String database,
		Path binariesDir) {

	/** The layout of the server's files. */
	public EmbeddedMariaDb.Layout layout() {
		Path root = this.dataDir.toAbsolutePath().normalize();
		EmbeddedMariaDb.Layout standard = EmbeddedMariaDb.Layout.under(root, secretsDir());
		return (this.binariesDir != null) ? new EmbeddedMariaDb.Layout(this.binariesDir, standard.dataDir(),
				standard.tmpDir(), standard.credentialsFile()) : standard;
	}

	/** Where generated secrets live: next to the data directory, e.g. {@code ./data/secrets}. */
	public Path secretsDir() {
		Path absolute = this.dataDir.toAbsolutePath().normalize();
		Path parent = absolute.getParent();
		return (parent != null) ? parent.resolve("secrets") : absolute.resolve("secrets");
	}

}
