package cn.jiangle.ecojustice.bot.chat;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import cn.jiangle.ecojustice.bot.wecom.DispatchedChat;
import cn.jiangle.ecojustice.bot.messages.InboundMessage;
import cn.jiangle.ecojustice.bot.messages.InboundMessage.Channel;
import cn.jiangle.ecojustice.bot.messages.InboundMessage.Kind;
import cn.jiangle.ecojustice.bot.messages.Location;
import cn.jiangle.ecojustice.bot.messages.Reply;

/**
 * Talks to the application as WeCom users would, one stored event at a time, each handled by the channel's real
 * dispatcher (its claim and its transaction) before the call returns.
 */
public final class ChatFixture {

	private static final AtomicLong EVENTS = new AtomicLong(10_000);

	private final DispatchedChat channel;

	public ChatFixture(DispatchedChat channel) {
		this.channel = channel;
	}

	public List<Reply> say(String userid, String text) {
		return channel.deliver(message(Channel.APP, userid, null, Kind.TEXT, text, null, null, null));
	}

	public List<Reply> click(String userid, String key, String taskId) {
		return channel.deliver(message(Channel.APP, userid, null, Kind.BUTTON_CLICK, null, key, null, taskId));
	}

	public List<Reply> send(InboundMessage message) {
		return channel.deliver(message);
	}

	public static InboundMessage message(Channel channel, String from, String openKfId, Kind kind, String content,
			String eventKey, String sceneParam, String taskId) {
		return new InboundMessage(EVENTS.incrementAndGet(), channel, from, openKfId, kind, content, eventKey,
				sceneParam, taskId, Instant.parse("2026-11-20T08:00:00Z"));
	}

	/** A picture, file or location message (media id, or coordinates), as the channel hands it over. */
	public static InboundMessage media(Channel channel, String from, String openKfId, Kind kind, String mediaId,
			String fileName, Location location) {
		return new InboundMessage(EVENTS.incrementAndGet(), channel, from, openKfId, kind, fileName, null, null, null,
				Instant.parse("2026-11-20T08:00:00Z"), mediaId, location);
	}

	public static String text(List<Reply> replies) {
		StringBuilder all = new StringBuilder();
		for (Reply reply : replies) {
			if (reply instanceof Reply.Text t) {
				all.append(t.content()).append('\n');
			}
			else if (reply instanceof Reply.Markdown m) {
				all.append(m.content()).append('\n');
			}
			else if (reply instanceof Reply.Card c) {
				all.append("[card ").append(c.title()).append("]\n");
			}
		}
		return all.toString();
	}

	public static Reply.Card card(List<Reply> replies) {
		return replies.stream().filter(Reply.Card.class::isInstance).map(Reply.Card.class::cast).findFirst()
			.orElseThrow(() -> new AssertionError("no card in " + replies));
	}

}
