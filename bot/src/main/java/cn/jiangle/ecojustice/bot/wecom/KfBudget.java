package cn.jiangle.ecojustice.bot.wecom;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import cn.jiangle.ecojustice.db.outbox.OutboundMessage;
import cn.jiangle.ecojustice.db.outbox.OutboundMessage.Destination;
import cn.jiangle.ecojustice.db.outbox.OutboundMessage.Format;
import cn.jiangle.ecojustice.db.outbox.Outbox;

/**
 * Plans what goes to a 微信客服 customer within WeCom's budget (a few messages after each of the customer's own):
 * consecutive texts are merged into one message where they fit; what fits is sent, in order; when the budget runs out —
 * with this batch, or before all of it could go — the last message sent ends with a question inviting a reply (which
 * opens a new window), saying that something could not be sent; the rest is returned as undelivered, for someone to
 * reach the customer another way. A welcome message (send_msg_on_event) and hand-overs do not count.
 */
final class KfBudget {

	static final String INVITE = "请问还有什么需要帮助的吗？回复任意文字即可继续。";

	static final String CUT_NOTICE = "另有消息因微信客服的发送限制未能送达，承办人将另行与您联系。";

	private static final int SUMMARY_TEXT_CHARS = 200;

	private KfBudget() {
	}

	/**
	 * @param allowed what to queue, in order
	 * @param used budget units the allowed messages take
	 * @param undelivered what cannot be sent now, in order
	 */
	record Plan(List<OutboundMessage> allowed, int used, List<OutboundMessage> undelivered) {
	}

	/**
	 * @param messages to one customer, in order (the first may be a welcome message)
	 * @param available messages the customer's window still allows (0 when it is closed)
	 */
	static Plan plan(List<OutboundMessage> messages, int available) {
		List<OutboundMessage> merged = merge(messages);
		List<OutboundMessage> allowed = new ArrayList<>();
		List<OutboundMessage> undelivered = new ArrayList<>();
		int used = 0;
		int lastCounted = -1;
		for (OutboundMessage message : merged) {
			if (!undelivered.isEmpty() && message.format().isMessage()) {
				undelivered.add(message);
				continue;
			}
			int units = units(message);
			if (used + units <= available) {
				allowed.add(message);
				used += units;
				if (message.format().isMessage()) {
					lastCounted = allowed.size() - 1;
				}
			}
			else {
				undelivered.add(message);
			}
		}
		boolean cut = !undelivered.isEmpty();
		if (cut && lastCounted < 0 && used < available) {
			// nothing else fits (one text split into more parts than are left): at least ask for a reply
			OutboundMessage first = undelivered.get(0);
			allowed.add(new OutboundMessage(Destination.KF_CUSTOMER, first.recipient(), first.openKfId(), null,
					Format.TEXT, CUT_NOTICE + INVITE, first.purpose(), first.sourceEventId()));
			used++;
		}
		else if ((cut || (used == available && used > 0)) && lastCounted >= 0) {
			used = endWithQuestion(allowed, lastCounted, used, available, cut, undelivered);
		}
		return new Plan(List.copyOf(allowed), used, List.copyOf(undelivered));
	}

	/**
	 * Budget the message takes: one per WeCom message sent with kf/send_msg (a long text is split into several); a
	 * welcome message's first part is free (send_msg_on_event), hand-overs are not messages.
	 */
	static int units(OutboundMessage message) {
		if (!message.format().isMessage()) {
			return 0;
		}
		return switch (message.destination()) {
			case KF_CUSTOMER -> Outbox.partsOf(message);
			case KF_WELCOME -> Outbox.partsOf(message) - 1;
			default -> 0;
		};
	}

	/**
	 * Makes the last message sent end with the invitation (and the notice when something was cut): appended to a text
	 * that still fits, put in a menu's tail, or else sent instead of that message (which joins the undelivered).
	 * @return the budget used afterwards
	 */
	private static int endWithQuestion(List<OutboundMessage> allowed, int index, int used, int available, boolean cut,
			List<OutboundMessage> undelivered) {
		OutboundMessage last = allowed.get(index);
		String invitation = cut ? CUT_NOTICE + INVITE : INVITE;
		if (last.format() == Format.TEXT) {
			if (endsWithQuestion(last.body()) && !cut) {
				return used;
			}
			OutboundMessage longer = withBody(last, last.body() + "\n\n" + invitation);
			int grown = units(longer) - units(last);
			if (used + grown <= available) {
				allowed.set(index, longer);
				return used + grown;
			}
		}
		if (last.format() == Format.KF_MENU) {
			Payloads.Menu menu = Payloads.read(last.body(), Payloads.Menu.class);
			String tail = menu.tail() == null || menu.tail().isBlank() ? invitation : menu.tail() + "\n" + invitation;
			allowed.set(index, withBody(last, Payloads.write(new Payloads.Menu(menu.head(), menu.items(), tail))));
			return used;
		}
		// an image, a file, or a text with no room left: the invitation goes in its place (it fits: one short text)
		OutboundMessage question = new OutboundMessage(last.destination(), last.recipient(), last.openKfId(),
				last.welcomeCode(), Format.TEXT, CUT_NOTICE + INVITE, last.purpose(), last.sourceEventId());
		undelivered.add(0, last);
		allowed.set(index, question);
		return used - units(last) + units(question);
	}

	private static boolean endsWithQuestion(String text) {
		String trimmed = text.strip();
		return trimmed.endsWith("？") || trimmed.endsWith("?");
	}

	/** Consecutive texts to the customer joined into one message where the result stays one WeCom text. */
	static List<OutboundMessage> merge(List<OutboundMessage> messages) {
		List<OutboundMessage> merged = new ArrayList<>(messages.size());
		for (OutboundMessage message : messages) {
			int last = merged.size() - 1;
			if (last >= 0 && message.format() == Format.TEXT && merged.get(last).format() == Format.TEXT
					&& message.destination() == Destination.KF_CUSTOMER) {
				String joined = merged.get(last).body() + "\n\n" + message.body();
				if (joined.getBytes(StandardCharsets.UTF_8).length <= Outbox.TEXT_MAX_BYTES) {
					merged.set(last, withBody(merged.get(last), joined));
					continue;
				}
			}
			merged.add(message);
		}
		return merged;
	}

	/** What was not sent, readable by an officer: texts shortened, media and menus named. */
	static String summary(List<OutboundMessage> undelivered) {
		StringBuilder summary = new StringBuilder();
		for (OutboundMessage message : undelivered) {
			if (!summary.isEmpty()) {
				summary.append('\n');
			}
			switch (message.format()) {
				case TEXT, MARKDOWN -> summary.append(shorten(message.body()));
				case KF_MENU -> {
					Payloads.Menu menu = Payloads.read(message.body(), Payloads.Menu.class);
					summary.append(shorten(menu.head())).append("（选项：")
						.append(String.join(" / ", menu.items().stream().map(Payloads.MenuItem::text).toList()))
						.append('）');
				}
				case IMAGE -> summary.append("[图片 ")
					.append(Payloads.read(message.body(), Payloads.Media.class).fileName())
					.append(']');
				case FILE -> summary.append("[文件 ")
					.append(Payloads.read(message.body(), Payloads.Media.class).fileName())
					.append(']');
				case TEMPLATE_CARD, KF_TRANS -> summary.append('[').append(message.format()).append(']');
			}
		}
		return summary.toString();
	}

	private static String shorten(String text) {
		String flat = text == null ? "" : text.strip();
		return flat.codePointCount(0, flat.length()) <= SUMMARY_TEXT_CHARS ? flat
				: flat.substring(0, flat.offsetByCodePoints(0, SUMMARY_TEXT_CHARS)) + "…";
	}

	private static OutboundMessage withBody(OutboundMessage message, String body) {
		return new OutboundMessage(message.destination(), message.recipient(), message.openKfId(),
				message.welcomeCode(), message.format(), body, message.purpose(), message.sourceEventId());
	}

}
