package cn.jiangle.ecojustice.bot.wecom;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import me.chanjar.weixin.common.error.WxRuntimeException;
import org.apache.http.NoHttpResponseException;
import org.apache.http.conn.ConnectionPoolTimeoutException;
import org.junit.jupiter.api.Test;

import org.springframework.dao.TransientDataAccessResourceException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class OutboxSenderTests {

	private static final WeComProperties DEFAULTS = CallbackVerifierTests.properties("wwcorp", 1, "s", "t",
			WeComCryptoTests.AES_KEY);

	// defaults: 2 s initial, doubled per attempt, capped at 10 min, ±20 % jitter
	private final OutboxSender sender = new OutboxSender(DEFAULTS, null, null, null, Clock.systemUTC(),
			new SimpleMeterRegistry());

	@Test
	void backoffDoublesWithJitterAndIsCapped() {
		for (int i = 0; i < 200; i++) {
			assertThat(sender.backoff(1)).isBetween(Duration.ofMillis(1600), Duration.ofMillis(2400));
			assertThat(sender.backoff(2)).isBetween(Duration.ofMillis(3200), Duration.ofMillis(4800));
			assertThat(sender.backoff(5)).isBetween(Duration.ofMillis(25600), Duration.ofMillis(38400));
			assertThat(sender.backoff(40)).isBetween(Duration.ofMinutes(8), Duration.ofMinutes(12));
		}
	}

	@Test
	void jitterActuallySpreadsRetries() {
		assertThat(java.util.stream.IntStream.range(0, 50).mapToObj(i -> sender.backoff(3)).distinct().count())
			.isGreaterThan(10);
	}

	@Test
	void theWorstCaseSendCountsTwoTokenRefreshesAndTwoSends() {
		// 2 × (30 s refresh lease + 2 × (5 s pool wait + 5 s connect + 10 s read))
		assertThat(WeComDelivery.worstCase(DEFAULTS.http(), DEFAULTS.accessToken())).isEqualTo(Duration.ofSeconds(140));
		assertThat(DEFAULTS.outbox().lease()).isGreaterThan(Duration.ofSeconds(140));
	}

	@Test
	void aLeaseShorterThanTheWorstCaseSendIsRefusedAtStartup() {
		WeComProperties.Outbox settings = DEFAULTS.outbox();
		WeComProperties shortLease = new WeComProperties(DEFAULTS.corpId(), DEFAULTS.agentId(), DEFAULTS.secret(),
				DEFAULTS.token(), DEFAULTS.aesKey(), DEFAULTS.apiBaseUrl(), null, DEFAULTS.callback(),
				DEFAULTS.dispatcher(),
				new WeComProperties.Outbox(true, 2, settings.pollInterval(), settings.maxAttempts(),
						settings.initialBackoff(), settings.maxBackoff(), settings.jitter(), Duration.ofSeconds(60),
						settings.throttle()),
				DEFAULTS.kf(), DEFAULTS.http(), DEFAULTS.accessToken());
		assertThatIllegalStateException()
			.isThrownBy(() -> new OutboxSender(shortLease, null, null, null, Clock.systemUTC(), new SimpleMeterRegistry()))
			.withMessageContaining("wecom.outbox.lease (PT1M)")
			.withMessageContaining("PT2M20S");
	}

	@Test
	void onlyFailuresBeforeAnythingWasWrittenHaveAKnownOutcome() {
		assertThat(new WeComUnreachable(new WxRuntimeException(new ConnectException("refused"))).outcomeUnknown())
			.isFalse();
		assertThat(new WeComUnreachable(new WxRuntimeException(new ConnectionPoolTimeoutException("pool")))
			.outcomeUnknown()).isFalse();
		assertThat(new WeComUnreachable(new TransientDataAccessResourceException("db")).outcomeUnknown()).isFalse();
		assertThat(WeComUnreachable.beforeSending(new WxRuntimeException(new SocketTimeoutException("read")))
			.outcomeUnknown()).isFalse();
		assertThat(new WeComUnreachable(new WxRuntimeException(new SocketTimeoutException("Read timed out")))
			.outcomeUnknown()).isTrue();
		assertThat(new WeComUnreachable(new WxRuntimeException(new NoHttpResponseException("closed")))
			.outcomeUnknown()).isTrue();
		assertThat(new WeComUnreachable(new WxRuntimeException(new IOException("502 Bad Gateway"))).outcomeUnknown())
			.isTrue();
	}

	@Test
	void theDuplicateCheckWindowReachesBackToTheUncertainAttemptWithinWeComsLimit() {
		Instant since = Instant.parse("2030-01-01T00:00:00Z");
		assertThat(WeComDelivery.duplicateCheckSeconds(since, since)).isEqualTo(60);
		assertThat(WeComDelivery.duplicateCheckSeconds(since, since.plusSeconds(300))).isEqualTo(360);
		assertThat(WeComDelivery.duplicateCheckSeconds(since, since.plus(Duration.ofHours(9)))).isEqualTo(14400);
	}

}
