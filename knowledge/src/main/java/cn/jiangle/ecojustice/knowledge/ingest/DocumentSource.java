package cn.jiangle.ecojustice.knowledge.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Where the knowledge base's documents come from: a folder on disk, or the built-in default shipped on the classpath.
 * The built-in one is listed in {@code knowledge/corpus/index.txt} because a classpath folder cannot be listed inside a
 * nested (Spring Boot executable) jar.
 */
public final class DocumentSource {

	/** File types the ingestion understands. */
	public static final Set<String> SUPPORTED_EXTENSIONS = Set.of("txt", "md", "docx", "pdf");

	private static final String BUILT_IN_ROOT = "knowledge/corpus/";

	private final String description;

	private final Loader loader;

	private DocumentSource(String description, Loader loader) {
		this.description = description;
		this.loader = loader;
	}

	/** The three policy documents shipped with the application. */
	public static DocumentSource builtIn() {
		return new DocumentSource("classpath:" + BUILT_IN_ROOT, DocumentSource::loadBuiltIn);
	}

	/** Every supported file under {@code dir} (recursively), in path order. */
	public static DocumentSource directory(Path dir) {
		Path root = dir.toAbsolutePath().normalize();
		return new DocumentSource(root.toString(), () -> loadDirectory(root));
	}

	/**
	 * The source a {@link #description()} names, as recorded in an index's build metadata: the built-in documents or a
	 * folder (which may no longer exist; loading then fails with {@link KnowledgeFolderMissing}).
	 */
	public static DocumentSource described(String description) {
		if (description == null || description.isBlank() || description.equals(builtIn().description())) {
			return builtIn();
		}
		return directory(Path.of(description));
	}

	/** Whether this is the built-in document set. */
	public boolean isBuiltIn() {
		return description.equals("classpath:" + BUILT_IN_ROOT);
	}

	/** Reads all files now. */
	public List<SourceFile> load() {
		return loader.load();
	}

	public String description() {
		return description;
	}

	/**
	 * SHA-256 over names and bytes of the files plus a version string of the processing pipeline, so that a change
	 * to either rebuilds the index.
	 */
	public static String contentHash(List<SourceFile> files, String pipelineVersion) {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			sha.update(pipelineVersion.getBytes(StandardCharsets.UTF_8));
			for (SourceFile file : files) {
				sha.update((byte) 0);
				sha.update(file.name().getBytes(StandardCharsets.UTF_8));
				sha.update((byte) 0);
				sha.update(file.bytes());
			}
			return HexFormat.of().formatHex(sha.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public String toString() {
		return description;
	}

	private static List<SourceFile> loadBuiltIn() {
		ClassLoader loader = DocumentSource.class.getClassLoader();
		List<SourceFile> files = new ArrayList<>();
		for (String name : readResource(loader, BUILT_IN_ROOT + "index.txt").lines()
			.map(String::strip)
			.filter(line -> !line.isEmpty() && !line.startsWith("#"))
			.toList()) {
			files.add(new SourceFile(name, readBytes(loader, BUILT_IN_ROOT + name), "classpath:" + BUILT_IN_ROOT + name));
		}
		return files;
	}

	private static List<SourceFile> loadDirectory(Path root) {
		if (!Files.isDirectory(root)) {
			throw new KnowledgeFolderMissing(root);
		}
		try (Stream<Path> paths = Files.walk(root)) {
			List<Path> found = paths.filter(Files::isRegularFile)
				.filter(p -> SUPPORTED_EXTENSIONS.contains(extension(p.getFileName().toString())))
				.filter(p -> !p.getFileName().toString().startsWith("."))
				.sorted()
				.toList();
			List<SourceFile> files = new ArrayList<>();
			for (Path p : found) {
				files.add(new SourceFile(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p),
						p.toString()));
			}
			return files;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot list knowledge folder " + root, ex);
		}
	}

	private static String extension(String name) {
		int dot = name.lastIndexOf('.');
		return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
	}

	private static String readResource(ClassLoader loader, String path) {
		return new String(readBytes(loader, path), StandardCharsets.UTF_8);
	}

	private static byte[] readBytes(ClassLoader loader, String path) {
		try (InputStream in = loader.getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException("built-in knowledge base resource missing: " + path);
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read classpath resource " + path, ex);
		}
	}

	@FunctionalInterface
	private interface Loader {

		List<SourceFile> load();

	}

	/** The configured documents folder does not exist. */
	public static final class KnowledgeFolderMissing extends RuntimeException {

		KnowledgeFolderMissing(Path dir) {
			super("knowledge documents folder does not exist: " + dir);
		}

	}

}
