package cn.jiangle.ecojustice.db.secrets;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Supplier;

/**
 * A small properties file holding generated secrets for the zero-setup mode (embedded database password, field
 * encryption keys). Created once with owner-only permissions where the file system supports them, never overwritten,
 * so two processes starting together agree on one value.
 */
public final class SecretFile {

	private final Path path;

	public SecretFile(Path path) {
		this.path = path.toAbsolutePath().normalize();
	}

	public Path path() {
		return this.path;
	}

	public Optional<Properties> read() {
		if (!Files.exists(this.path)) {
			return Optional.empty();
		}
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(this.path, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read secret file " + this.path, ex);
		}
		return Optional.of(properties);
	}

	/**
	 * Returns the stored properties, creating the file from {@code generator} when it does not exist yet. When another
	 * process creates it first, its content wins.
	 */
	public Properties readOrCreate(Supplier<Properties> generator, String comment) {
		Optional<Properties> existing = read();
		if (existing.isPresent()) {
			return existing.get();
		}
		Properties generated = generator.get();
		try {
			Files.createDirectories(this.path.getParent());
			Path temporary = Files.createTempFile(this.path.getParent(), ".secret", ".tmp", ownerOnly());
			try {
				try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8,
						StandardOpenOption.TRUNCATE_EXISTING)) {
					generated.store(writer, comment);
				}
				// a hard link fails if the target exists: first writer wins, nobody overwrites
				Files.createLink(this.path, temporary);
			}
			finally {
				Files.deleteIfExists(temporary);
			}
			return generated;
		}
		catch (FileAlreadyExistsException ex) {
			return read().orElseThrow();
		}
		catch (UnsupportedOperationException | IOException ex) {
			// file systems without hard links: exclusive create, still never overwriting
			return createExclusively(generated, comment);
		}
	}

	private Properties createExclusively(Properties generated, String comment) {
		try (Writer writer = Channels.newWriter(Files.newByteChannel(this.path,
				EnumSet.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), ownerOnly()),
				StandardCharsets.UTF_8)) {
			generated.store(writer, comment);
			return generated;
		}
		catch (FileAlreadyExistsException ex) {
			return read().orElseThrow();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create secret file " + this.path, ex);
		}
	}

	private static FileAttribute<?>[] ownerOnly() {
		boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
		return posix ? new FileAttribute<?>[] { PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")) }
				: new FileAttribute<?>[0];
	}

}
