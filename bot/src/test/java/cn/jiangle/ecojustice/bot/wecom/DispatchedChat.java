package cn.jiangle.ecojustice.bot.wecom;

import cn.jiangle.ecojustice.bot.messages.InboundHandler;
import cn.jiangle.ecojustice.bot.messages.InboundMessage;
import cn.jiangle.ecojustice.bot.messages.Reply;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import cn.jiangle.ecojustice.db.outbox.Outbox;
import cn.jiangle.ecojustice.db.wecom.InboundEvent;
import cn.jiangle.ecojustice.db.wecom.InboundEvents;
import cn.jiangle.ecojustice.db.wecom.InboundFloods;
import cn.jiangle.ecojustice.db.wecom.KfCursors;
import cn.jiangle.ecojustice.db.wecom.KfCustomers;
import cn.jiangle.ecojustice.db.wecom.NewInboundEvent;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import me.chanjar.weixin.cp.api.WxCpService;

import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Delivers chat messages the way WeCom's do in production: stored as an inbound event, then claimed and handled by the
 * real {@link InboundDispatcher} — its claim, the slow work outside any transaction, and the one write transaction
 * with the handler, the outbox replies and the handled mark. The application's own dispatcher must be off
 * ({@code wecom.dispatcher.enabled=false}) so that this one handles each message before {@link #deliver} returns; the
 * replies the handler gave are handed back for the test to look at (the outbox holds them too).
 */
public final class DispatchedChat {

	private final InboundEvents events;

	private final Clock clock;

	private final InboundDispatcher dispatcher;

	private final Map<Long, List<Reply>> replies = new ConcurrentHashMap<>();

	public DispatchedChat(ApplicationContext context) {
		this.events = context.getBean(InboundEvents.class);
		this.clock = context.getBeanProvider(Clock.class).getIfAvailable(Clock::systemUTC);
		InboundHandler handler = context.getBean(InboundHandler.class);
		InboundHandler recording = message -> {
			List<Reply> answer = handler.handle(message);
			replies.put(message.eventId(), answer == null ? List.of() : List.copyOf(answer));
			return answer;
		};
		WeComProperties properties = context.getBean(WeComProperties.class);
		InboundProperties inbound = context.getBean(InboundProperties.class);
		Outbox outbox = context.getBean(Outbox.class);
		PlatformTransactionManager transactions = context.getBean(PlatformTransactionManager.class);
		SimpleMeterRegistry meters = new SimpleMeterRegistry();
		KfCustomers customers = context.getBean(KfCustomers.class);
		OutboundQueue queue = new OutboundQueue(outbox, customers, properties.kf(), context, clock);
		KfSync kfSync = new KfSync(context.getBean(WxCpService.class), events, context.getBean(KfCursors.class),
				properties.kf(), inbound.claimLease(), transactions, meters, clock, queue, customers);
		SenderLimits limits = new SenderLimits(inbound, events, context.getBean(InboundFloods.class), outbox, meters);
		this.dispatcher = new InboundDispatcher(properties.dispatcher(), inbound, events, queue, recording, kfSync,
				limits, context.getBean(AibotReplySink.class), transactions, clock);
	}

	/** Stores {@code message} as a new inbound event, has the dispatcher handle it, and returns the handler's replies. */
	public List<Reply> deliver(InboundMessage message) {
		NewInboundEvent stored = new NewInboundEvent(dedupeKey(message), message.channel().name(),
				message.kind().name(), msgType(message.kind()), message.fromUser(), message.openKfId(),
				contentOf(message), message.eventKey(), message.sceneParam(), message.taskId(), null, null,
				message.receivedAt());
		long id = events.record(stored, clock.instant())
			.orElseThrow(() -> new IllegalStateException("message " + message.eventId() + " delivered twice"));
		// events left by earlier messages are handled first, as the dispatcher would; a bounded number of rounds
		for (int round = 0; round < 50; round++) {
			InboundEvent event = events.find(id).orElseThrow();
			if (!"PENDING".equals(event.status())) {
				return replies.getOrDefault(id, List.of());
			}
			if (event.attempts() > 0) {
				throw new IllegalStateException("the handler failed on event " + id + ": " + event.lastError());
			}
			dispatcher.handleOne();
		}
		throw new IllegalStateException("event " + id + " was not handled");
	}

	/** Text as typed; for images, files and locations what the channel stores in their place. */
	private static String contentOf(InboundMessage message) {
		return switch (message.kind()) {
			case IMAGE, FILE -> Payloads.write(Payloads.Attachment.media(message.mediaId(), message.content()));
			case LOCATION -> Payloads.write(Payloads.Attachment.location(message.location().latitude(),
					message.location().longitude(), message.location().label()));
			default -> message.content();
		};
	}

	private static String msgType(InboundMessage.Kind kind) {
		return switch (kind) {
			case TEXT -> "text";
			case BUTTON_CLICK -> "template_card_event";
			case ENTER_SESSION -> "enter_session";
			case SUBSCRIBE -> "subscribe";
			case OTHER_EVENT -> "event";
			case UNSUPPORTED_MEDIA -> "voice";
			case IMAGE -> "image";
			case LOCATION -> "location";
			case FILE -> "file";
		};
	}

	private static String dedupeKey(InboundMessage message) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(("chat-test:" + message.eventId() + ":" + System.nanoTime()).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
