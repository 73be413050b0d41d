package cn.jiangle.ecojustice.bot.wecom;

import java.util.List;

import cn.jiangle.ecojustice.bot.messages.Messenger;
import cn.jiangle.ecojustice.bot.messages.Recipient;
import cn.jiangle.ecojustice.bot.messages.Reply;
import cn.jiangle.ecojustice.db.outbox.IdempotencyKey;

/** {@link Messenger} over the WeCom outbox. */
final class WeComMessenger implements Messenger {

	@Override
	public void send(Recipient to, List<Reply> replies, IdempotencyKey key) {
		throw new UnsupportedOperationException("Messenger lands in the next commit");
	}

}
