package cn.jiangle.ecojustice.bot.wecom;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CallbackVerifierTests {

	private static final Instant SAMPLE_TIME = Instant.ofEpochSecond(Long.parseLong(WeComCryptoTests.TIMESTAMP));

	private static final int AGENT = 1000002;

	private final WeComCrypto crypto = new WeComCrypto(WeComCryptoTests.TOKEN, WeComCryptoTests.AES_KEY);

	@Test
	void officialUrlVerificationVectorWithTheClockAtItsTime() {
		CallbackVerifier verifier = verifier(WeComCryptoTests.RECEIVE_ID, Clock.fixed(SAMPLE_TIME, ZoneOffset.UTC));
		assertThat(verifier.verifyUrl(WeComCryptoTests.SIGNATURE, WeComCryptoTests.TIMESTAMP, WeComCryptoTests.NONCE,
				WeComCryptoTests.ECHOSTR))
			.isEqualTo("1616140317555161061");
	}

	@Test
	void officialVectorIsStaleToday() {
		CallbackVerifier verifier = verifier(WeComCryptoTests.RECEIVE_ID, Clock.systemUTC());
		assertThatThrownBy(() -> verifier.verifyUrl(WeComCryptoTests.SIGNATURE, WeComCryptoTests.TIMESTAMP,
				WeComCryptoTests.NONCE, WeComCryptoTests.ECHOSTR))
			.isInstanceOf(CallbackRejected.StaleTimestamp.class);
	}

	@Test
	void echostrWhosePlusSignsArrivedAsSpacesStillVerifies() {
		CallbackVerifier verifier = verifier(WeComCryptoTests.RECEIVE_ID, Clock.fixed(SAMPLE_TIME, ZoneOffset.UTC));
		assertThat(verifier.verifyUrl(WeComCryptoTests.SIGNATURE, WeComCryptoTests.TIMESTAMP, WeComCryptoTests.NONCE,
				WeComCryptoTests.ECHOSTR.replace('+', ' ')))
			.isEqualTo("1616140317555161061");
	}

	@Test
	void officialVectorForAnotherCorpIsForeign() {
		CallbackVerifier verifier = verifier("ww0000000000000000", Clock.fixed(SAMPLE_TIME, ZoneOffset.UTC));
		assertThatThrownBy(() -> verifier.verifyUrl(WeComCryptoTests.SIGNATURE, WeComCryptoTests.TIMESTAMP,
				WeComCryptoTests.NONCE, WeComCryptoTests.ECHOSTR))
			.isInstanceOf(CallbackRejected.ForeignReceiver.class);
	}

	@Test
	void toleranceIsSymmetricAndInclusive() {
		Instant now = Instant.parse("2026-05-01T08:00:00Z");
		CallbackVerifier verifier = verifier("wwcorp", Clock.fixed(now, ZoneOffset.UTC));
		String inner = message("wwcorp", String.valueOf(AGENT));
		for (long offset : new long[] { -300, 0, 300 }) {
			String timestamp = String.valueOf(now.getEpochSecond() + offset);
			assertThat(open(verifier, "wwcorp", timestamp, inner)).containsEntry("Content", "你好");
		}
		for (long offset : new long[] { -301, 301 }) {
			String timestamp = String.valueOf(now.getEpochSecond() + offset);
			assertThatThrownBy(() -> open(verifier, "wwcorp", timestamp, inner))
				.isInstanceOf(CallbackRejected.StaleTimestamp.class);
		}
	}

	@Test
	void foreignAgentIsRefused() {
		Instant now = Instant.parse("2026-05-01T08:00:00Z");
		CallbackVerifier verifier = verifier("wwcorp", Clock.fixed(now, ZoneOffset.UTC));
		String timestamp = String.valueOf(now.getEpochSecond());
		assertThatThrownBy(() -> open(verifier, "wwcorp", timestamp, message("wwcorp", "1000003")))
			.isInstanceOf(CallbackRejected.ForeignAgent.class);
		assertThatThrownBy(() -> open(verifier, "wwcorp", timestamp, message("wwcorp", "")))
			.isInstanceOf(CallbackRejected.ForeignAgent.class);
	}

	@Test
	void ciphertextForAnotherCorpIsRefused() {
		Instant now = Instant.parse("2026-05-01T08:00:00Z");
		CallbackVerifier verifier = verifier("wwcorp", Clock.fixed(now, ZoneOffset.UTC));
		String timestamp = String.valueOf(now.getEpochSecond());
		assertThatThrownBy(() -> open(verifier, "wwother", timestamp, message("wwcorp", String.valueOf(AGENT))))
			.isInstanceOf(CallbackRejected.ForeignReceiver.class);
	}

	@Test
	void doctypeInsideTheCiphertextIsRefused() {
		Instant now = Instant.parse("2026-05-01T08:00:00Z");
		CallbackVerifier verifier = verifier("wwcorp", Clock.fixed(now, ZoneOffset.UTC));
		String xxe = "<!DOCTYPE xml [<!ENTITY x SYSTEM \"file:///etc/hostname\">]>"
				+ message("wwcorp", String.valueOf(AGENT)).replace("你好", "&x;");
		assertThatThrownBy(() -> open(verifier, "wwcorp", String.valueOf(now.getEpochSecond()), xxe))
			.isInstanceOf(CallbackRejected.Malformed.class);
	}

	@Test
	void sealedReplyDecryptsToTheReplyForOurCorp() {
		CallbackVerifier verifier = verifier("wwcorp", Clock.systemUTC());
		Map<String, String> envelope = SafeXml.fields(verifier.seal("<xml><A>1</A></xml>").getBytes(StandardCharsets.UTF_8));
		assertThat(crypto.signatureMatches(envelope.get("MsgSignature"), envelope.get("TimeStamp"),
				envelope.get("Nonce"), envelope.get("Encrypt"))).isTrue();
		WeComCrypto.Decrypted decrypted = crypto.decrypt(envelope.get("Encrypt"));
		assertThat(decrypted.message()).isEqualTo("<xml><A>1</A></xml>");
		assertThat(decrypted.receiveId()).isEqualTo("wwcorp");
	}

	@Test
	void withoutCredentialsEveryCallbackIsUnavailable() {
		CallbackVerifier verifier = new CallbackVerifier(properties(null, null, null, null, null), Clock.systemUTC());
		assertThatThrownBy(() -> verifier.verifyUrl("a", "1", "2", "3"))
			.isInstanceOf(CallbackRejected.ChannelNotConfigured.class);
	}

	private Map<String, String> open(CallbackVerifier verifier, String receiveId, String timestamp, String inner) {
		String encrypted = crypto.encrypt(inner, receiveId);
		String body = "<xml><ToUserName><![CDATA[wwcorp]]></ToUserName><Encrypt><![CDATA[" + encrypted
				+ "]]></Encrypt><AgentID><![CDATA[" + AGENT + "]]></AgentID></xml>";
		return verifier.open(crypto.signature(timestamp, "7", encrypted), timestamp, "7",
				body.getBytes(StandardCharsets.UTF_8));
	}

	private static String message(String corp, String agent) {
		return "<xml><ToUserName><![CDATA[" + corp + "]]></ToUserName><FromUserName><![CDATA[zhangsan]]></FromUserName>"
				+ "<CreateTime>1348831860</CreateTime><MsgType><![CDATA[text]]></MsgType>"
				+ "<Content><![CDATA[你好]]></Content><MsgId>1234567890123456</MsgId><AgentID>" + agent
				+ "</AgentID></xml>";
	}

	private static CallbackVerifier verifier(String corpId, Clock clock) {
		return new CallbackVerifier(properties(corpId, AGENT, "secret", WeComCryptoTests.TOKEN, WeComCryptoTests.AES_KEY),
				clock);
	}

	static WeComProperties properties(String corpId, Integer agentId, String secret, String token, String aesKey) {
		return new WeComProperties(corpId, agentId, secret, token, aesKey, URI.create("https://qyapi.weixin.qq.com"),
				null, new WeComProperties.Callback(Duration.ofMinutes(5), DataSize.ofKilobytes(64), "已收到"),
				new WeComProperties.Dispatcher(true, 2, Duration.ofSeconds(5), 5, Duration.ofSeconds(10)),
				new WeComProperties.Outbox(true, 2, Duration.ofSeconds(2), 8, Duration.ofSeconds(2),
						Duration.ofMinutes(10), 0.2, Duration.ofMinutes(3),
						new WeComProperties.Throttle(Duration.ofMinutes(1), 30, 20, 20)),
				new WeComProperties.Kf(1000),
				new WeComProperties.Http(Duration.ofSeconds(5), Duration.ofSeconds(10), 20),
				new WeComProperties.Token(Duration.ofSeconds(30), Duration.ofMinutes(5)));
	}

}
