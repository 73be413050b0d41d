package cn.jiangle.ecojustice.bot.wecom;

import cn.jiangle.ecojustice.bot.messages.Reply;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.IntFunction;
import java.util.regex.Pattern;

import cn.jiangle.ecojustice.db.outbox.OutboundMessage;
import cn.jiangle.ecojustice.db.wecom.InboundEvent;

/**
 * Turns the conversation layer's {@link Reply}s into outbox messages back to the sender, on the channel the message
 * came from: application messages for officers, 微信客服 messages for defendants (cards become click menus there, and
 * markdown plain text, as the WeChat client renders neither).
 */
final class ReplyConversion {

	private static final Pattern FONT_TAG = Pattern.compile("</?font[^>]*>");

	private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)]\\(([^)]*)\\)");

	private static final Pattern HEADING = Pattern.compile("(?m)^#{1,6}\\s*");

	private static final Pattern QUOTE = Pattern.compile("(?m)^>\\s?");

	private static final Pattern EMPHASIS = Pattern.compile("\\*\\*|__|`");

	private ReplyConversion() {
	}

	static List<OutboundMessage> toOutbound(InboundEvent event, List<Reply> replies) {
		boolean kf = "KF".equals(event.channel());
		List<OutboundMessage> messages = convert(kf, event.fromUser(), event.openKfId(), replies,
				index -> "card_" + event.id() + "_" + index);
		List<OutboundMessage> caused = new ArrayList<>(messages.size());
		boolean welcomeUsed = false;
		for (OutboundMessage message : messages) {
			// an enter_session welcome_code allows exactly one text or menu via send_msg_on_event
			if (!welcomeUsed && kf && event.welcomeCode() != null && (message.format() == OutboundMessage.Format.TEXT
					|| message.format() == OutboundMessage.Format.KF_MENU)) {
				message = message.asWelcome(event.welcomeCode());
				welcomeUsed = true;
			}
			caused.add(message.causedBy(event.id()));
		}
		return caused;
	}

	/** Replies to an officer outside any inbound event; a card without task id gets {@code taskIds.apply(index)}. */
	static List<OutboundMessage> toMember(String userid, List<Reply> replies, IntFunction<String> taskIds) {
		return convert(false, userid, null, replies, taskIds);
	}

	/** Replies to a 微信客服 customer outside any inbound event. */
	static List<OutboundMessage> toCustomer(String openKfId, String externalUserId, List<Reply> replies,
			IntFunction<String> taskIds) {
		return convert(true, externalUserId, openKfId, replies, taskIds);
	}

	private static List<OutboundMessage> convert(boolean kf, String user, String openKfId, List<Reply> replies,
			IntFunction<String> taskIds) {
		List<OutboundMessage> messages = new ArrayList<>(replies.size());
		int index = 0;
		for (Reply original : replies) {
			Reply reply = withTaskId(original, taskIds, index++);
			messages.add(kf ? toCustomer(openKfId, user, reply) : toMember(user, reply));
		}
		return messages;
	}

	/** WeCom requires a task id on button cards; one is made up (unique per event and reply) when none is given. */
	private static Reply withTaskId(Reply reply, IntFunction<String> taskIds, int index) {
		if (reply instanceof Reply.Card card && (card.taskId() == null || card.taskId().isBlank())) {
			return new Reply.Card(card.title(), card.description(), taskIds.apply(index), card.buttons());
		}
		return reply;
	}

	private static OutboundMessage toMember(String user, Reply reply) {
		if (reply instanceof Reply.Text text) {
			return OutboundMessage.textToMember(user, text.content());
		}
		if (reply instanceof Reply.Markdown markdown) {
			return OutboundMessage.markdownToMember(user, markdown.content());
		}
		if (reply instanceof Reply.Image image) {
			return OutboundMessage.imageToMember(user, media(image.fileName(), image.png()));
		}
		if (reply instanceof Reply.File file) {
			return OutboundMessage.fileToMember(user, media(file.fileName(), file.bytes()));
		}
		Reply.Card card = (Reply.Card) reply;
		return OutboundMessage.cardToMember(user, Payloads.write(new Payloads.Card(card.title(), card.description(),
				card.taskId(), card.buttons().stream().map(b -> new Payloads.Button(b.key(), b.text())).toList())));
	}

	private static OutboundMessage toCustomer(String kf, String user, Reply reply) {
		if (reply instanceof Reply.Text text) {
			return OutboundMessage.textToCustomer(kf, user, text.content());
		}
		if (reply instanceof Reply.Markdown markdown) {
			return OutboundMessage.textToCustomer(kf, user, plain(markdown.content()));
		}
		if (reply instanceof Reply.Image image) {
			return OutboundMessage.imageToCustomer(kf, user, media(image.fileName(), image.png()));
		}
		if (reply instanceof Reply.File file) {
			return OutboundMessage.fileToCustomer(kf, user, media(file.fileName(), file.bytes()));
		}
		Reply.Card card = (Reply.Card) reply;
		List<Payloads.MenuItem> items = card.buttons()
			.stream()
			.map(b -> new Payloads.MenuItem(Payloads.menuId(card.taskId(), b.key()), b.text()))
			.toList();
		return OutboundMessage.menuToCustomer(kf, user, Payloads.write(new Payloads.Menu(headOf(card), items, null)));
	}

	private static String media(String fileName, byte[] bytes) {
		return Payloads.write(new Payloads.Media(fileName, Base64.getEncoder().encodeToString(bytes)));
	}

	private static String headOf(Reply.Card card) {
		String description = card.description();
		return description == null || description.isBlank() ? card.title() : card.title() + "\n" + description;
	}

	/** Markdown as a WeChat user should read it: markup removed, links as "text url". */
	static String plain(String markdown) {
		String text = FONT_TAG.matcher(markdown).replaceAll("");
		text = LINK.matcher(text).replaceAll("$1 $2");
		text = HEADING.matcher(text).replaceAll("");
		text = QUOTE.matcher(text).replaceAll("");
		return EMPHASIS.matcher(text).replaceAll("");
	}

}
