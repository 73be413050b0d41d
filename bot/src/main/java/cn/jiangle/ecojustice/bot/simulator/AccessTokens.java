package cn.jiangle.ecojustice.bot.simulator;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The simulated corp's application access token. Like WeCom: valid for {@link #LIFETIME}, the same token is returned
 * while it is valid, and a call with an unknown token fails with 40014, with an expired one 42001.
 */
final class AccessTokens {

	static final Duration LIFETIME = Duration.ofSeconds(7200);

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	private String current;

	private Instant expiresAt = Instant.MIN;

	private String previous;

	AccessTokens(Clock clock) {
		this.clock = clock;
	}

	record Issued(String token, long expiresIn) {
	}

	synchronized Issued issue() {
		Instant now = clock.instant();
		if (current == null || !now.isBefore(expiresAt)) {
			previous = current;
			byte[] raw = new byte[48];
			random.nextBytes(raw);
			current = HexFormat.of().formatHex(raw);
			expiresAt = now.plus(LIFETIME);
		}
		return new Issued(current, Duration.between(now, expiresAt).toSeconds());
	}

	/** @throws WeComApiError unless {@code token} is the current, unexpired access token */
	synchronized void check(String token) {
		if (token == null || token.isBlank()) {
			throw new WeComApiError(WeComApiError.ACCESS_TOKEN_MISSING, "access_token missing");
		}
		if (token.equals(current) && clock.instant().isBefore(expiresAt)) {
			return;
		}
		if (token.equals(current) || token.equals(previous)) {
			throw new WeComApiError(WeComApiError.ACCESS_TOKEN_EXPIRED, "access_token expired");
		}
		throw new WeComApiError(WeComApiError.INVALID_ACCESS_TOKEN, "invalid access_token");
	}

}
