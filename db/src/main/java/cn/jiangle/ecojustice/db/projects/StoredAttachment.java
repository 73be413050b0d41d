package cn.jiangle.ecojustice.db.projects;

/**
 * An attachment as stored with its request (content fetched with {@link Disbursements#attachment(long)}).
 *
 * @param id attachment id
 * @param requestId the disbursement request it belongs to
 * @param kind 支付依据, 发票 or 其他
 * @param fileName the name it was sent with
 * @param contentType its MIME type
 * @param size content length in bytes
 * @param sha256 hex SHA-256 of the content, as written to the ledger
 */
public record StoredAttachment(long id, long requestId, AttachmentKind kind, String fileName, String contentType,
		long size, String sha256) {
}
