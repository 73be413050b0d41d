package cn.jiangle.ecojustice.bot.wecom;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import cn.jiangle.ecojustice.db.outbox.OutboundMessage;
import cn.jiangle.ecojustice.db.outbox.OutboxEntry;
import java.io.ByteArrayInputStream;
import java.util.Base64;

import me.chanjar.weixin.common.bean.result.WxMediaUploadResult;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.common.error.WxRuntimeException;
import me.chanjar.weixin.cp.api.WxCpService;
import me.chanjar.weixin.cp.bean.kf.WxCpKfMsgSendRequest;
import me.chanjar.weixin.cp.bean.kf.msg.WxCpKfMenuMsg;
import me.chanjar.weixin.cp.bean.kf.msg.WxCpKfResourceMsg;
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
 * <p>
 * A message whose earlier attempt had an unknown outcome is sent so that WeCom can drop it if that attempt did arrive:
 * message/send with {@code enable_duplicate_check} over a window reaching back to that attempt (WeCom drops a message
 * of the same content to the same member within the window). Every 微信客服 message carries a {@code msgid} of our own,
 * the same on every attempt (WeCom echoes it; its documentation does not promise that a repeated msgid is refused, so
 * such retries are counted as not deduplicated). appchat/send and group robots offer nothing of the kind.
 */
final class WeComDelivery {

	/** WeCom's longest duplicate_check_interval. */
	static final Duration MAX_DUPLICATE_CHECK = Duration.ofHours(4);

	/** Added to the time since the uncertain attempt, for the clocks of WeCom and this node. */
	static final Duration DUPLICATE_CHECK_MARGIN = Duration.ofSeconds(60);

	private final WxCpService wecom;

	private final WeComProperties properties;

	WeComDelivery(WxCpService wecom, WeComProperties properties) {
		this.wecom = wecom;
		this.properties = properties;
	}

	/**
	 * The longest a {@link #deliver} can take, from the HTTP settings: each call may wait for a pooled connection
	 * (connect timeout), connect and read; getting the token may first wait for another node's refresh lease; and a
	 * token WeCom rejects (40001/40014/42001) is refreshed and the send repeated once. A claim's lease must outlast it.
	 */
	static Duration worstCase(WeComProperties.Http http, WeComProperties.Token token) {
		Duration call = http.connectTimeout().multipliedBy(2).plus(http.readTimeout());
		Duration tokenThenSend = token.refreshLease().plus(call.multipliedBy(2));
		return tokenThenSend.multipliedBy(2);
	}

	/**
	 * Whether a retry of this message after an unknown outcome can be deduplicated by WeCom: message/send compares
	 * content, and an image or file is uploaded again on every attempt, under a new media id.
	 */
	static boolean weComDeduplicates(OutboundMessage.Destination destination, OutboundMessage.Format format) {
		return destination == OutboundMessage.Destination.APP_USER && format != OutboundMessage.Format.IMAGE
				&& format != OutboundMessage.Format.FILE;
	}

	void deliver(OutboxEntry entry, Instant now) {
		if (entry.destination() != OutboundMessage.Destination.ROBOT) {
			ensureToken();
		}
		try {
			switch (entry.destination()) {
				case APP_USER -> toMember(entry, now);
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

	/** Gets the token before sending, so a failure to get it is known to have sent nothing. */
	private void ensureToken() {
		try {
			wecom.getAccessToken();
		}
		catch (WxErrorException ex) {
			throw new WeComRefused(ex.getError().getErrorCode());
		}
		catch (WxRuntimeException | DataAccessException ex) {
			throw WeComUnreachable.beforeSending(ex);
		}
	}

	/** The duplicate_check_interval covering an uncertain attempt that started at {@code since}. */
	static int duplicateCheckSeconds(Instant since, Instant now) {
		Duration window = Duration.between(since, now).plus(DUPLICATE_CHECK_MARGIN);
		return (int) Math.min(MAX_DUPLICATE_CHECK.toSeconds(), Math.max(DUPLICATE_CHECK_MARGIN.toSeconds(),
				window.toSeconds()));
	}

	/** Our 微信客服 msgid for an outbox row: the same on every attempt (at most 32 of [0-9a-zA-Z_-]). */
	static String kfMsgId(OutboxEntry entry) {
		return "ejob-" + entry.id();
	}

	private void toMember(OutboxEntry entry, Instant now) throws WxErrorException {
		WxCpMessage message = switch (entry.format()) {
			case TEXT -> WxCpMessage.TEXT().toUser(entry.recipient()).content(entry.body()).build();
			case MARKDOWN -> WxCpMessage.MARKDOWN().toUser(entry.recipient()).content(entry.body()).build();
			case TEMPLATE_CARD -> card(entry);
			case IMAGE -> WxCpMessage.IMAGE().toUser(entry.recipient()).mediaId(upload(entry)).build();
			case FILE -> WxCpMessage.FILE().toUser(entry.recipient()).mediaId(upload(entry)).build();
			case KF_MENU, KF_TRANS -> throw new IllegalStateException(entry.format() + " to an application user");
		};
		message.setAgentId(properties.agentId());
		if (entry.unknownSince() != null) {
			message.setEnableDuplicateCheck(true);
			message.setDuplicateCheckInterval(duplicateCheckSeconds(entry.unknownSince(), now));
		}
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
			.taskId(CardTaskIds.wire(card.taskId(), entry.id()))
			.buttons(buttons)
			.build();
	}

	private void toChat(OutboxEntry entry) throws WxErrorException {
		WxCpAppChatMessage message = new WxCpAppChatMessage();
		message.setChatId(entry.recipient());
		message.setMsgType(switch (entry.format()) {
			case TEXT -> "text";
			case MARKDOWN -> "markdown";
			case IMAGE -> "image";
			case FILE -> "file";
			case TEMPLATE_CARD, KF_MENU, KF_TRANS -> throw new IllegalStateException(entry.format() + " to a group chat");
		});
		if (entry.format() == OutboundMessage.Format.IMAGE || entry.format() == OutboundMessage.Format.FILE) {
			message.setMediaId(upload(entry));
		}
		else {
			message.setContent(entry.body());
		}
		wecom.getChatService().sendMsg(message);
	}

	private void toRobot(OutboxEntry entry) throws WxErrorException {
		// the key is the robot's credential: it goes into the URL and nowhere else
		String webhook = properties.apiBase() + "/cgi-bin/webhook/send?key=" + entry.recipient();
		switch (entry.format()) {
			case TEXT -> wecom.getGroupRobotService().sendText(webhook, entry.body(), null, null);
			case MARKDOWN -> wecom.getGroupRobotService().sendMarkdown(webhook, entry.body());
			case TEMPLATE_CARD, KF_MENU, IMAGE, FILE, KF_TRANS ->
				throw new IllegalStateException(entry.format() + " to a robot");
		}
	}

	private void toCustomer(OutboxEntry entry, boolean welcome) throws WxErrorException {
		if (entry.format() == OutboundMessage.Format.KF_TRANS) {
			Payloads.Trans trans = Payloads.read(entry.body(), Payloads.Trans.class);
			wecom.getKfService().transServiceState(entry.openKfId(), entry.recipient(), trans.serviceState(),
					trans.servicerUserid());
			return;
		}
		WxCpKfMsgSendRequest request = new WxCpKfMsgSendRequest();
		request.setOpenKfid(entry.openKfId());
		request.setMsgId(kfMsgId(entry));
		switch (entry.format()) {
			case TEXT, MARKDOWN -> {
				WxCpKfTextMsg text = new WxCpKfTextMsg();
				text.setContent(entry.format() == OutboundMessage.Format.MARKDOWN
						? ReplyConversion.plain(entry.body()) : entry.body());
				request.setMsgType("text");
				request.setText(text);
			}
			case KF_MENU -> {
				request.setMsgType("msgmenu");
				request.setMsgMenu(menu(entry));
			}
			case IMAGE, FILE -> {
				WxCpKfResourceMsg media = new WxCpKfResourceMsg();
				media.setMediaId(upload(entry));
				if (entry.format() == OutboundMessage.Format.IMAGE) {
					request.setMsgType("image");
					request.setImage(media);
				}
				else {
					request.setMsgType("file");
					request.setFile(media);
				}
			}
			case TEMPLATE_CARD, KF_TRANS -> throw new IllegalStateException(entry.format() + " to 微信客服");
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

	/**
	 * Uploads an image or file as temporary media (WeCom keeps it 3 days) and returns its media id. Every attempt
	 * uploads again: nothing is sent yet, so a failure here is known to have delivered nothing, and an upload left
	 * over by a crash costs only storage WeCom expires.
	 */
	private String upload(OutboxEntry entry) throws WxErrorException {
		Payloads.Media media = Payloads.read(entry.body(), Payloads.Media.class);
		byte[] bytes = Base64.getDecoder().decode(media.base64());
		String type = entry.format() == OutboundMessage.Format.IMAGE ? "image" : "file";
		try {
			WxMediaUploadResult result = wecom.getMediaService()
				.upload(type, new ByteArrayInputStream(bytes), media.fileName());
			if (result == null || result.getMediaId() == null || result.getMediaId().isEmpty()) {
				throw WeComUnreachable.beforeSending(new IllegalStateException("media/upload answered no media_id"));
			}
			return result.getMediaId();
		}
		catch (WxRuntimeException | DataAccessException ex) {
			throw WeComUnreachable.beforeSending(ex);
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
