package cn.jiangle.ecojustice.bot.wecom;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WeComCryptoTests {

	// WeCom's published sample (企业微信 加解密方案 / WXBizMsgCrypt)
	static final String TOKEN = "QDG6eK";

	static final String AES_KEY = "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C";

	static final String RECEIVE_ID = "wx5823bf96d3bd56c7";

	static final String SIGNATURE = "5c45ff5e21c57e6ad56bac8758b79b1d9ac89fd3";

	static final String TIMESTAMP = "1409659589";

	static final String NONCE = "263014780";

	static final String ECHOSTR = "P9nAzCzyDtyTWESHep1vC5X9xho/qYX3Zpb4yKa9SKld1DsH3Iyt3tP3zNdtp+4RPcs8TgAE7OaBO+FZXvnaqQ==";

	private final WeComCrypto crypto = new WeComCrypto(TOKEN, AES_KEY);

	@Test
	void officialVectorSignatureMatches() {
		assertThat(crypto.signature(TIMESTAMP, NONCE, ECHOSTR)).isEqualTo(SIGNATURE);
		assertThat(crypto.signatureMatches(SIGNATURE, TIMESTAMP, NONCE, ECHOSTR)).isTrue();
		assertThat(crypto.signatureMatches(SIGNATURE.toUpperCase(), TIMESTAMP, NONCE, ECHOSTR)).isTrue();
	}

	@Test
	void officialVectorDecrypts() {
		WeComCrypto.Decrypted decrypted = crypto.decrypt(ECHOSTR);
		assertThat(decrypted.message()).isEqualTo("1616140317555161061");
		assertThat(decrypted.receiveId()).isEqualTo(RECEIVE_ID);
	}

	@Test
	void anyAlteredPartBreaksTheSignature() {
		assertThat(crypto.signatureMatches(SIGNATURE, "1409659590", NONCE, ECHOSTR)).isFalse();
		assertThat(crypto.signatureMatches(SIGNATURE, TIMESTAMP, "263014781", ECHOSTR)).isFalse();
		assertThat(crypto.signatureMatches(SIGNATURE, TIMESTAMP, NONCE, ECHOSTR.replace('P', 'Q'))).isFalse();
		assertThat(crypto.signatureMatches(SIGNATURE.substring(1), TIMESTAMP, NONCE, ECHOSTR)).isFalse();
		assertThat(new WeComCrypto("other", AES_KEY).signatureMatches(SIGNATURE, TIMESTAMP, NONCE, ECHOSTR)).isFalse();
	}

	@Test
	void encryptThenDecryptRoundTripsChineseText() {
		String message = "<xml><Content><![CDATA[碳汇认购的流程是什么？🌲]]></Content></xml>";
		String encrypted = crypto.encrypt(message, "ww1234");
		WeComCrypto.Decrypted decrypted = crypto.decrypt(encrypted);
		assertThat(decrypted.message()).isEqualTo(message);
		assertThat(decrypted.receiveId()).isEqualTo("ww1234");
		// PKCS#7 to 32-byte blocks, as WeCom pads (not AES's 16)
		assertThat(Base64.getDecoder().decode(encrypted).length % 32).isZero();
	}

	@Test
	void encryptionIsRandomised() {
		assertThat(crypto.encrypt("same", RECEIVE_ID)).isNotEqualTo(crypto.encrypt("same", RECEIVE_ID));
	}

	@Test
	void ciphertextOfAnotherKeyIsMalformed() {
		WeComCrypto other = new WeComCrypto(TOKEN, "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG");
		String foreign = other.encrypt("hello", RECEIVE_ID);
		assertThatThrownBy(() -> crypto.decrypt(foreign)).isInstanceOf(CallbackRejected.Malformed.class);
	}

	@Test
	void brokenCiphertextsAreMalformedNotCrashes() {
		assertThatThrownBy(() -> crypto.decrypt("not base64 !!")).isInstanceOf(CallbackRejected.Malformed.class);
		assertThatThrownBy(() -> crypto.decrypt("")).isInstanceOf(CallbackRejected.Malformed.class);
		String shortBlock = Base64.getEncoder().encodeToString("0123456789abcdef".getBytes(StandardCharsets.US_ASCII));
		assertThatThrownBy(() -> crypto.decrypt(shortBlock)).isInstanceOf(CallbackRejected.Malformed.class);
	}

	@Test
	void envelopeCarriesAVerifiableSignature() {
		String encrypted = crypto.encrypt("<xml/>", RECEIVE_ID);
		String envelope = crypto.envelope(encrypted, "1700000000", "42");
		assertThat(envelope).contains("<Encrypt><![CDATA[" + encrypted + "]]></Encrypt>")
			.contains("<MsgSignature><![CDATA[" + crypto.signature("1700000000", "42", encrypted) + "]]>")
			.contains("<TimeStamp>1700000000</TimeStamp>");
	}

	@Test
	void refusesKeysWeComWouldNotIssue() {
		assertThatIllegalArgumentException().isThrownBy(() -> new WeComCrypto(TOKEN, "short"))
			.withMessageContaining("wecom.aes-key");
		assertThatIllegalArgumentException().isThrownBy(() -> new WeComCrypto(TOKEN, "*".repeat(43)))
			.withMessageContaining("wecom.aes-key");
		assertThatIllegalArgumentException().isThrownBy(() -> new WeComCrypto(" ", AES_KEY))
			.withMessageContaining("wecom.token");
	}

}
