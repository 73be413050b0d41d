package cn.jiangle.ecojustice.bot.wecom;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the dispatcher holds and limits inbound events ({@code wecom.inbound.*}).
 *
 * @param claimLease how long a claimed event is reserved for its worker while it is handled without a transaction (a
 * 微信客服 pull, the chat model); a worker that dies mid-way loses it after this, and the event is handled again
 * @param senderBurst a sender with more messages than this waiting, or sent within {@code senderWindow} without waiting
 * for answers, gets one 「消息过多，请稍后再发」; further messages are stored but not answered until their traffic within
 * the window is back under it
 * @param senderWindow the period the burst is counted over
 */
@Validated
@ConfigurationProperties("wecom.inbound")
public record InboundProperties(@DefaultValue("2m") @NotNull Duration claimLease,
		@DefaultValue("20") @Min(1) int senderBurst, @DefaultValue("1m") @NotNull Duration senderWindow) {

	public InboundProperties {
		if (claimLease != null && claimLease.compareTo(Duration.ofSeconds(10)) < 0) {
			throw new IllegalArgumentException("wecom.inbound.claim-lease must be at least 10s");
		}
		if (senderWindow != null && (senderWindow.isNegative() || senderWindow.isZero())) {
			throw new IllegalArgumentException("wecom.inbound.sender-window must be positive");
		}
	}

}
