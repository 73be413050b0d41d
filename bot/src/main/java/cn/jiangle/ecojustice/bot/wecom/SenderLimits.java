package cn.jiangle.ecojustice.bot.wecom;

import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;

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
 * Per-sender inbound limit. A sender who sent more than {@code wecom.inbound.sender-burst} messages within
 * {@code sender-window} gets one 「消息过多，请稍后再发」; from then on their messages are stored but shed (never
 * answered), all that are queued at once, until their traffic is back under the burst. So a flood costs one reply and
 * one cheap statement per batch, never a queue of answers, and other senders' events do not wait behind it.
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
		int recent = events.countFromSince(channel, sender, now.minus(settings.senderWindow()));
		if (recent <= settings.senderBurst()) {
			OptionalInt ended = floods.end(channel, sender);
			if (ended.isPresent()) {
				log.info("Inbound sender {}/{} back under the burst; {} messages were not answered", channel, sender,
						ended.getAsInt());
			}
			return false;
		}
		if (!floods.isFlooding(channel, sender)) {
			floods.start(channel, sender, now);
			floodCounter.increment();
			log.warn("Inbound sender {}/{} sent {} messages within {}: told to slow down, further messages stored "
					+ "but not answered", channel, sender, recent, settings.senderWindow());
			for (OutboundMessage warning : ReplyConversion.toOutbound(event, List.of(new Reply.Text(TOO_MANY)))) {
				outbox.enqueue(warning, now);
			}
		}
		int shed = events.shedSender(channel, sender, event.id(), now);
		floods.countShed(channel, sender, shed);
		shedCounter.increment(shed);
		log.debug("Inbound #{}: {} queued messages of {}/{} shed", event.id(), shed, channel, sender);
		return true;
	}

}
