package cn.jiangle.ecojustice.db.projects;

/**
 * A stored attachment cannot be opened (a chunk altered or moved, or its key version no longer configured) or no
 * longer matches the size and SHA-256 recorded when it was received (and written to the ledger). Never served.
 */
public class AttachmentCorrupted extends RuntimeException {

	public AttachmentCorrupted(long attachmentId) {
		this(attachmentId, null);
	}

	public AttachmentCorrupted(long attachmentId, Throwable cause) {
		super("附件（编号" + attachmentId + "）无法读取或与留痕记录的哈希不符，可能已被篡改，不予提供。", cause);
	}

}
