package cn.jiangle.ecojustice.bot.simulator;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * An independent reading of WeCom's callback cipher, written from WeCom's documentation for the tests only, so the
 * simulator's callbacks are checked against something other than the code that produced them.
 */
final class WeComSideCipher {

	record Opened(String message, String receiveId) {
	}

	private WeComSideCipher() {
	}

	static String signature(String token, String timestamp, String nonce, String encrypted) throws Exception {
		String[] parts = { token, timestamp, nonce, encrypted };
		Arrays.sort(parts);
		MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
		return HexFormat.of().formatHex(sha1.digest(String.join("", parts).getBytes(StandardCharsets.UTF_8)));
	}

	static Opened open(String encodingAesKey, String encrypted) throws Exception {
		byte[] key = Base64.getDecoder().decode(encodingAesKey + "=");
		Cipher cipher = Cipher.getInstance("AES/CBC/NoPadding");
		cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"), new IvParameterSpec(key, 0, 16));
		byte[] plain = cipher.doFinal(Base64.getDecoder().decode(encrypted));
		int pad = plain[plain.length - 1];
		int length = ByteBuffer.wrap(plain, 16, 4).getInt();
		String message = new String(plain, 20, length, StandardCharsets.UTF_8);
		String receiveId = new String(plain, 20 + length, plain.length - pad - 20 - length, StandardCharsets.UTF_8);
		return new Opened(message, receiveId);
	}

}
