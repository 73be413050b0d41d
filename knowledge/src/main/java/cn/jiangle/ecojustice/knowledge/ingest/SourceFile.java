package cn.jiangle.ecojustice.knowledge.ingest;

/**
 * One document file's bytes, named by its path relative to the knowledge-base folder (or classpath location).
 * {@code location} is where it was read from (absolute path or classpath URL), so an operator can find a skipped file.
 */
public record SourceFile(String name, byte[] bytes, String location) {

	public SourceFile {
		if (location == null || location.isBlank()) {
			location = name;
		}
	}

	public SourceFile(String name, byte[] bytes) {
		this(name, bytes, name);
	}

	public String extension() {
		int dot = name.lastIndexOf('.');
		return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
	}

}
