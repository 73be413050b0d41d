package cn.jiangle.ecojustice.db.crypto;

import java.util.Base64;
import java.util.Map;

import cn.jiangle.ecojustice.db.testing.TestCryptoKeys;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class FieldCipherTests {

	static final byte[] KEY_1 = Base64.getDecoder().decode(TestCryptoKeys.KEY_1);

	static final byte[] KEY_2 = Base64.getDecoder().decode(TestCryptoKeys.KEY_2);

	static final byte[] HASH_KEY = Base64.getDecoder().decode(TestCryptoKeys.HASH_KEY);

	static final SealedColumn.Cell PARTY_7_ID_CARD = SealedColumns.PARTY_ID_CARD.cell("7");

	private final FieldCipher cipher = new FieldCipher(Map.of(1, KEY_1), 1, HASH_KEY);

	@Test
	void sealsWithVersionPrefixAndOpens() {
		String sealed = this.cipher.seal("35042819850312123X", PARTY_7_ID_CARD);
		assertThat(sealed).startsWith("a1:").doesNotContain("35042819850312123X");
		assertThat(this.cipher.open(sealed, PARTY_7_ID_CARD)).isEqualTo("35042819850312123X");
		assertThat(this.cipher.versionOf(sealed)).isEqualTo(1);
		assertThat(this.cipher.currentPrefix()).isEqualTo("a1:");
	}

	@Test
	void sealingTwiceGivesDifferentCiphertexts() {
		assertThat(this.cipher.seal("13812345678", PARTY_7_ID_CARD))
			.isNotEqualTo(this.cipher.seal("13812345678", PARTY_7_ID_CARD));
	}

	@Test
	void roundTripsChineseText() {
		SealedColumn.Cell cell = SealedColumns.CONVERSATION_DATA.cell("APP:judge");
		assertThat(this.cipher.open(this.cipher.seal("福建省将乐县古镛镇", cell), cell)).isEqualTo("福建省将乐县古镛镇");
	}

	@Test
	void aValueCopiedToAnotherRowDoesNotOpen() {
		String sealed = this.cipher.seal("35042819850312123X", PARTY_7_ID_CARD);
		assertThatExceptionOfType(SealedValueUnreadable.class)
			.isThrownBy(() -> this.cipher.open(sealed, SealedColumns.PARTY_ID_CARD.cell("8")))
			.withMessageNotContaining("35042819850312123X");
		assertThatExceptionOfType(SealedValueUnreadable.class)
			.isThrownBy(() -> this.cipher.open(sealed, SealedColumns.PARTY_ID_CARD.cell("70")));
	}

	@Test
	void aValueCopiedToAnotherColumnOrTableDoesNotOpen() {
		String sealed = this.cipher.seal("13812345678", SealedColumns.PARTY_PHONE.cell("7"));
		assertThatExceptionOfType(SealedValueUnreadable.class)
			.isThrownBy(() -> this.cipher.open(sealed, SealedColumns.PARTY_ID_CARD.cell("7")));
		assertThatExceptionOfType(SealedValueUnreadable.class)
			.isThrownBy(() -> this.cipher.open(sealed, SealedColumns.OUTBOX_BODY.cell("7")));
	}

	@Test
	void rowKeysCannotBeShiftedIntoTheColumnName() {
		// table, column and row are separated, so ("qa_answer","question","1") never equals ("qa_answer","questio","n1")
		SealedColumn shifted = new SealedColumn("qa_answer", "questio", "id", "id", true);
		String sealed = this.cipher.seal("问题", SealedColumns.QA_QUESTION.cell("1"));
		assertThatExceptionOfType(SealedValueUnreadable.class)
			.isThrownBy(() -> this.cipher.open(sealed, shifted.cell("n1")));
	}

	@Test
	void refusesAlteredCiphertext() {
		String sealed = this.cipher.seal("13812345678", PARTY_7_ID_CARD);
		char last = sealed.charAt(sealed.length() - 1);
		String altered = sealed.substring(0, sealed.length() - 1) + ((last == 'A') ? 'B' : 'A');
		assertThatExceptionOfType(SealedValueUnreadable.class)
			.isThrownBy(() -> this.cipher.open(altered, PARTY_7_ID_CARD));
	}

	@Test
	void versionPrefixIsAuthenticated() {
		FieldCipher both = new FieldCipher(Map.of(1, KEY_1, 2, KEY_1), 1, HASH_KEY);
		String relabelled = "a2:" + both.seal("13812345678", PARTY_7_ID_CARD).substring(3);
		assertThatExceptionOfType(SealedValueUnreadable.class).isThrownBy(() -> both.open(relabelled, PARTY_7_ID_CARD));
	}

	@Test
	void valuesSealedBeforeRowsWereBoundStillOpen() {
		String legacy = TestCryptoKeys.legacySeal(1, "13812345678");
		assertThat(legacy).startsWith("v1:");
		assertThat(this.cipher.open(legacy, PARTY_7_ID_CARD)).isEqualTo("13812345678");
		assertThat(this.cipher.versionOf(legacy)).isEqualTo(1);
		// a bound value cannot be passed off as a legacy one
		String bound = this.cipher.seal("13812345678", PARTY_7_ID_CARD);
		assertThatExceptionOfType(SealedValueUnreadable.class)
			.isThrownBy(() -> this.cipher.open("v" + bound.substring(1), PARTY_7_ID_CARD));
	}

	@Test
	void rotationKeepsOldVersionsReadable() {
		String underVersion1 = this.cipher.seal("13812345678", PARTY_7_ID_CARD);
		FieldCipher rotated = new FieldCipher(Map.of(1, KEY_1, 2, KEY_2), 2, HASH_KEY);
		assertThat(rotated.open(underVersion1, PARTY_7_ID_CARD)).isEqualTo("13812345678");
		String underVersion2 = rotated.seal("13812345678", PARTY_7_ID_CARD);
		assertThat(underVersion2).startsWith("a2:");
		assertThatExceptionOfType(SealedValueUnreadable.class)
			.isThrownBy(() -> this.cipher.open(underVersion2, PARTY_7_ID_CARD))
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
