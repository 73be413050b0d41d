package cn.jiangle.ecojustice.bot.wecom;

import cn.jiangle.ecojustice.bot.messages.KfSessions;
import cn.jiangle.ecojustice.db.outbox.IdempotencyKey;

/** {@link KfSessions} over the outbox (kf/service_state/trans) and the kf_customer table. */
final class WeComKfSessions implements KfSessions {

	@Override
	public void handOverToHuman(String openKfId, String externalUserId, IdempotencyKey key) {
		throw new UnsupportedOperationException("hand-over lands in a later commit");
	}

	@Override
	public boolean withHuman(String externalUserId) {
		throw new UnsupportedOperationException("hand-over lands in a later commit");
	}

}
