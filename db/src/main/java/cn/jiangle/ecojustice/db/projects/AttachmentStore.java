package cn.jiangle.ecojustice.db.projects;

import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

import cn.jiangle.ecojustice.db.RequiredText;
import cn.jiangle.ecojustice.db.crypto.FieldCipher;
import cn.jiangle.ecojustice.db.crypto.SealedColumns;
import cn.jiangle.ecojustice.db.crypto.SealedValueUnreadable;

/**
 * Keeps disbursement attachments in the database, sealed with the field cipher: the file name by attachment id, the
 * content as base64 in {@value #CHUNK_BYTES}-byte chunks each bound to {@code <attachment_id>:<seq>}. Reading checks
 * the chunk count and the SHA-256 recorded at receipt (and in the ledger), so nothing altered is ever served.
 */
final class AttachmentStore {

	/** Raw bytes per chunk: a sealed chunk is about 117 KB, far below max_allowed_packet, and re-encrypts quickly. */
	static final int CHUNK_BYTES = 64 * 1024;

	private static final Pattern CONTENT_TYPE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,62}/"
			+ "[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,62}");

	private final DisbursementMapper mapper;

	private final FieldCipher cipher;

	private final ProjectsProperties properties;

	AttachmentStore(DisbursementMapper mapper, FieldCipher cipher, ProjectsProperties properties) {
		this.mapper = mapper;
		this.cipher = cipher;
		this.properties = properties;
	}

	/** An attachment checked and hashed, ready to store. */
	record Checked(AttachmentKind kind, String fileName, String contentType, byte[] bytes, String sha256) {
	}

	/**
	 * Validates the attachments before anything is written.
	 * @throws AttachmentsMissing, TooManyAttachments, AttachmentEmpty, AttachmentTooLarge, FieldTooLong
	 */
	List<Checked> check(List<Attachment> attachments) {
		if (attachments == null || attachments.isEmpty()) {
			throw new AttachmentsMissing();
		}
		if (attachments.size() > this.properties.maxAttachments()) {
			throw new TooManyAttachments(this.properties.maxAttachments());
		}
		long max = this.properties.attachmentMaxSize().toBytes();
		return java.util.stream.IntStream.range(0, attachments.size()).mapToObj((i) -> {
			Attachment attachment = attachments.get(i);
			if (attachment == null) {
				throw new AttachmentsMissing();
			}
			AttachmentKind kind = (attachment.kind() != null) ? attachment.kind() : AttachmentKind.OTHER;
			String fileName = fileName(attachment.fileName(), kind, i + 1);
			byte[] bytes = attachment.bytes();
			if (bytes == null || bytes.length == 0) {
				throw new AttachmentEmpty(fileName);
			}
			if (bytes.length > max) {
				throw new AttachmentTooLarge(fileName, max);
			}
			return new Checked(kind, fileName, contentType(attachment.contentType()), bytes.clone(), sha256(bytes));
		}).toList();
	}

	/** Stores the checked attachments of {@code requestId}, in order. */
	List<StoredAttachment> store(long requestId, List<Checked> attachments) {
		for (int i = 0; i < attachments.size(); i++) {
			Checked attachment = attachments.get(i);
			int chunks = (attachment.bytes().length + CHUNK_BYTES - 1) / CHUNK_BYTES;
			this.mapper.insertAttachment(requestId, i + 1, attachment.kind(), attachment.contentType(),
					attachment.bytes().length, attachment.sha256(), chunks);
			long id = this.mapper.lastInsertId();
			this.mapper.sealFileName(id, this.cipher.seal(attachment.fileName(),
					SealedColumns.DISBURSEMENT_ATTACHMENT_NAME.cell(Long.toString(id))));
			for (int seq = 0; seq < chunks; seq++) {
				byte[] chunk = Arrays.copyOfRange(attachment.bytes(), seq * CHUNK_BYTES,
						Math.min(attachment.bytes().length, (seq + 1) * CHUNK_BYTES));
				this.mapper.insertChunk(id, seq, this.cipher.seal(Base64.getEncoder().encodeToString(chunk),
						SealedColumns.DISBURSEMENT_ATTACHMENT_CONTENT.cell(id + ":" + seq)));
			}
		}
		return of(requestId);
	}

	/** The request's attachments, in the order sent. */
	List<StoredAttachment> of(long requestId) {
		return this.mapper.attachmentsOf(requestId).stream().map(this::opened).toList();
	}

	/** @throws AttachmentNotFound, AttachmentCorrupted */
	AttachmentContent content(long attachmentId) {
		DisbursementMapper.AttachmentRow row = this.mapper.attachment(attachmentId);
		if (row == null) {
			throw new AttachmentNotFound(attachmentId);
		}
		List<DisbursementMapper.Chunk> chunks = this.mapper.chunks(attachmentId);
		if (chunks.size() != row.chunks()) {
			throw new AttachmentCorrupted(attachmentId);
		}
		ByteArrayOutputStream content = new ByteArrayOutputStream((int) row.size());
		for (int i = 0; i < chunks.size(); i++) {
			DisbursementMapper.Chunk chunk = chunks.get(i);
			if (chunk.seq() != i) {
				throw new AttachmentCorrupted(attachmentId);
			}
			try {
				content.writeBytes(Base64.getDecoder().decode(this.cipher.open(chunk.content(),
						SealedColumns.DISBURSEMENT_ATTACHMENT_CONTENT.cell(attachmentId + ":" + chunk.seq()))));
			}
			catch (SealedValueUnreadable | IllegalArgumentException ex) {
				// a chunk altered, moved from elsewhere or sealed under a key no longer configured
				throw new AttachmentCorrupted(attachmentId, ex);
			}
		}
		byte[] bytes = content.toByteArray();
		if (bytes.length != row.size() || !sha256(bytes).equals(row.sha256())) {
			throw new AttachmentCorrupted(attachmentId);
		}
		return new AttachmentContent(opened(row), bytes);
	}

	private StoredAttachment opened(DisbursementMapper.AttachmentRow row) {
		String fileName = this.cipher.open(row.fileName(),
				SealedColumns.DISBURSEMENT_ATTACHMENT_NAME.cell(Long.toString(row.id())));
		return new StoredAttachment(row.id(), row.requestId(), row.kind(), fileName, row.contentType(), row.size(),
				row.sha256());
	}

	/** The last path segment, stripped; a picture sent in chat has none: then e.g. 发票-1. */
	private static String fileName(String given, AttachmentKind kind, int position) {
		String name = (given != null) ? given.strip() : "";
		int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
		name = name.substring(slash + 1).strip();
		if (name.isEmpty()) {
			return kind.label() + "-" + position;
		}
		return RequiredText.of(name, "fileName", "附件文件名", 200);
	}

	private static String contentType(String given) {
		String type = (given != null) ? given.strip().toLowerCase(java.util.Locale.ROOT) : "";
		int parameters = type.indexOf(';');
		if (parameters >= 0) {
			type = type.substring(0, parameters).strip();
		}
		return CONTENT_TYPE.matcher(type).matches() ? type : "application/octet-stream";
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is unavailable", ex);
		}
	}

}
