package cn.jiangle.ecojustice.db.projects;

import java.util.Objects;

/**
 * A document sent with a disbursement request (an image or PDF received in chat).
 *
 * @param kind 支付依据, 发票 or 其他
 * @param fileName the name to show (path parts are dropped when stored)
 * @param contentType its MIME type, e.g. {@code image/jpeg}, {@code application/pdf}
 * @param bytes the content, at most {@code ecojustice.projects.attachment-max-size}
 */
public record Attachment(AttachmentKind kind, String fileName, String contentType, byte[] bytes) {

	@Override
	public boolean equals(Object other) {
		return other instanceof Attachment that && this.kind == that.kind
				&& Objects.equals(this.fileName, that.fileName) && Objects.equals(this.contentType, that.contentType)
				&& java.util.Arrays.equals(this.bytes, that.bytes);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.kind, this.fileName, this.contentType, java.util.Arrays.hashCode(this.bytes));
	}

	@Override
	public String toString() {
		// never the content
		return "Attachment[kind=" + this.kind + ", contentType=" + this.contentType + ", bytes="
				+ ((this.bytes != null) ? this.bytes.length : 0) + "]";
	}

}
