package cn.jiangle.ecojustice.bot.wecom;

import java.time.Clock;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OutboxSenderTests {

	// defaults: 2 s initial, doubled per attempt, capped at 10 min, ±20 % jitter
	private final OutboxSender sender = new OutboxSender(
			CallbackVerifierTests.properties("wwcorp", 1, "s", "t", WeComCryptoTests.AES_KEY), null, null, null,
			Clock.systemUTC());

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

}
