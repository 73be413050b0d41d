package cn.jiangle.ecojustice.bot.wecom;

import java.util.List;

import cn.jiangle.ecojustice.db.outbox.OutboxEntry;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.common.error.WxRuntimeException;
import me.chanjar.weixin.cp.api.WxCpService;
import me.chanjar.weixin.cp.bean.kf.WxCpKfMsgSendRequest;
import me.chanjar.weixin.cp.bean.kf.msg.WxCpKfMenuMsg;
import me.chanjar.weixin.cp.bean.kf.msg.WxCpKfTextMsg;
import me.chanjar.weixin.cp.bean.message.WxCpAppChatMessage;
import me.chanjar.weixin.cp.bean.message.WxCpMessage;
import me.chanjar.weixin.cp.bean.message.WxCpMessageSendResult;
import me.chanjar.weixin.cp.bean.templatecard.TemplateCardButton;

import org.springframework.dao.DataAccessException;

/**
 * Sends one outbox entry with WxJava: application messages (text, markdown, template cards), application group chats,
 * group-robot webhooks and 微信客服 messages. One HTTP attempt per call; failures come out as {@link WeComRefused} or
 * {@link WeComUnreachable} for the sender to classify.
 */
final class WeComDelivery {

	private final WxCpService wecom;

	private final WeComProperties properties;

	WeComDelivery(WxCpService wecom, WeComProperties properties) {
		this.wecom = wecom;
		this.properties = properties;
	}

	void deliver(OutboxEntry entry) {
		try {
			switch (entry.destination()) {
				case APP_USER -> toMember(entry);
				case APP_CHAT -> toChat(entry);
				case ROBOT -> toRobot(entry);
				case KF_CUSTOMER -> toCustomer(entry, false);
				case KF_WELCOME -> toCustomer(entry, true);
			}
		}
		catch (WxErrorException ex) {
			throw new WeComRefused(ex.getError().getErrorCode());
		}
		catch (WxRuntimeException | DataAccessException ex) {
			throw new WeComUnreachable(ex);
		}
	}

	private void toMember(OutboxEntry entry) throws WxErrorException {
		WxCpMessage message = switch (entry.format()) {
			case TEXT -> WxCpMessage.TEXT().toUser(entry.recipient()).content(entry.body()).build();
			case MARKDOWN -> WxCpMessage.MARKDOWN().toUser(entry.recipient()).content(entry.body()).build();
			case TEMPLATE_CARD -> card(entry);
			case KF_MENU -> throw new IllegalStateException("menu to an application user");
		};
		message.setAgentId(properties.agentId());
		WxCpMessageSendResult result = wecom.getMessageService().send(message);
		if (result.getInvalidUser() != null && !result.getInvalidUser().isBlank()) {
			throw new WeComRefused(WeComRefused.INVALID_RECIPIENT);
		}
	}

	private static WxCpMessage card(OutboxEntry entry) {
		Payloads.Card card = Payloads.read(entry.body(), Payloads.Card.class);
		List<TemplateCardButton> buttons = card.buttons()
			.stream()
			.map(b -> TemplateCardButton.builder().key(b.key()).text(b.text()).style(1).build())
			.toList();
		return WxCpMessage.TEMPLATECARD()
			.toUser(entry.recipient())
			.cardType("button_interaction")
			.mainTitleTitle(card.title())
			.mainTitleDesc(card.description())
			.taskId(card.taskId())
			.buttons(buttons)
			.build();
	}

	private void toChat(OutboxEntry entry) throws WxErrorException {
		WxCpAppChatMessage message = new WxCpAppChatMessage();
		message.setChatId(entry.recipient());
		message.setMsgType(switch (entry.format()) {
			case TEXT -> "text";
			case MARKDOWN -> "markdown";
			case TEMPLATE_CARD, KF_MENU -> throw new IllegalStateException(entry.format() + " to a group chat");
		});
		message.setContent(entry.body());
		wecom.getChatService().sendMsg(message);
	}

	private void toRobot(OutboxEntry entry) throws WxErrorException {
		// the key is the robot's credential: it goes into the URL and nowhere else
		String webhook = properties.apiBase() + "/cgi-bin/webhook/send?key=" + entry.recipient();
		switch (entry.format()) {
			case TEXT -> wecom.getGroupRobotService().sendText(webhook, entry.body(), null, null);
			case MARKDOWN -> wecom.getGroupRobotService().sendMarkdown(webhook, entry.body());
			case TEMPLATE_CARD, KF_MENU -> throw new IllegalStateException(entry.format() + " to a robot");
		}
	}

	private void toCustomer(OutboxEntry entry, boolean welcome) throws WxErrorException {
		WxCpKfMsgSendRequest request = new WxCpKfMsgSendRequest();
		request.setOpenKfid(entry.openKfId());
		switch (entry.format()) {
			case TEXT, MARKDOWN -> {
				WxCpKfTextMsg text = new WxCpKfTextMsg();
				text.setContent(entry.format() == cn.jiangle.ecojustice.db.outbox.OutboundMessage.Format.MARKDOWN
						? ReplyConversion.plain(entry.body()) : entry.body());
				request.setMsgType("text");
				request.setText(text);
			}
			case KF_MENU -> {
				request.setMsgType("msgmenu");
				request.setMsgMenu(menu(entry));
			}
			case TEMPLATE_CARD -> throw new IllegalStateException("template card to 微信客服");
		}
		if (welcome) {
			request.setCode(entry.welcomeCode());
			wecom.getKfService().sendMsgOnEvent(request);
		}
		else {
			request.setToUser(entry.recipient());
			wecom.getKfService().sendMsg(request);
		}
	}

	private static WxCpKfMenuMsg menu(OutboxEntry entry) {
		Payloads.Menu payload = Payloads.read(entry.body(), Payloads.Menu.class);
		WxCpKfMenuMsg menu = new WxCpKfMenuMsg();
		menu.setHeadContent(payload.head());
		menu.setTailContent(payload.tail());
		menu.setList(payload.items().stream().map(item -> {
			WxCpKfMenuMsg.MenuClick click = new WxCpKfMenuMsg.MenuClick();
			click.setId(item.id());
			click.setContent(item.text());
			WxCpKfMenuMsg.WxCpKfMenuItem menuItem = new WxCpKfMenuMsg.WxCpKfMenuItem();
			menuItem.setType("click");
			menuItem.setClick(click);
			return menuItem;
		}).toList());
		return menu;
	}

}
