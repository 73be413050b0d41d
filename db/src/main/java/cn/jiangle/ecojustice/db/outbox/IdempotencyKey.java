package cn.jiangle.ecojustice.db.outbox;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What caused an outbound message, so that causing it again queues nothing new: {@link Outbox#enqueue} with a key
 * already stored returns the stored rows. Build keys from ids, never from names, phone numbers or message text:
 * {@code IdempotencyKey.of("reply", inboundEventId, replyIndex)}, {@code IdempotencyKey.of("reminder", occurrenceId)},
 * {@code IdempotencyKey.of("dead-letter-alert", outboxId, adminUserId)}.
 *
 * @param value the stored form: the kind and the parts joined by ':' (hashed when longer than {@value #MAX_LENGTH})
 */
public record IdempotencyKey(String value) {

	/** Longest stored value (the column holds 200). */
	static final int MAX_LENGTH = 160;

	private static final Pattern KIND = Pattern.compile("[a-z][a-z0-9-]{0,39}");

	public IdempotencyKey {
		if (value == null || value.isBlank() || value.length() > MAX_LENGTH) {
			throw new IllegalArgumentException("an idempotency key must be 1 to " + MAX_LENGTH + " characters");
		}
	}

	/**
	 * @param kind what sort of message (lower-case letters, digits and '-'): reply, apology, reminder, alert…
	 * @param parts the ids that make this message unique within its kind, in a fixed order
	 */
	public static IdempotencyKey of(String kind, Object... parts) {
		if (kind == null || !KIND.matcher(kind).matches()) {
			throw new IllegalArgumentException("an idempotency key's kind must match " + KIND.pattern());
		}
		if (parts.length == 0) {
			throw new IllegalArgumentException("an idempotency key needs at least one part besides its kind");
		}
		StringBuilder value = new StringBuilder(kind);
		for (Object part : parts) {
			Objects.requireNonNull(part, "idempotency key part");
			value.append(':').append(part);
		}
		if (value.length() <= MAX_LENGTH) {
			return new IdempotencyKey(value.toString());
		}
		// long parts stay unique through their digest; the kind stays readable for operators
		return new IdempotencyKey(kind + ":sha256:" + sha256(value.toString()));
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is required of every JRE", ex);
		}
	}

	@Override
	public String toString() {
		return value;
	}

}
