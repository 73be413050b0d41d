package cn.jiangle.ecojustice.db.projects;

/**
 * An attachment's content, checked against its recorded SHA-256 before it is handed out.
 *
 * @param attachment what it is
 * @param bytes the content
 */
public record AttachmentContent(StoredAttachment attachment, byte[] bytes) {

	@Override
	public String toString() {
		return "AttachmentContent[" + this.attachment + "]";
	}

}
