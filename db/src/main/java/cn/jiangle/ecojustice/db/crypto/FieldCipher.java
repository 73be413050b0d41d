package cn.jiangle.ecojustice.db.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encryption of sensitive columns (AES-256-GCM, random 96-bit IV) and their keyed lookup hash (HMAC-SHA256).
 *
 * <p>
 * A sealed value reads {@code a<version>:<base64url(iv | ciphertext | tag)>}. Its associated data is the prefix and
 * the value's {@link SealedColumn.Cell} (table, column, row), so a value cannot be relabelled to another key nor
 * copied into another row or column. New values use the current key version; every configured version still opens.
 * <p>
 * Values written before cells were bound read {@code v<version>:…} with only the prefix as associated data. They
 * still open, so existing databases keep working; {@code db reencrypt} rewrites them in the bound format.
 */
public final class FieldCipher {

	private static final int IV_BYTES = 12;

	private static final int TAG_BITS = 128;

	/** Format of bound values. */
	private static final char BOUND = 'a';

	/** Format of values sealed before cells were bound (associated data: the prefix only). */
	private static final char UNBOUND = 'v';

	private final Map<Integer, SecretKey> keys;

	private final int currentVersion;

	private final SecretKeySpec hashKey;

	private final SecureRandom random = new SecureRandom();

	/**
	 * @param keys raw 32-byte AES keys by version
	 * @param currentVersion the version used for new values; must be among {@code keys}
	 * @param hashKey raw HMAC key (at least 32 bytes)
	 */
	public FieldCipher(Map<Integer, byte[]> keys, int currentVersion, byte[] hashKey) {
		Map<Integer, SecretKey> copy = new TreeMap<>();
		keys.forEach((version, key) -> {
			if (key.length != 32) {
				throw new IllegalArgumentException("Key version " + version + " is not 256 bits");
			}
			copy.put(version, new SecretKeySpec(key.clone(), "AES"));
		});
		if (!copy.containsKey(currentVersion)) {
			throw new IllegalArgumentException("No key for current version " + currentVersion);
		}
		if (hashKey.length < 32) {
			throw new IllegalArgumentException("The hash key must have at least 256 bits");
		}
		this.keys = Map.copyOf(copy);
		this.currentVersion = currentVersion;
		this.hashKey = new SecretKeySpec(hashKey.clone(), "HmacSHA256");
	}

	public int currentVersion() {
		return this.currentVersion;
	}

	/** The prefix every value sealed now starts with; values without it are due for re-encryption. */
	public String currentPrefix() {
		return prefix(BOUND, this.currentVersion);
	}

	/** Encrypts {@code plaintext} with the current key version, for {@code cell} only. */
	public String seal(String plaintext, SealedColumn.Cell cell) {
		byte[] iv = new byte[IV_BYTES];
		this.random.nextBytes(iv);
		String prefix = currentPrefix();
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, this.keys.get(this.currentVersion), new GCMParameterSpec(TAG_BITS, iv));
			cipher.updateAAD(associatedData(prefix, cell));
			byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
			ByteBuffer out = ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed);
			return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(out.array());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-GCM is unavailable", ex);
		}
	}

	/**
	 * Decrypts a value {@link #seal sealed} for {@code cell} under any configured key version (or an unbound value
	 * from before cells were bound).
	 * @throws SealedValueUnreadable when its key version is not configured, it was sealed for another cell, or it was
	 * altered
	 */
	public String open(String sealedValue, SealedColumn.Cell cell) {
		int version = versionOf(sealedValue);
		SecretKey key = this.keys.get(version);
		if (key == null) {
			throw new SealedValueUnreadable("no key configured for version " + version
					+ " (ecojustice.db.crypto.keys." + version + ")", null);
		}
		int colon = sealedValue.indexOf(':');
		String prefix = sealedValue.substring(0, colon + 1);
		try {
			byte[] bytes = Base64.getUrlDecoder().decode(sealedValue.substring(colon + 1));
			if (bytes.length < IV_BYTES + TAG_BITS / 8) {
				throw new SealedValueUnreadable("value too short", null);
			}
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, IV_BYTES));
			cipher.updateAAD((prefix.charAt(0) == BOUND) ? associatedData(prefix, cell)
					: prefix.getBytes(StandardCharsets.US_ASCII));
			return new String(cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException | GeneralSecurityException ex) {
			throw new SealedValueUnreadable("authentication failed for key version " + version + " in " + cell, ex);
		}
	}

	/** The key version a sealed value was encrypted with. */
	public int versionOf(String sealedValue) {
		int colon = (sealedValue != null) ? sealedValue.indexOf(':') : -1;
		if (colon < 2 || (sealedValue.charAt(0) != BOUND && sealedValue.charAt(0) != UNBOUND)) {
			throw new SealedValueUnreadable("not a sealed value", null);
		}
		try {
			return Integer.parseInt(sealedValue, 1, colon, 10);
		}
		catch (NumberFormatException ex) {
			throw new SealedValueUnreadable("not a sealed value", ex);
		}
	}

	private static String prefix(char format, int version) {
		return format + Integer.toString(version) + ":";
	}

	/** prefix NUL table NUL column NUL row: identifiers hold no NUL, and the row key comes last. */
	private static byte[] associatedData(String prefix, SealedColumn.Cell cell) {
		return (prefix + '\0' + cell.column().table() + '\0' + cell.column().column() + '\0' + cell.row())
			.getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * A keyed hash for equality lookups, hex encoded. {@code purpose} separates domains so equal strings in
	 * different columns (e.g. an ID number and a phone number) never share a hash.
	 */
	public String lookupHash(String purpose, String normalizedValue) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(this.hashKey);
			mac.update(purpose.getBytes(StandardCharsets.UTF_8));
			mac.update((byte) 0);
			return HexFormat.of().formatHex(mac.doFinal(normalizedValue.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is unavailable", ex);
		}
	}

	@Override
	public String toString() {
		return "FieldCipher[versions=" + this.keys.keySet() + ", current=" + this.currentVersion + "]";
	}

}
