package cn.jiangle.ecojustice.db.wecom;

import java.time.Instant;

/**
 * The shared WeCom access token as stored.
 *
 * @param token the token, or null when none was fetched yet
 * @param expiresAt when to stop using it (UTC), or null
 */
public record StoredAccessToken(String token, Instant expiresAt) {

	public boolean usableAt(Instant now) {
		return token != null && expiresAt != null && now.isBefore(expiresAt);
	}

	@Override
	public String toString() {
		// a credential: never in logs
		return "StoredAccessToken[" + (token == null ? "none" : "***") + ", expiresAt=" + expiresAt + "]";
	}

}
