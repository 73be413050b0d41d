package cn.jiangle.ecojustice.knowledge.ingest;

/**
 * One document file's bytes, named by its path relative to the knowledge-base folder (or classpath location).
 */
public record SourceFile(String name, byte[] bytes) {

	public String extension() {
		int dot = name.lastIndexOf('.');
		return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
	}

}
