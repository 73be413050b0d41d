package cn.jiangle.ecojustice.bot.simulator;

import java.time.Duration;
import java.time.Instant;

import cn.jiangle.ecojustice.bot.conversation.MutableClock;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

class AccessTokensTests {

	private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T08:00:00Z"));

	private final AccessTokens tokens = new AccessTokens(clock);

	@Test
	void theSameTokenIsReturnedWhileItIsValid() {
		AccessTokens.Issued first = tokens.issue();
		clock.advance(Duration.ofMinutes(30));
		AccessTokens.Issued second = tokens.issue();

		assertThat(second.token()).isEqualTo(first.token());
		assertThat(first.expiresIn()).isEqualTo(7200);
		assertThat(second.expiresIn()).isEqualTo(7200 - 1800);
		assertThatNoException().isThrownBy(() -> tokens.check(first.token()));
	}

	@Test
	void anExpiredTokenIsRefusedWith42001AndANewOneIsIssued() {
		String old = tokens.issue().token();
		clock.advance(AccessTokens.LIFETIME);

		assertThatExceptionOfType(WeComApiError.class).isThrownBy(() -> tokens.check(old))
			.satisfies(error -> assertThat(error.errcode()).isEqualTo(42001));
		String renewed = tokens.issue().token();
		assertThat(renewed).isNotEqualTo(old);
		assertThatExceptionOfType(WeComApiError.class).isThrownBy(() -> tokens.check(old))
			.satisfies(error -> assertThat(error.errcode()).isEqualTo(42001));
		assertThatNoException().isThrownBy(() -> tokens.check(renewed));
	}

	@Test
	void unknownAndMissingTokensAreRefused() {
		tokens.issue();

		assertThatExceptionOfType(WeComApiError.class).isThrownBy(() -> tokens.check("forged"))
			.satisfies(error -> assertThat(error.errcode()).isEqualTo(40014));
		assertThatExceptionOfType(WeComApiError.class).isThrownBy(() -> tokens.check(""))
			.satisfies(error -> assertThat(error.errcode()).isEqualTo(41001));
	}

}
