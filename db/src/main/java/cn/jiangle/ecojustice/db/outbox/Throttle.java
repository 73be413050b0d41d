package cn.jiangle.ecojustice.db.outbox;

import java.time.Duration;

import cn.jiangle.ecojustice.db.outbox.OutboundMessage.Destination;

/**
 * Per-recipient rate limits applied when claiming: at most {@code perMember} application messages to one member,
 * {@code perRobot} to one robot webhook and {@code perChat} to one group chat per {@code window}. Messages over the
 * limit wait; none are dropped.
 */
public record Throttle(Duration window, int perMember, int perRobot, int perChat) {

	public Throttle {
		if (window == null || window.isNegative() || window.isZero()) {
			throw new IllegalArgumentException("window must be positive");
		}
		if (perMember < 1 || perRobot < 1 || perChat < 1) {
			throw new IllegalArgumentException("limits must be at least 1");
		}
	}

	int limitFor(Destination destination) {
		return switch (destination) {
			case APP_USER -> perMember;
			case ROBOT -> perRobot;
			case APP_CHAT -> perChat;
			case KF_CUSTOMER, KF_WELCOME -> Integer.MAX_VALUE;
		};
	}

}
