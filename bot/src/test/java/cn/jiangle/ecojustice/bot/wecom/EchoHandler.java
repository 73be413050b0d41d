package cn.jiangle.ecojustice.bot.wecom;

import cn.jiangle.ecojustice.bot.messages.PreparationNeeded;
import cn.jiangle.ecojustice.bot.messages.InboundHandler;
import cn.jiangle.ecojustice.bot.messages.InboundMessage;
import cn.jiangle.ecojustice.bot.messages.Reply;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A stand-in for the conversation layer in the channel's end-to-end tests: answers predictably and counts how often
 * each event was handled. "boom" makes it throw; "card …", "md …" and "long N" ask for those reply kinds; "slow model"
 * asks the dispatcher to run {@link #preparation} outside its transaction first, as a chat-model call would.
 */
final class EchoHandler implements InboundHandler {

	final Map<Long, AtomicInteger> handled = new ConcurrentHashMap<>();

	final List<InboundMessage> seen = new CopyOnWriteArrayList<>();

	final Map<Long, String> prepared = new ConcurrentHashMap<>();

	/** The slow work behind "slow model"; its result is quoted in the reply. */
	volatile Function<InboundMessage, String> preparation = message -> "ready";

	@Override
	public List<Reply> handle(InboundMessage message) {
		if (message.kind() == InboundMessage.Kind.TEXT && "slow model".equals(message.content())) {
			String ready = prepared.get(message.eventId());
			if (ready == null) {
				throw new PreparationNeeded(() -> prepared.put(message.eventId(), preparation.apply(message)));
			}
			return List.of(new Reply.Text("prepared: " + ready));
		}
		handled.computeIfAbsent(message.eventId(), id -> new AtomicInteger()).incrementAndGet();
		seen.add(message);
		return switch (message.kind()) {
			case TEXT -> text(message.content());
			case BUTTON_CLICK -> List.of(new Reply.Text("clicked " + message.eventKey() + " of " + message.taskId()));
			case ENTER_SESSION -> List.of(new Reply.Text("welcome " + message.sceneParam()));
			case UNSUPPORTED_MEDIA -> List.of(new Reply.Text("目前只能处理文字消息"));
			case IMAGE -> List.of(new Reply.Text("image " + message.mediaId()));
			case FILE -> List.of(new Reply.Text("file " + message.mediaId() + " " + message.content()));
			case LOCATION -> List.of(new Reply.Text("location " + message.location().latitude() + ","
					+ message.location().longitude() + " " + message.location().label()));
			case SUBSCRIBE, OTHER_EVENT -> List.of();
		};
	}

	int timesHandled(long eventId) {
		AtomicInteger count = handled.get(eventId);
		return count == null ? 0 : count.get();
	}

	private static List<Reply> text(String content) {
		if (content.equals("boom")) {
			throw new IllegalStateException("the handler failed");
		}
		if (content.startsWith("card ")) {
			return List.of(new Reply.Card("请确认", content.substring(5), "task" + content.length(),
					List.of(new Reply.Button("yes", "是"), new Reply.Button("no", "否"))));
		}
		if (content.startsWith("png ")) {
			return List.of(new Reply.Image(content.substring(4) + ".png", content.getBytes(StandardCharsets.UTF_8)));
		}
		if (content.startsWith("pdf ")) {
			return List.of(new Reply.File(content.substring(4) + ".pdf", content.getBytes(StandardCharsets.UTF_8)));
		}
		if (content.startsWith("md ")) {
			return List.of(new Reply.Markdown("**答复** " + content.substring(3)));
		}
		if (content.startsWith("long ")) {
			return List.of(new Reply.Text("汇".repeat(Integer.parseInt(content.substring(5)))));
		}
		return List.of(new Reply.Text("echo: " + content));
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Config {

		@Bean
		@Primary
		EchoHandler echoHandler() {
			return new EchoHandler();
		}

	}

}
