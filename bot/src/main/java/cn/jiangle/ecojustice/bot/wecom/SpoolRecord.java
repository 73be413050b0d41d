package cn.jiangle.ecojustice.bot.wecom;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.zip.CRC32C;

/**
 * One spooled callback on disk: {@code int magic, int payloadLength, int crc32c(payload), payload}; the payload is
 * {@code long receivedAtMillis, UTF signature, UTF timestamp, UTF nonce, int bodyLength, body}. The frame lets a
 * reader tell a complete record from one torn by a crash mid-write.
 */
final class SpoolRecord {

	static final int HEADER = 12;

	private static final int MAGIC = 0x57435331; // "WCS1"

	private static final int MAX_PAYLOAD = 1 << 20;

	private SpoolRecord() {
	}

	static byte[] frame(SpooledCallback callback) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(callback.body().length + 128);
		try (DataOutputStream out = new DataOutputStream(bytes)) {
			out.writeLong(callback.receivedAt().toEpochMilli());
			out.writeUTF(callback.signature());
			out.writeUTF(callback.timestamp());
			out.writeUTF(callback.nonce());
			out.writeInt(callback.body().length);
			out.write(callback.body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		byte[] payload = bytes.toByteArray();
		ByteBuffer record = ByteBuffer.allocate(HEADER + payload.length);
		record.putInt(MAGIC).putInt(payload.length).putInt(crc(payload)).put(payload);
		return record.array();
	}

	/** The payload length a header announces, or -1 when it is no record header. */
	static int payloadLength(ByteBuffer header) {
		int length = header.getInt(4);
		return header.getInt(0) != MAGIC || length <= 0 || length > MAX_PAYLOAD ? -1 : length;
	}

	/** Whether the payload is the one the header was written for, and decodes. */
	static boolean intact(ByteBuffer header, byte[] payload) {
		if (crc(payload) != header.getInt(8)) {
			return false;
		}
		try {
			decode(payload);
			return true;
		}
		catch (UncheckedIOException ex) {
			return false;
		}
	}

	static SpooledCallback decode(byte[] payload) {
		try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(payload))) {
			Instant receivedAt = Instant.ofEpochMilli(in.readLong());
			String signature = in.readUTF();
			String timestamp = in.readUTF();
			String nonce = in.readUTF();
			int length = in.readInt();
			byte[] body = in.readNBytes(Math.max(0, length));
			if (length < 0 || body.length != length || in.available() != 0) {
				throw new IOException("body length does not match the record");
			}
			return new SpooledCallback(signature, timestamp, nonce, body, receivedAt);
		}
		catch (IOException | RuntimeException ex) {
			throw new UncheckedIOException(new IOException("malformed spool record", ex));
		}
	}

	private static int crc(byte[] payload) {
		CRC32C crc = new CRC32C();
		crc.update(payload);
		return (int) crc.getValue();
	}

}
