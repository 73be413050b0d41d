package cn.jiangle.ecojustice.db.projects;

/**
 * A stored attachment no longer matches the SHA-256 recorded when it was received (and written to the ledger): it was
 * altered or truncated in the database. Never served.
 */
public class AttachmentCorrupted extends RuntimeException {

	public AttachmentCorrupted(long attachmentId) {
		super("附件（编号" + attachmentId + "）与留痕记录的哈希不符，可能已被篡改，不予提供。");
	}

}
