package cn.jiangle.ecojustice.bot.defendants;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;



import cn.jiangle.ecojustice.bot.chat.ChatFixture;
import cn.jiangle.ecojustice.bot.chat.ChatTestSupport;
import cn.jiangle.ecojustice.bot.messages.InboundMessage;
import cn.jiangle.ecojustice.bot.messages.InboundMessage.Channel;
import cn.jiangle.ecojustice.bot.messages.InboundMessage.Kind;
import cn.jiangle.ecojustice.bot.messages.Location;
import cn.jiangle.ecojustice.bot.messages.Reply;
import cn.jiangle.ecojustice.db.Actor;
import cn.jiangle.ecojustice.db.binding.BindingCodes;
import cn.jiangle.ecojustice.db.binding.BindingCodes.IssuedCode;
import cn.jiangle.ecojustice.db.cases.CaseNumber;
import cn.jiangle.ecojustice.db.cases.Charge;
import cn.jiangle.ecojustice.db.cases.NewCase;
import cn.jiangle.ecojustice.db.cases.Stage;
import cn.jiangle.ecojustice.db.obligations.LegalBasis;
import cn.jiangle.ecojustice.db.obligations.LegalBasisType;
import cn.jiangle.ecojustice.db.obligations.ObligationKind;
import cn.jiangle.ecojustice.db.parties.NewParty;
import cn.jiangle.ecojustice.db.registration.CaseRegistration;
import cn.jiangle.ecojustice.db.registration.CaseRegistrations;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A defendant talking through 微信客服 (each message stored and handled by the channel's real dispatcher), and the
 * officer's side done through the database APIs: a case with one defendant owing 100,000 + 20,000 yuan, and a code.
 */
final class DefendantFixture {

	static final String KF = "wkDefendants01";

	private final ChatFixture chat;

	private final JdbcTemplate jdbc;

	DefendantFixture(ChatFixture chat, JdbcTemplate jdbc) {
		this.chat = chat;
		this.jdbc = jdbc;
	}

	List<Reply> say(String externalUserId, String text) {
		return delivered(chat.send(message(externalUserId, Kind.TEXT, text, null, null, null)));
	}

	List<Reply> enter(String externalUserId, String sceneParam) {
		return delivered(chat.send(message(externalUserId, Kind.ENTER_SESSION, null, "enter_session", sceneParam, null)));
	}

	List<Reply> click(String externalUserId, String key, String taskId) {
		return delivered(chat.send(message(externalUserId, Kind.BUTTON_CLICK, null, key, null, taskId)));
	}

	/** A text sent at {@code at} (WeCom's send time): the check-in tests move the clock across plan days. */
	List<Reply> sayAt(String externalUserId, String text, Instant at) {
		return delivered(chat.send(at(message(externalUserId, Kind.TEXT, text, null, null, null), at, null, null)));
	}

	/** A shared location, sent at {@code at}. */
	List<Reply> location(String externalUserId, double latitude, double longitude, Instant at) {
		return delivered(chat.send(at(message(externalUserId, Kind.LOCATION, null, null, null, null), at, null,
				new Location(latitude, longitude, "将乐县漠源乡"))));
	}

	/** A picture (its media id), sent at {@code at}. */
	List<Reply> photo(String externalUserId, String mediaId, Instant at) {
		return delivered(
				chat.send(at(message(externalUserId, Kind.IMAGE, null, null, null, null), at, mediaId, null)));
	}

	private static InboundMessage at(InboundMessage template, Instant at, String mediaId, Location location) {
		return new InboundMessage(template.eventId(), template.channel(), template.fromUser(), template.openKfId(),
				template.kind(), template.content(), template.eventKey(), template.sceneParam(), template.taskId(), at,
				mediaId, location);
	}

	/**
	 * The test's application sends nothing: its queue is marked sent (before the next customer message), as the
	 * sender would have done, so that each 微信客服 window counts only what follows its message.
	 */
	private List<Reply> delivered(List<Reply> replies) {
		jdbc.update("UPDATE outbox_message SET status = 'SENT', sent_at = ? WHERE status = 'PENDING'",
				java.sql.Timestamp.from(ChatTestSupport.START));
		return replies;
	}

	/**
	 * Each message a second after the previous, as WeCom stamps them: every customer message opens a new 微信客服
	 * budget window (5 messages within 48 h of it), which a repeated timestamp would not.
	 */
	private static InboundMessage message(String externalUserId, Kind kind, String content, String eventKey,
			String sceneParam, String taskId) {
		InboundMessage template = ChatFixture.message(Channel.KF, externalUserId, KF, kind, content, eventKey,
				sceneParam, taskId);
		return new InboundMessage(template.eventId(), Channel.KF, externalUserId, KF, kind, content, eventKey,
				sceneParam, taskId, SENT.plusSeconds(SECONDS.incrementAndGet()));
	}

	/** After the test clock's start: what the assistant queued before a message does not count in its window. */
	private static final Instant SENT = ChatTestSupport.START;

	private static final AtomicLong SECONDS = new AtomicLong();

	/** A case handled by {@code officer}; its one defendant owes 生态修复赔偿金 100,000 and 生态服务功能损失费 20,000. */
	static long registerCase(CaseRegistrations registrations, String number, String defendant, String officer) {
		return registrations.register(new CaseRegistration(
				new NewCase(CaseNumber.parse(number), Charge.ILLEGAL_LOGGING, null, Stage.TRIAL, List.of(officer)),
				List.of(new NewParty(defendant, null, null)),
				List.of(new CaseRegistration.ObligationDraft(0,
						Map.of(ObligationKind.RESTORATION_COMPENSATION, new BigDecimal("100000"),
								ObligationKind.SERVICE_LOSS, new BigDecimal("20000")),
						new LegalBasis(LegalBasisType.MEDIATION_STATEMENT, number), null))),
				Actor.officer(officer)).parties().get(0).id();
	}

	static IssuedCode code(BindingCodes codes, long partyId, String officer, Instant now) {
		return codes.issue(partyId, Actor.officer(officer), Duration.ofDays(7), now);
	}

	static String text(List<Reply> replies) {
		return ChatFixture.text(replies);
	}

	static Reply.Image image(List<Reply> replies) {
		return replies.stream().filter(Reply.Image.class::isInstance).map(Reply.Image.class::cast).findFirst()
			.orElseThrow(() -> new AssertionError("no image in " + replies));
	}

	/** What a phone reads from the QR code in the PNG. */
	static String decodeQr(byte[] png) {
		return QrReading.decode(png);
	}

}
