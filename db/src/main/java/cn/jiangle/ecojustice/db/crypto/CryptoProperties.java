package cn.jiangle.ecojustice.db.crypto;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Keys protecting 身份证号 and phone numbers at rest. Validated when the cipher is built (see {@link CryptoKeys}):
 * in zero-setup mode (embedded database) all three may be left unset and are then generated into
 * {@code ./data/secrets/crypto.properties}; with {@code spring.datasource.url} set they are required.
 *
 * @param keys AES-256 keys by version, each base64 of 32 random bytes (e.g. {@code openssl rand -base64 32}); keep
 * retired versions here so older values still decrypt
 * @param currentVersion the version new values are encrypted with
 * @param hashKey base64 of at least 32 random bytes for the HMAC-SHA256 lookup hash; never rotate it without
 * recomputing the hash columns
 */
@ConfigurationProperties("ecojustice.db.crypto")
public record CryptoProperties(Map<Integer, String> keys, Integer currentVersion, String hashKey) {

	public CryptoProperties {
		keys = (keys != null) ? Map.copyOf(keys) : Map.of();
	}

	boolean isEmpty() {
		return this.keys.isEmpty() && this.currentVersion == null && (this.hashKey == null || this.hashKey.isBlank());
	}

	@Override
	public String toString() {
		return "CryptoProperties[versions=" + this.keys.keySet() + ", currentVersion=" + this.currentVersion + "]";
	}

}
