package cn.jiangle.ecojustice.bot.wecom;

import java.util.List;
import java.util.Objects;

import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.common.error.WxRuntimeException;
import me.chanjar.weixin.cp.api.WxCpService;

/**
 * Application group chats (应用群聊), e.g. a case's liaison group. Creating one is a direct WeCom call; messages to it
 * go through the outbox ({@code OutboundMessage.textToChat}).
 */
public class AppChats {

	private final WxCpService wecom;

	AppChats(WxCpService wecom) {
		this.wecom = wecom;
	}

	/**
	 * Creates a group chat with a chat id of our choosing, so a retried creation is recognisable (WeCom refuses an
	 * existing chat id).
	 * @param chatId 0-9, a-z, A-Z, at most 32 characters
	 * @param members WeCom userids, 2 to 2000, including the owner
	 * @return the chat id
	 * @throws WeComRefused if WeCom refuses (e.g. unknown members, existing chat id)
	 * @throws WeComUnreachable if WeCom cannot be reached
	 */
	public String create(String chatId, String name, String owner, List<String> members) {
		Objects.requireNonNull(owner, "owner");
		if (chatId == null || !chatId.matches("[0-9A-Za-z]{1,32}")) {
			throw new IllegalArgumentException("chatId must be 1-32 letters or digits");
		}
		if (name == null || name.isBlank() || name.length() > 50) {
			throw new IllegalArgumentException("name must be 1-50 characters");
		}
		if (members == null || members.size() < 2 || members.size() > 2000) {
			throw new IllegalArgumentException("a group chat has 2 to 2000 members");
		}
		try {
			return wecom.getChatService().create(name, owner, members, chatId);
		}
		catch (WxErrorException ex) {
			throw new WeComRefused(ex.getError().getErrorCode());
		}
		catch (WxRuntimeException ex) {
			throw new WeComUnreachable(ex);
		}
	}

}
