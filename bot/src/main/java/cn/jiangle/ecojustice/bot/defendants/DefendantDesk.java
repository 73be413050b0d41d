package cn.jiangle.ecojustice.bot.defendants;

import java.time.Clock;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.jiangle.ecojustice.bot.messages.InboundMessage;
import cn.jiangle.ecojustice.bot.messages.Reply;
import cn.jiangle.ecojustice.db.binding.BindingCodes;
import cn.jiangle.ecojustice.db.binding.BindingCodes.CodeState;

import org.springframework.context.annotation.Import;
import org.springframework.stereotype.Component;

/**
 * 微信客服 (defendants), for now: a short polite reply saying the guided service is coming and how binding works.
 * An arrival carrying a binding code (enter_session scene_param, or the code typed as text) is recorded, not redeemed:
 * the defendant flows pick it up.
 */
@Component
@Import(BindingCodes.class)
public class DefendantDesk {

	private static final Logger log = LoggerFactory.getLogger(DefendantDesk.class);

	static final String WELCOME = "您好，这里是将乐县“生态司法＋碳汇”服务。被告人在线引导服务即将开通，届时可在这里了解认购碳汇、"
			+ "劳役代偿等生态修复方式。如承办人已给您绑定码，请直接发送绑定码（如 ABCD-EFGH-JKMN）。";

	static final String TEXT_ONLY = "目前只支持文字消息，请用文字与我们联系。";

	private final BindingCodes codes;

	private final Clock clock;

	DefendantDesk(BindingCodes codes, Clock clock) {
		this.codes = codes;
		this.clock = clock;
	}

	public List<Reply> handle(InboundMessage message) {
		return switch (message.kind()) {
			case ENTER_SESSION -> arrived(message, message.sceneParam());
			case TEXT -> BindingCodes.normalise(message.content()).isPresent() ? arrived(message, message.content())
					: List.of(new Reply.Text(WELCOME));
			case UNSUPPORTED_MEDIA, IMAGE, LOCATION, FILE -> List.of(new Reply.Text(TEXT_ONLY));
			default -> List.of();
		};
	}

	private List<Reply> arrived(InboundMessage message, String code) {
		CodeState state = codes.recordArrival(message.eventId(), message.openKfId() == null ? "" : message.openKfId(),
				message.fromUser(), code, clock.instant());
		log.info("KF arrival of {} recorded, binding code {}", message.fromUser(), state);
		String text = switch (state) {
			case NONE -> WELCOME;
			case VALID -> "您好，已收到您的绑定码，核对无误。被告人在线引导服务即将开通，开通后会在这里通知您，请保持关注。";
			case EXPIRED -> "您好，您的绑定码已过期，请联系承办人重新获取。";
			case USED -> "您好，该绑定码已被使用，每个绑定码只能使用一次。如有疑问请联系承办人。";
			case REVOKED -> "您好，该绑定码已作废（承办人已签发新的绑定码），请使用最新的绑定码。";
			case UNKNOWN -> "您好，未能识别该绑定码，请核对后重新发送，或联系承办人。";
		};
		return List.of(new Reply.Text(text));
	}

}
