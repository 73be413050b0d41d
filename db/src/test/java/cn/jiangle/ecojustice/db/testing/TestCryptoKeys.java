package cn.jiangle.ecojustice.db.testing;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import cn.jiangle.ecojustice.db.crypto.FieldCipher;

/**
 * The fixed field-encryption keys {@link DatabaseTest} configures (versions 1 and 2, current 1 unless a test sets
 * {@code ecojustice.db.crypto.current-version}). For tests only; production keys come from configuration.
 */
public final class TestCryptoKeys {

	public static final String KEY_1 = "j+GnGFir6JHKCkxcPQF43tQjFnvHwK8QnURa70lqqoQ=";

	public static final String KEY_2 = "tK2+P4MO6Yf3HwCSRFSEAgtnX6wQdMujW947tJXEvSo=";

	public static final String HASH_KEY = "PTtQ3sPVeYht2IHTSwZn0SnqysJnk4n/y1lOkhz1gEo=";

	private TestCryptoKeys() {
	}

	/** A cipher with only the given key versions, e.g. to write values as an older deployment would have. */
	public static FieldCipher cipher(int currentVersion, int... versions) {
		Map<Integer, byte[]> keys = new HashMap<>();
		for (int version : versions) {
			keys.put(version, Base64.getDecoder().decode((version == 1) ? KEY_1 : KEY_2));
		}
		return new FieldCipher(keys, currentVersion, Base64.getDecoder().decode(HASH_KEY));
	}

	/**
	 * A value as deployments sealed it before values were bound to their row: {@code v<version>:}, with only that
	 * prefix as associated data. Kept here as the specification of the format existing databases hold.
	 */
	public static String legacySeal(int version, String plaintext) {
		try {
			byte[] iv = new byte[12];
			new SecureRandom().nextBytes(iv);
			String prefix = "v" + version + ":";
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE,
					new SecretKeySpec(Base64.getDecoder().decode((version == 1) ? KEY_1 : KEY_2), "AES"),
					new GCMParameterSpec(128, iv));
			cipher.updateAAD(prefix.getBytes(StandardCharsets.US_ASCII));
			byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
			return prefix + Base64.getUrlEncoder()
				.withoutPadding()
				.encodeToString(ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
