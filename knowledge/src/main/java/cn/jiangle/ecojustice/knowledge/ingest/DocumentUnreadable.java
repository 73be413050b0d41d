package cn.jiangle.ecojustice.knowledge.ingest;

/** A document file could not be read or parsed (corrupt, encrypted, unsupported). The rest are still indexed. */
public class DocumentUnreadable extends RuntimeException {

	private final String source;

	DocumentUnreadable(String source, String reason, Throwable cause) {
		super("cannot read document " + source + ": " + reason, cause);
		this.source = source;
	}

	public String source() {
		return source;
	}

}
