package cn.jiangle.ecojustice.db.crypto;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

import cn.jiangle.ecojustice.db.secrets.SecretFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;

/**
 * Turns {@link CryptoProperties} into a {@link FieldCipher}, failing with the name of the offending property; in
 * zero-setup mode, with nothing configured, uses keys generated once into a secret file.
 */
final class CryptoKeys {

	private static final Logger log = LoggerFactory.getLogger(CryptoKeys.class);

	static final String PREFIX = "ecojustice.db.crypto.";

	private static final String HIDDEN = "(hidden)";

	private CryptoKeys() {
	}

	/**
	 * @param properties what is configured
	 * @param generatedKeysFile where zero-setup keys live, or {@code null} when an external database is configured
	 * and keys are mandatory
	 */
	static FieldCipher cipher(CryptoProperties properties, Path generatedKeysFile) {
		if (properties.isEmpty()) {
			if (generatedKeysFile == null) {
				throw new InvalidConfigurationPropertyValueException(PREFIX + "keys", null,
						"Field encryption keys are required when spring.datasource.url is set: configure "
								+ PREFIX + "keys.<version> (base64 of 32 random bytes), " + PREFIX
								+ "current-version and " + PREFIX + "hash-key");
			}
			properties = generated(generatedKeysFile);
		}
		Map<Integer, byte[]> keys = new HashMap<>();
		properties.keys().forEach((version, encoded) -> {
			if (version == null || version < 1) {
				throw new InvalidConfigurationPropertyValueException(PREFIX + "keys", HIDDEN,
						"Key versions are positive integers");
			}
			byte[] key = decode(encoded, PREFIX + "keys." + version);
			if (key.length != 32) {
				throw new InvalidConfigurationPropertyValueException(PREFIX + "keys." + version, HIDDEN,
						"An AES-256 key is base64 of exactly 32 bytes (got " + key.length + ")");
			}
			keys.put(version, key);
		});
		if (keys.isEmpty()) {
			throw new InvalidConfigurationPropertyValueException(PREFIX + "keys", null,
					"At least one key version is required");
		}
		Integer current = properties.currentVersion();
		if (current == null || !keys.containsKey(current)) {
			throw new InvalidConfigurationPropertyValueException(PREFIX + "current-version", current,
					"Must name one of the configured key versions " + keys.keySet());
		}
		if (properties.hashKey() == null || properties.hashKey().isBlank()) {
			throw new InvalidConfigurationPropertyValueException(PREFIX + "hash-key", null,
					"Required: base64 of at least 32 random bytes");
		}
		byte[] hashKey = decode(properties.hashKey(), PREFIX + "hash-key");
		if (hashKey.length < 32) {
			throw new InvalidConfigurationPropertyValueException(PREFIX + "hash-key", HIDDEN,
					"Must be base64 of at least 32 bytes (got " + hashKey.length + ")");
		}
		return new FieldCipher(keys, current, hashKey);
	}

	private static byte[] decode(String encoded, String property) {
		try {
			return Base64.getDecoder().decode((encoded != null) ? encoded.strip() : "");
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidConfigurationPropertyValueException(property, HIDDEN, "Not valid base64");
		}
	}

	private static CryptoProperties generated(Path file) {
		Properties stored = new SecretFile(file).readOrCreate(CryptoKeys::newKeys,
				"Field encryption keys generated for the embedded (zero-setup) database. Production must configure "
						+ PREFIX + "* instead. Losing this file makes encrypted ID and phone numbers unreadable.");
		log.warn("Using field encryption keys generated in {}; production must configure {}keys, "
				+ "{}current-version and {}hash-key", file, PREFIX, PREFIX, PREFIX);
		Map<Integer, String> keys = new HashMap<>();
		for (String name : stored.stringPropertyNames()) {
			if (name.startsWith("keys.")) {
				keys.put(Integer.valueOf(name.substring("keys.".length())), stored.getProperty(name));
			}
		}
		String current = stored.getProperty("current-version");
		return new CryptoProperties(keys, (current != null) ? Integer.valueOf(current.strip()) : null,
				stored.getProperty("hash-key"));
	}

	private static Properties newKeys() {
		SecureRandom random = new SecureRandom();
		byte[] key = new byte[32];
		byte[] hashKey = new byte[32];
		random.nextBytes(key);
		random.nextBytes(hashKey);
		Properties properties = new Properties();
		properties.setProperty("keys.1", Base64.getEncoder().encodeToString(key));
		properties.setProperty("current-version", "1");
		properties.setProperty("hash-key", Base64.getEncoder().encodeToString(hashKey));
		return properties;
	}

}
