package cn.jiangle.ecojustice.bot.wecom;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * WeCom's callback cipher (the protocol of its WXBizMsgCrypt samples): {@code msg_signature} is the SHA-1 of the sorted
 * token, timestamp, nonce and ciphertext; the ciphertext is AES-256-CBC with key = Base64(EncodingAESKey + "="), IV = the
 * key's first 16 bytes and PKCS#7 padding to 32-byte blocks, over {@code random(16) | length(4, big-endian) | message |
 * receiveid}. Public so the local simulator can speak the same protocol as WeCom.
 */
public final class WeComCrypto {

	private static final int BLOCK_SIZE = 32;

	private static final int RANDOM_PREFIX = 16;

	private final String token;

	private final SecretKeySpec key;

	private final IvParameterSpec iv;

	private final SecureRandom random = new SecureRandom();

	/**
	 * @param token the callback Token configured in the WeCom admin console
	 * @param encodingAesKey the 43-character EncodingAESKey
	 */
	public WeComCrypto(String token, String encodingAesKey) {
		if (token == null || token.isBlank()) {
			throw new IllegalArgumentException("wecom.token must not be blank");
		}
		this.token = token;
		byte[] raw = decodeAesKey(encodingAesKey);
		this.key = new SecretKeySpec(raw, "AES");
		this.iv = new IvParameterSpec(Arrays.copyOfRange(raw, 0, 16));
	}

	/** The 32 bytes an EncodingAESKey stands for; rejects anything WeCom would not issue. */
	static byte[] decodeAesKey(String encodingAesKey) {
		if (encodingAesKey == null || encodingAesKey.length() != 43) {
			throw new IllegalArgumentException("wecom.aes-key must be the 43-character EncodingAESKey");
		}
		byte[] raw;
		try {
			raw = Base64.getDecoder().decode(encodingAesKey + "=");
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("wecom.aes-key is not valid Base64", ex);
		}
		if (raw.length != 32) {
			throw new IllegalArgumentException("wecom.aes-key must decode to 32 bytes");
		}
		return raw;
	}

	/** {@code msg_signature} for the given parts, lower-case hex. */
	public String signature(String timestamp, String nonce, String encrypted) {
		String[] parts = { token, timestamp, nonce, encrypted };
		Arrays.sort(parts);
		try {
			MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
			for (String part : parts) {
				sha1.update(part.getBytes(StandardCharsets.UTF_8));
			}
			return HexFormat.of().formatHex(sha1.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-1 is required of every JRE", ex);
		}
	}

	/** Compares in constant time so the signature cannot be guessed byte by byte from response timings. */
	boolean signatureMatches(String claimed, String timestamp, String nonce, String encrypted) {
		byte[] expected = signature(timestamp, nonce, encrypted).getBytes(StandardCharsets.US_ASCII);
		byte[] given = claimed.toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
		return MessageDigest.isEqual(expected, given);
	}

	/** Encrypts like WeCom does; Base64 of the ciphertext. */
	public String encrypt(String message, String receiveId) {
		byte[] msg = message.getBytes(StandardCharsets.UTF_8);
		byte[] receiver = receiveId.getBytes(StandardCharsets.UTF_8);
		ByteArrayOutputStream plain = new ByteArrayOutputStream(RANDOM_PREFIX + 4 + msg.length + receiver.length + 32);
		byte[] prefix = new byte[RANDOM_PREFIX];
		random.nextBytes(prefix);
		plain.writeBytes(prefix);
		plain.writeBytes(ByteBuffer.allocate(4).putInt(msg.length).array());
		plain.writeBytes(msg);
		plain.writeBytes(receiver);
		int pad = BLOCK_SIZE - (plain.size() % BLOCK_SIZE);
		for (int i = 0; i < pad; i++) {
			plain.write(pad);
		}
		try {
			Cipher cipher = Cipher.getInstance("AES/CBC/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, key, iv);
			return Base64.getEncoder().encodeToString(cipher.doFinal(plain.toByteArray()));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-256-CBC is required of every JRE", ex);
		}
	}

	/**
	 * Decrypts a callback's {@code Encrypt} (or a GET's {@code echostr}).
	 * @throws CallbackRejected.Malformed if it is not a well-formed ciphertext of this key
	 */
	Decrypted decrypt(String encrypted) {
		byte[] cipherText;
		try {
			cipherText = Base64.getDecoder().decode(encrypted);
		}
		catch (IllegalArgumentException ex) {
			throw new CallbackRejected.Malformed("ciphertext is not Base64");
		}
		if (cipherText.length == 0 || cipherText.length % BLOCK_SIZE != 0) {
			throw new CallbackRejected.Malformed("ciphertext length is not a multiple of 32");
		}
		byte[] plain;
		try {
			Cipher cipher = Cipher.getInstance("AES/CBC/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, key, iv);
			plain = cipher.doFinal(cipherText);
		}
		catch (GeneralSecurityException ex) {
			throw new CallbackRejected.Malformed("ciphertext does not decrypt");
		}
		int pad = plain[plain.length - 1] & 0xff;
		if (pad < 1 || pad > BLOCK_SIZE) {
			throw new CallbackRejected.Malformed("bad padding");
		}
		int end = plain.length - pad;
		if (end < RANDOM_PREFIX + 4) {
			throw new CallbackRejected.Malformed("plaintext too short");
		}
		int length = ByteBuffer.wrap(plain, RANDOM_PREFIX, 4).getInt();
		int messageStart = RANDOM_PREFIX + 4;
		if (length < 0 || length > end - messageStart) {
			throw new CallbackRejected.Malformed("bad message length");
		}
		String message = new String(plain, messageStart, length, StandardCharsets.UTF_8);
		String receiveId = new String(plain, messageStart + length, end - messageStart - length, StandardCharsets.UTF_8);
		return new Decrypted(message, receiveId);
	}

	/**
	 * The XML envelope of an encrypted passive reply (or of an encrypted callback, as the simulator posts it).
	 */
	public String envelope(String encrypted, String timestamp, String nonce) {
		return "<xml><Encrypt><![CDATA[" + encrypted + "]]></Encrypt><MsgSignature><![CDATA["
				+ signature(timestamp, nonce, encrypted) + "]]></MsgSignature><TimeStamp>" + timestamp
				+ "</TimeStamp><Nonce><![CDATA[" + nonce + "]]></Nonce></xml>";
	}

	record Decrypted(String message, String receiveId) {

		@Override
		public String toString() {
			return "Decrypted[" + message.length() + " chars]";
		}

	}

}
