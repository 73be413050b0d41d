package cn.jiangle.ecojustice.db.crypto;

import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class FieldCipherTests {

	static final byte[] KEY_1 = Base64.getDecoder().decode("j+GnGFir6JHKCkxcPQF43tQjFnvHwK8QnURa70lqqoQ=");

	static final byte[] KEY_2 = Base64.getDecoder().decode("tK2+P4MO6Yf3HwCSRFSEAgtnX6wQdMujW947tJXEvSo=");

	static final byte[] HASH_KEY = Base64.getDecoder().decode("PTtQ3sPVeYht2IHTSwZn0SnqysJnk4n/y1lOkhz1gEo=");

	private final FieldCipher cipher = new FieldCipher(Map.of(1, KEY_1), 1, HASH_KEY);

	@Test
	void sealsWithVersionPrefixAndOpens() {
		String sealed = this.cipher.seal("35042819850312123X");
		assertThat(sealed).startsWith("v1:").doesNotContain("35042819850312123X");
		assertThat(this.cipher.open(sealed)).isEqualTo("35042819850312123X");
		assertThat(this.cipher.versionOf(sealed)).isEqualTo(1);
	}

	@Test
	void sealingTwiceGivesDifferentCiphertexts() {
		assertThat(this.cipher.seal("13812345678")).isNotEqualTo(this.cipher.seal("13812345678"));
	}

	@Test
	void roundTripsChineseText() {
		assertThat(this.cipher.open(this.cipher.seal("福建省将乐县古镛镇"))).isEqualTo("福建省将乐县古镛镇");
	}

	@Test
	void refusesAlteredCiphertext() {
		String sealed = this.cipher.seal("13812345678");
		char last = sealed.charAt(sealed.length() - 1);
		String altered = sealed.substring(0, sealed.length() - 1) + ((last == 'A') ? 'B' : 'A');
		assertThatExceptionOfType(SealedValueUnreadable.class).isThrownBy(() -> this.cipher.open(altered));
	}

	@Test
	void versionPrefixIsAuthenticated() {
		FieldCipher both = new FieldCipher(Map.of(1, KEY_1, 2, KEY_1), 1, HASH_KEY);
		String relabelled = "v2:" + both.seal("13812345678").substring(3);
		assertThatExceptionOfType(SealedValueUnreadable.class).isThrownBy(() -> both.open(relabelled));
	}

	@Test
	void rotationKeepsOldVersionsReadable() {
		String underVersion1 = this.cipher.seal("13812345678");
		FieldCipher rotated = new FieldCipher(Map.of(1, KEY_1, 2, KEY_2), 2, HASH_KEY);
		assertThat(rotated.open(underVersion1)).isEqualTo("13812345678");
		String underVersion2 = rotated.seal("13812345678");
		assertThat(underVersion2).startsWith("v2:");
		assertThatExceptionOfType(SealedValueUnreadable.class).isThrownBy(() -> this.cipher.open(underVersion2))
			.withMessageContaining("ecojustice.db.crypto.keys.2")
			.withMessageNotContaining("13812345678");
	}

	@Test
	void lookupHashIsKeyedDeterministicAndPurposeBound() {
		String hash = this.cipher.lookupHash("party.phone", "13812345678");
		assertThat(hash).hasSize(64).matches("[0-9a-f]+").isEqualTo(this.cipher.lookupHash("party.phone", "13812345678"));
		assertThat(this.cipher.lookupHash("party.id-card", "13812345678")).isNotEqualTo(hash);
		FieldCipher otherHashKey = new FieldCipher(Map.of(1, KEY_1), 1, KEY_2);
		assertThat(otherHashKey.lookupHash("party.phone", "13812345678")).isNotEqualTo(hash);
	}

	@Test
	void refusesWeakKeys() {
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> new FieldCipher(Map.of(1, new byte[16]), 1, HASH_KEY));
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> new FieldCipher(Map.of(1, KEY_1), 2, HASH_KEY));
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> new FieldCipher(Map.of(1, KEY_1), 1, new byte[16]));
	}

}
