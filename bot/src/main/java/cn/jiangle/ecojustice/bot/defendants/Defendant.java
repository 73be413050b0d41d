package cn.jiangle.ecojustice.bot.defendants;

import cn.jiangle.ecojustice.db.Actor;
import cn.jiangle.ecojustice.db.restoration.Binding;

/**
 * A bound WeChat user, as the defendant flows see them: only their own party and case, from their binding.
 */
record Defendant(Binding binding) {

	long partyId() {
		return binding.partyId();
	}

	/** Recorded in the ledger as the WeChat user who chose (their external_userid, not a name). */
	Actor actor() {
		return new Actor(binding.externalUserId());
	}

}
