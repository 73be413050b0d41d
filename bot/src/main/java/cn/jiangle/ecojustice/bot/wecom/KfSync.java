package cn.jiangle.ecojustice.bot.wecom;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import cn.jiangle.ecojustice.db.wecom.InboundEvent;
import cn.jiangle.ecojustice.db.wecom.InboundEvents;
import cn.jiangle.ecojustice.db.wecom.KfCursors;
import cn.jiangle.ecojustice.db.wecom.NewInboundEvent;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.common.error.WxRuntimeException;
import me.chanjar.weixin.cp.api.WxCpService;
import me.chanjar.weixin.cp.bean.kf.WxCpKfMsgListResp;
import me.chanjar.weixin.cp.bean.kf.msg.WxCpKfEventMsg;

/**
 * Pulls 微信客服 messages after a {@code kf_msg_or_event} callback: kf/sync_msg from the account's stored cursor, with
 * the callback's Token, page after page. Runs inside the dispatcher's transaction with the account's cursor row
 * locked, so pulled messages (stored as inbound events, deduplicated by msgid) and the advanced cursor commit
 * together, and two nodes never pull the same account at once.
 */
final class KfSync {

	/** Bounds one pull; a backlog beyond it continues with the next notification or poll. */
	private static final int MAX_PAGES = 20;

	private static final int ORIGIN_CUSTOMER = 3;

	private static final int ORIGIN_SYSTEM_EVENT = 4;

	private final WxCpService wecom;

	private final InboundEvents events;

	private final KfCursors cursors;

	private final WeComProperties.Kf settings;

	private final Clock clock;

	KfSync(WxCpService wecom, InboundEvents events, KfCursors cursors, WeComProperties.Kf settings, Clock clock) {
		this.wecom = wecom;
		this.events = events;
		this.cursors = cursors;
		this.settings = settings;
		this.clock = clock;
	}

	/** @return how many new messages were stored */
	int pull(InboundEvent notification) {
		String openKfId = notification.openKfId();
		String cursor = cursors.lock(openKfId, clock.instant()).orElse(null);
		int stored = 0;
		for (int page = 0; page < MAX_PAGES; page++) {
			WxCpKfMsgListResp response = syncPage(cursor, notification.syncToken(), openKfId);
			Instant now = clock.instant();
			if (response.getMsgList() != null) {
				for (WxCpKfMsgListResp.WxCpKfMsgItem item : response.getMsgList()) {
					Optional<NewInboundEvent> event = toEvent(item, openKfId);
					if (event.isPresent() && events.record(event.get(), now).isPresent()) {
						stored++;
					}
				}
			}
			if (response.getNextCursor() != null && !response.getNextCursor().isEmpty()) {
				cursor = response.getNextCursor();
				cursors.save(openKfId, cursor, now);
			}
			if (response.getHasMore() == null || response.getHasMore() != 1) {
				break;
			}
		}
		return stored;
	}

	private WxCpKfMsgListResp syncPage(String cursor, String token, String openKfId) {
		try {
			return wecom.getKfService().syncMsg(cursor, token, settings.syncPageSize(), null, openKfId);
		}
		catch (WxErrorException ex) {
			throw new WeComRefused(ex.getError().getErrorCode());
		}
		catch (WxRuntimeException ex) {
			throw new WeComUnreachable(ex);
		}
	}

	static Optional<NewInboundEvent> toEvent(WxCpKfMsgListResp.WxCpKfMsgItem item, String openKfId) {
		if (item.getMsgId() == null || item.getOrigin() == null) {
			return Optional.empty();
		}
		String kf = item.getOpenKfid() != null ? item.getOpenKfid() : openKfId;
		Instant sent = Instant.ofEpochSecond(item.getSendTime() == null ? 0 : item.getSendTime());
		String dedupe = DedupeKeys.kfMessage(item.getMsgId());
		String type = item.getMsgType() == null ? "unknown" : item.getMsgType();
		if (item.getOrigin() == ORIGIN_CUSTOMER) {
			if ("text".equals(type) && item.getText() != null) {
				String menuId = item.getText().getMenuId();
				if (menuId != null && !menuId.isEmpty()) {
					String[] taskAndKey = Payloads.fromMenuId(menuId);
					return Optional.of(new NewInboundEvent(dedupe, "KF", "BUTTON_CLICK", "menu_click",
							item.getExternalUserId(), kf, item.getText().getContent(), taskAndKey[1], null,
							taskAndKey[0], null, null, sent));
				}
				return Optional.of(new NewInboundEvent(dedupe, "KF", "TEXT", type, item.getExternalUserId(), kf,
						item.getText().getContent(), null, null, null, null, null, sent));
			}
			return Optional.of(new NewInboundEvent(dedupe, "KF", "UNSUPPORTED_MEDIA", type, item.getExternalUserId(),
					kf, null, null, null, null, null, null, sent));
		}
		WxCpKfEventMsg event = item.getEvent();
		if (item.getOrigin() == ORIGIN_SYSTEM_EVENT && event != null && "enter_session".equals(event.getEventType())) {
			return Optional.of(new NewInboundEvent(dedupe, "KF", "ENTER_SESSION", "enter_session",
					event.getExternalUserId(), kf, null, event.getScene(), event.getSceneParam(), null, null,
					event.getWelcomeCode(), sent));
		}
		// servicer messages and other system events (send failures, session changes) need no answer
		return Optional.empty();
	}

}
