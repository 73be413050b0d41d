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
 * A sealed value reads {@code v<version>:<base64url(iv | ciphertext | tag)>}; the version prefix is also bound as
 * associated data, so a value cannot be relabelled to another key. New values use the current version; every
 * configured version still opens.
 */
public final class FieldCipher {

	private static final int IV_BYTES = 12;

	private static final int TAG_BITS = 128;

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

	/** Encrypts {@code plaintext} with the current key version. */
	public String seal(String plaintext) {
		byte[] iv = new byte[IV_BYTES];
		this.random.nextBytes(iv);
		String prefix = "v" + this.currentVersion + ":";
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, this.keys.get(this.currentVersion), new GCMParameterSpec(TAG_BITS, iv));
			cipher.updateAAD(prefix.getBytes(StandardCharsets.US_ASCII));
			byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
			ByteBuffer out = ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed);
			return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(out.array());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-GCM is unavailable", ex);
		}
	}

	/** Decrypts a value produced by {@link #seal} under any configured key version. */
	public String open(String sealedValue) {
		int version = versionOf(sealedValue);
		SecretKey key = this.keys.get(version);
		if (key == null) {
			throw new SealedValueUnreadable("no key configured for version " + version
					+ " (ecojustice.db.crypto.keys." + version + ")", null);
		}
		int colon = sealedValue.indexOf(':');
		try {
			byte[] bytes = Base64.getUrlDecoder().decode(sealedValue.substring(colon + 1));
			if (bytes.length < IV_BYTES + TAG_BITS / 8) {
				throw new SealedValueUnreadable("value too short", null);
			}
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, IV_BYTES));
			cipher.updateAAD(sealedValue.substring(0, colon + 1).getBytes(StandardCharsets.US_ASCII));
			return new String(cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException | GeneralSecurityException ex) {
			throw new SealedValueUnreadable("authentication failed for key version " + version, ex);
		}
	}

	/** The key version a sealed value was encrypted with. */
	public int versionOf(String sealedValue) {
		int colon = (sealedValue != null) ? sealedValue.indexOf(':') : -1;
		if (colon < 2 || sealedValue.charAt(0) != 'v') {
			throw new SealedValueUnreadable("not a sealed value", null);
		}
		try {
			return Integer.parseInt(sealedValue, 1, colon, 10);
		}
		catch (NumberFormatException ex) {
			throw new SealedValueUnreadable("not a sealed value", ex);
		}
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
