package cn.jiangle.ecojustice.bot.wecom;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import cn.jiangle.ecojustice.db.wecom.InboundEvent;
import cn.jiangle.ecojustice.db.wecom.InboundEvents;
import cn.jiangle.ecojustice.db.wecom.KfCursors;
import cn.jiangle.ecojustice.db.wecom.KfCustomers;
import cn.jiangle.ecojustice.db.wecom.NewInboundEvent;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.common.error.WxRuntimeException;
import me.chanjar.weixin.cp.api.WxCpService;
import me.chanjar.weixin.cp.bean.kf.WxCpKfMsgListResp;
import me.chanjar.weixin.cp.bean.kf.msg.WxCpKfEventMsg;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Pulls 微信客服 messages after a {@code kf_msg_or_event} callback: kf/sync_msg from the account's stored cursor, with
 * the callback's Token, page after page. The pull holds the account's cursor lease (so two workers never pull one
 * account at once, while other accounts are pulled in parallel) but no transaction: each page is fetched with none
 * open, then its messages (stored as inbound events, deduplicated by msgid) and the cursor after it commit together in
 * one short transaction that also checks the lease.
 * <p>
 * One bad item never jams the account: a text longer than {@value #MAX_TEXT_CHARS} characters is truncated, and an
 * item that cannot be stored at all is quarantined (skipped with a log line naming its ids and a metric), so the
 * cursor advances and everyone else on the account is served.
 */
final class KfSync {

	private static final Logger log = LoggerFactory.getLogger(KfSync.class);

	/** Bounds one pull; a backlog beyond it continues with the next notification or poll. */
	private static final int MAX_PAGES = 20;

	/**
	 * Longest customer text kept: far beyond anything a person types into WeChat, and well inside the inbound content
	 * column even in 4-byte characters once sealed.
	 */
	static final int MAX_TEXT_CHARS = 4000;

	private static final int ORIGIN_CUSTOMER = 3;

	private static final int ORIGIN_SYSTEM_EVENT = 4;

	/** session_status_change change_type: 从接待池接入会话, 转接会话, 结束会话, 重新接入已结束/已转接会话. */
	private static final int SESSION_TAKEN = 1;

	private static final int SESSION_TRANSFERRED = 2;

	private static final int SESSION_ENDED = 3;

	private static final int SESSION_REOPENED = 4;

	/** What a pull did: {@code leased} false when another worker is pulling the account right now. */
	record Pulled(boolean leased, int stored) {
	}

	private final WxCpService wecom;

	private final InboundEvents events;

	private final KfCursors cursors;

	private final WeComProperties.Kf settings;

	private final Duration lease;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final Counter truncated;

	private final Counter quarantined;

	private final OutboundQueue queue;

	private final KfCustomers customers;

	KfSync(WxCpService wecom, InboundEvents events, KfCursors cursors, WeComProperties.Kf settings, Duration lease,
			PlatformTransactionManager transactions, MeterRegistry meters, Clock clock, OutboundQueue queue,
			KfCustomers customers) {
		this.queue = queue;
		this.customers = customers;
		this.wecom = wecom;
		this.events = events;
		this.cursors = cursors;
		this.settings = settings;
		this.lease = lease;
		this.transaction = new TransactionTemplate(transactions);
		this.transaction.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
		this.transaction.setName("wecom-kf-page");
		this.clock = clock;
		this.truncated = Counter.builder("wecom.kf.items")
			.tag("outcome", "truncated")
			.description("微信客服 items stored shortened because they were too long")
			.register(meters);
		this.quarantined = Counter.builder("wecom.kf.items")
			.tag("outcome", "quarantined")
			.description("微信客服 items skipped because they could not be read or stored")
			.register(meters);
	}

	/** Pulls the notification's account; call with no transaction open (it waits for WeCom). */
	Pulled pull(InboundEvent notification) {
		String openKfId = notification.openKfId();
		String owner = UUID.randomUUID().toString().replace("-", "");
		if (!cursors.tryLease(openKfId, owner, clock.instant(), lease)) {
			return new Pulled(false, 0);
		}
		try {
			String cursor = cursors.cursor(openKfId).orElse(null);
			int stored = 0;
			for (int page = 0; page < MAX_PAGES; page++) {
				WxCpKfMsgListResp response = syncPage(cursor, notification.syncToken(), openKfId);
				String next = response.getNextCursor() == null || response.getNextCursor().isEmpty() ? cursor
						: response.getNextCursor();
				Integer saved = transaction.execute(status -> {
					Instant now = clock.instant();
					int count = store(response, openKfId, now);
					if (!cursors.advance(openKfId, owner, next, now, lease)) {
						status.setRollbackOnly();
						return null;
					}
					return count;
				});
				if (saved == null) {
					// another worker took the account over after our lease ran out: it pulls from the saved cursor
					log.warn("微信客服 {} pull lease lost after {} pages; the new holder continues", openKfId, page);
					break;
				}
				stored += saved;
				cursor = next;
				if (response.getHasMore() == null || response.getHasMore() != 1) {
					break;
				}
			}
			return new Pulled(true, stored);
		}
		finally {
			cursors.releaseLease(openKfId, owner);
		}
	}

	private int store(WxCpKfMsgListResp response, String openKfId, Instant now) {
		if (response.getMsgList() == null) {
			return 0;
		}
		int stored = 0;
		for (WxCpKfMsgListResp.WxCpKfMsgItem item : response.getMsgList()) {
			Optional<NewInboundEvent> event;
			try {
				event = toEvent(item, openKfId).map(e -> fit(e, item, openKfId));
			}
			catch (RuntimeException ex) {
				quarantine(item, openKfId, ex);
				continue;
			}
			if (event.isEmpty()) {
				sessionChange(item, openKfId, now);
				continue;
			}
			try {
				if (events.record(event.get(), now).isPresent()) {
					stored++;
					if (item.getOrigin() == ORIGIN_CUSTOMER) {
						// the customer's message opens WeCom's window for our answers (see OutboundQueue)
						queue.customerWrote(event.get().openKfId(), event.get().fromUser(), event.get().createdAt(),
								true);
					}
				}
			}
			catch (DataAccessException ex) {
				// MySQL undoes only the failed statement: the page's other messages and the cursor still commit
				quarantine(item, openKfId, ex);
			}
		}
		return stored;
	}

	/**
	 * A session state change WeCom reports (kf session_status_change): a servicer took the session from the pool (1),
	 * it was transferred (2) or re-opened by a servicer (4) — a human has it; it was ended (3) — the assistant answers
	 * again. Applied in the page's transaction, so it happens once with the cursor that passes it.
	 */
	private void sessionChange(WxCpKfMsgListResp.WxCpKfMsgItem item, String openKfId, Instant now) {
		WxCpKfEventMsg event = item.getEvent();
		if (item.getOrigin() == null || item.getOrigin() != ORIGIN_SYSTEM_EVENT || event == null
				|| !"session_status_change".equals(event.getEventType()) || event.getExternalUserId() == null
				|| event.getChangeType() == null) {
			return;
		}
		String kf = event.getOpenKfid() != null ? event.getOpenKfid() : openKfId;
		Instant at = Instant.ofEpochSecond(item.getSendTime() == null ? now.getEpochSecond() : item.getSendTime());
		switch (event.getChangeType()) {
			case SESSION_TAKEN, SESSION_TRANSFERRED, SESSION_REOPENED -> {
				String servicer = event.getNewServicerUserId();
				customers.handOver(kf, event.getExternalUserId(), servicer == null || servicer.isEmpty() ? "?" : servicer,
						at);
				log.info("微信客服 {} session of {} is with a human servicer (change {})", kf, event.getExternalUserId(),
						event.getChangeType());
			}
			case SESSION_ENDED -> {
				if (customers.humanEnded(kf, event.getExternalUserId(), at, now)) {
					log.info("微信客服 {} session of {} ended by its servicer; the assistant answers again", kf,
							event.getExternalUserId());
				}
			}
			default -> log.debug("微信客服 {} session change {} ignored", kf, event.getChangeType());
		}
	}

	private NewInboundEvent fit(NewInboundEvent event, WxCpKfMsgListResp.WxCpKfMsgItem item, String openKfId) {
		String content = event.content();
		if (content == null || content.length() <= MAX_TEXT_CHARS) {
			return event;
		}
		truncated.increment();
		log.warn("微信客服 {} message {} truncated from {} to {} characters", openKfId, item.getMsgId(),
				content.length(), MAX_TEXT_CHARS);
		int end = Character.isHighSurrogate(content.charAt(MAX_TEXT_CHARS - 1)) ? MAX_TEXT_CHARS - 1 : MAX_TEXT_CHARS;
		return new NewInboundEvent(event.dedupeKey(), event.channel(), event.kind(), event.msgType(),
				event.fromUser(), event.openKfId(), content.substring(0, end), event.eventKey(), event.sceneParam(),
				event.taskId(), event.syncToken(), event.welcomeCode(), event.createdAt());
	}

	private void quarantine(WxCpKfMsgListResp.WxCpKfMsgItem item, String openKfId, RuntimeException ex) {
		quarantined.increment();
		// ids and the failure's type only: the item's text stays out of the log
		log.error("微信客服 {} message {} (type {}) could not be stored and is skipped: {}", openKfId, item.getMsgId(),
				item.getMsgType(), ex.getClass().getSimpleName());
		log.debug("微信客服 message {} failure", item.getMsgId(), ex);
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

	/** The media id (image, file) or coordinates (location) a customer's message carries; else null. */
	private static Payloads.Attachment attachment(WxCpKfMsgListResp.WxCpKfMsgItem item, String type) {
		switch (type) {
			case "image", "file" -> {
				var media = "image".equals(type) ? item.getImage() : item.getFile();
				String mediaId = media == null ? null : media.getMediaId();
				return mediaId == null || mediaId.isEmpty() || mediaId.length() > 255 ? null
						: Payloads.Attachment.media(mediaId, null);
			}
			case "location" -> {
				var location = item.getLocation();
				if (location == null || location.getLatitude() == null || location.getLongitude() == null
						|| Math.abs(location.getLatitude()) > 90 || Math.abs(location.getLongitude()) > 180) {
					return null;
				}
				String label = String.join(" ", java.util.stream.Stream.of(location.getName(), location.getAddress())
					.filter(part -> part != null && !part.isBlank())
					.toList());
				// WxJava reads them as float (about 7 digits, ~1 m here): its decimal form is what WeCom sent, not the
				// float widened to double (26.7 must not become 26.700000762939453)
				return Payloads.Attachment.location(Double.parseDouble(location.getLatitude().toString()),
						Double.parseDouble(location.getLongitude().toString()),
						label.isEmpty() ? null : label.substring(0, Math.min(label.length(), 255)));
			}
			default -> {
				return null;
			}
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
			Payloads.Attachment attachment = attachment(item, type);
			if (attachment != null) {
				return Optional.of(new NewInboundEvent(dedupe, "KF", type.toUpperCase(java.util.Locale.ROOT), type,
						item.getExternalUserId(), kf, Payloads.write(attachment), null, null, null, null, null, sent));
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
