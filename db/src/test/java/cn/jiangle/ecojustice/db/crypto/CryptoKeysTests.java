package cn.jiangle.ecojustice.db.crypto;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CryptoKeysTests {

	private static final String KEY_1 = "j+GnGFir6JHKCkxcPQF43tQjFnvHwK8QnURa70lqqoQ=";

	private static final String HASH_KEY = "PTtQ3sPVeYht2IHTSwZn0SnqysJnk4n/y1lOkhz1gEo=";

	@Test
	void externalDatabaseRequiresKeysNamingTheProperty() {
		assertThatExceptionOfType(InvalidConfigurationPropertyValueException.class)
			.isThrownBy(() -> CryptoKeys.cipher(new CryptoProperties(null, null, null), null))
			.satisfies((ex) -> assertThat(ex.getName()).isEqualTo("ecojustice.db.crypto.keys"));
	}

	@Test
	void refusesAKeyOfTheWrongLengthWithoutShowingIt() {
		String shortKey = "AAAAAAAAAAAAAAAAAAAAAA==";
		assertThatExceptionOfType(InvalidConfigurationPropertyValueException.class)
			.isThrownBy(() -> CryptoKeys.cipher(new CryptoProperties(Map.of(3, shortKey), 3, HASH_KEY), null))
			.satisfies((ex) -> {
				assertThat(ex.getName()).isEqualTo("ecojustice.db.crypto.keys.3");
				assertThat(ex.getMessage()).doesNotContain(shortKey);
			});
	}

	@Test
	void refusesInvalidBase64() {
		assertThatExceptionOfType(InvalidConfigurationPropertyValueException.class)
			.isThrownBy(() -> CryptoKeys.cipher(new CryptoProperties(Map.of(1, "not base64!"), 1, HASH_KEY), null))
			.satisfies((ex) -> assertThat(ex.getName()).isEqualTo("ecojustice.db.crypto.keys.1"));
	}

	@Test
	void currentVersionMustNameAConfiguredKey() {
		assertThatExceptionOfType(InvalidConfigurationPropertyValueException.class)
			.isThrownBy(() -> CryptoKeys.cipher(new CryptoProperties(Map.of(1, KEY_1), 2, HASH_KEY), null))
			.satisfies((ex) -> assertThat(ex.getName()).isEqualTo("ecojustice.db.crypto.current-version"));
		assertThatExceptionOfType(InvalidConfigurationPropertyValueException.class)
			.isThrownBy(() -> CryptoKeys.cipher(new CryptoProperties(Map.of(1, KEY_1), null, HASH_KEY), null))
			.satisfies((ex) -> assertThat(ex.getName()).isEqualTo("ecojustice.db.crypto.current-version"));
	}

	@Test
	void hashKeyIsRequired(@TempDir Path directory) {
		// partial configuration is never completed from generated keys, even in zero-setup mode
		assertThatExceptionOfType(InvalidConfigurationPropertyValueException.class)
			.isThrownBy(() -> CryptoKeys.cipher(new CryptoProperties(Map.of(1, KEY_1), 1, null),
					directory.resolve("crypto.properties")))
			.satisfies((ex) -> assertThat(ex.getName()).isEqualTo("ecojustice.db.crypto.hash-key"));
	}

	@Test
	void zeroSetupGeneratesKeysOnceOwnerOnlyAndReusesThem(@TempDir Path directory) throws Exception {
		Path file = directory.resolve("secrets").resolve("crypto.properties");
		FieldCipher first = CryptoKeys.cipher(new CryptoProperties(null, null, null), file);
		assertThat(file).exists();
		if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
			assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		}
		String content = Files.readString(file);
		String sealed = first.seal("13812345678", SealedColumns.PARTY_PHONE.cell("1"));

		FieldCipher second = CryptoKeys.cipher(new CryptoProperties(null, null, null), file);
		assertThat(second.open(sealed, SealedColumns.PARTY_PHONE.cell("1"))).isEqualTo("13812345678");
		assertThat(second.lookupHash("p", "x")).isEqualTo(first.lookupHash("p", "x"));
		assertThat(Files.readString(file)).isEqualTo(content);
	}

	@Test
	void configuredKeysWin(@TempDir Path directory) {
		Path file = directory.resolve("crypto.properties");
		FieldCipher cipher = CryptoKeys.cipher(new CryptoProperties(Map.of(1, KEY_1), 1, HASH_KEY), file);
		assertThat(cipher.currentVersion()).isEqualTo(1);
		assertThat(file).doesNotExist();
	}

}
