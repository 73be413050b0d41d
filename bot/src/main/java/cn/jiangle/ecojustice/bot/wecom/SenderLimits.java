package cn.jiangle.ecojustice.bot.wecom;

import cn.jiangle.ecojustice.bot.messages.Reply;
import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;

import cn.jiangle.ecojustice.db.outbox.IdempotencyKey;
import cn.jiangle.ecojustice.db.outbox.OutboundMessage;
import cn.jiangle.ecojustice.db.outbox.Outbox;
import cn.jiangle.ecojustice.db.wecom.InboundEvent;
import cn.jiangle.ecojustice.db.wecom.InboundEvents;
import cn.jiangle.ecojustice.db.wecom.InboundFloods;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Per-sender inbound limit. A sender floods when more than {@code wecom.inbound.sender-burst} of their messages wait
 * unhandled, or when they sent more than the burst within {@code sender-window} (by WeCom's CreateTime) without waiting
 * for answers (more than one waiting). A person in a conversation waits for each answer, so only machines and stuck
 * keys trip it. A flooding sender gets one 「消息过多，请稍后再发」; from then on their messages are stored but shed
 * (never answered), all that are queued at once, until their traffic within the window is back under the burst. So a
 * flood costs one reply and one cheap statement per batch, never a queue of answers, and other senders' events do not
 * wait behind it.
 */
final class SenderLimits {

	private static final Logger log = LoggerFactory.getLogger(SenderLimits.class);

	static final String TOO_MANY = "消息过多，请稍后再发。";

	private final InboundProperties settings;

	private final InboundEvents events;

	private final InboundFloods floods;

	private final Outbox outbox;

	private final Counter shedCounter;

	private final Counter floodCounter;

	SenderLimits(InboundProperties settings, InboundEvents events, InboundFloods floods, Outbox outbox,
			MeterRegistry meters) {
		this.settings = settings;
		this.events = events;
		this.floods = floods;
		this.outbox = outbox;
		this.shedCounter = Counter.builder("wecom.inbound.shed")
			.description("Inbound messages stored but not answered because their sender was past the burst")
			.register(meters);
		this.floodCounter = Counter.builder("wecom.inbound.floods")
			.description("Senders who went past the inbound burst (each told once to slow down)")
			.register(meters);
	}

	/**
	 * Decides, in the transaction that handles {@code event} (its claim held), whether the sender is past the burst;
	 * if so sheds their queued events, this one included, and tells them once.
	 * @return true when the event was shed and must not be answered
	 */
	boolean shed(InboundEvent event, Instant now) {
		if (event.fromUser() == null || "KF_SYNC".equals(event.kind())) {
			return false;
		}
		String channel = event.channel();
		String sender = event.fromUser();
		int burst = settings.senderBurst();
		if (floods.isFlooding(channel, sender)) {
			int recent = events.countFromSince(channel, sender, now.minus(settings.senderWindow()));
			if (recent <= burst) {
				OptionalInt ended = floods.end(channel, sender);
				log.info("Inbound sender {}/{} back under the burst; {} messages were not answered", channel, sender,
						ended.orElse(0));
				return false;
			}
		}
		else {
			// this event itself is one of them
			long waiting = events.countFrom(channel, sender, "PENDING");
			if (waiting <= 1) {
				return false;
			}
			int recent = waiting > burst ? 0 : events.countFromSince(channel, sender, now.minus(settings.senderWindow()));
			if (waiting <= burst && recent <= burst) {
				return false;
			}
			floods.start(channel, sender, now);
			floodCounter.increment();
			log.warn("Inbound sender {}/{} floods ({} waiting, {} sent within {}): told to slow down, further messages "
					+ "stored but not answered", channel, sender, waiting, recent, settings.senderWindow());
			List<OutboundMessage> warning = ReplyConversion.toOutbound(event, List.of(new Reply.Text(TOO_MANY)));
			for (int part = 0; part < warning.size(); part++) {
				// keyed by the event that tripped the limit: a re-handled event warns once
				outbox.enqueue(warning.get(part), IdempotencyKey.of("flood-warning", event.id(), part), now);
			}
		}
		int shed = events.shedSender(channel, sender, event.id(), now);
		floods.countShed(channel, sender, shed);
		shedCounter.increment(shed);
		log.debug("Inbound #{}: {} queued messages of {}/{} shed", event.id(), shed, channel, sender);
		return true;
	}

}
