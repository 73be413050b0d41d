package cn.jiangle.ecojustice.bot.simulator;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.node.ObjectNode;

/**
 * What 微信客服 holds for the business to fetch with {@code kf/sync_msg}: customer messages and events in arrival
 * order behind an opaque cursor, the short-lived tokens announced in {@code kf_msg_or_event} callbacks, and the
 * single-use welcome codes of {@code enter_session} events.
 */
final class KfInbox {

	/** WeCom: the callback's Token is valid for 10 minutes. */
	static final Duration TOKEN_LIFETIME = Duration.ofMinutes(10);

	/** WeCom: a welcome_code is valid for 20 seconds and can be used once. */
	static final Duration WELCOME_CODE_LIFETIME = Duration.ofSeconds(20);

	static final int MAX_LIMIT = 1000;

	private record Queued(long seq, String openKfId, ObjectNode item) {
	}

	private record Expiring(String value, Instant expiresAt) {
	}

	record Batch(List<ObjectNode> items, String nextCursor, boolean hasMore) {
	}

	private final Clock clock;

	private final int capacity;

	private final SecureRandom random = new SecureRandom();

	private final List<Queued> queue = new ArrayList<>();

	private final Map<String, Instant> tokens = new HashMap<>();

	private final Map<String, Expiring> welcomeCodes = new HashMap<>();

	private long seq;

	KfInbox(Clock clock, int capacity) {
		this.clock = clock;
		this.capacity = capacity;
	}

	/** Queues a customer message or event; returns the token to announce in the callback. */
	synchronized String add(String openKfId, ObjectNode item) {
		queue.add(new Queued(++seq, openKfId, item));
		if (queue.size() > capacity) {
			queue.remove(0);
		}
		Instant now = clock.instant();
		tokens.values().removeIf(expiry -> !now.isBefore(expiry));
		String token = "ENC" + randomHex(20);
		tokens.put(token, now.plus(TOKEN_LIFETIME));
		return token;
	}

	/**
	 * @param cursor null or empty = from the start; otherwise a {@code next_cursor} this inbox returned
	 * @param token null (allowed, as WeCom allows it at a lower rate) or a token from a callback
	 */
	synchronized Batch sync(String openKfId, String cursor, String token, int limit) {
		if (token != null && !token.isEmpty()) {
			Instant expiry = tokens.get(token);
			if (expiry == null || !clock.instant().isBefore(expiry)) {
				throw new WeComApiError(WeComApiError.INVALID_MSG_TOKEN, "invalid msg token");
			}
		}
		long after = parseCursor(cursor);
		int max = limit <= 0 ? MAX_LIMIT : Math.min(limit, MAX_LIMIT);
		List<ObjectNode> items = new ArrayList<>();
		long last = after;
		boolean more = false;
		for (Queued queued : queue) {
			if (queued.seq() <= after || !queued.openKfId().equals(openKfId)) {
				continue;
			}
			if (items.size() == max) {
				more = true;
				break;
			}
			items.add(queued.item().deepCopy());
			last = queued.seq();
		}
		return new Batch(items, "c" + Long.toString(last, 36), more);
	}

	synchronized String issueWelcomeCode(String externalUserId) {
		Instant now = clock.instant();
		welcomeCodes.values().removeIf(code -> !now.isBefore(code.expiresAt()));
		String code = randomHex(16);
		welcomeCodes.put(code, new Expiring(externalUserId, now.plus(WELCOME_CODE_LIFETIME)));
		return code;
	}

	/** The external userid the code was issued for, if the code is valid; a code works once. */
	synchronized Optional<String> redeemWelcomeCode(String code) {
		Expiring issued = code == null ? null : welcomeCodes.remove(code);
		if (issued == null || !clock.instant().isBefore(issued.expiresAt())) {
			return Optional.empty();
		}
		return Optional.of(issued.value());
	}

	private static long parseCursor(String cursor) {
		if (cursor == null || cursor.isEmpty()) {
			return 0;
		}
		if (!cursor.startsWith("c")) {
			throw new WeComApiError(WeComApiError.INVALID_PARAMETER, "invalid cursor");
		}
		try {
			return Long.parseLong(cursor.substring(1), 36);
		}
		catch (NumberFormatException ex) {
			throw new WeComApiError(WeComApiError.INVALID_PARAMETER, "invalid cursor");
		}
	}

	private String randomHex(int bytes) {
		byte[] raw = new byte[bytes];
		random.nextBytes(raw);
		return HexFormat.of().formatHex(raw);
	}

}
