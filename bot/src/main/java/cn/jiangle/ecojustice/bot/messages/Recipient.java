package cn.jiangle.ecojustice.bot.messages;

/** Whom a {@link Messenger} message goes to. */
public sealed interface Recipient {

	/** An officer (or manager staff) on the self-built application, by WeCom userid. */
	record Officer(String userid) implements Recipient {

		public Officer {
			if (userid == null || userid.isBlank()) {
				throw new IllegalArgumentException("an officer recipient needs a userid");
			}
		}

	}

	/** A WeChat user (a defendant) on a 微信客服 account; subject to 微信客服's message budget. */
	record Customer(String openKfId, String externalUserId) implements Recipient {

		public Customer {
			if (openKfId == null || openKfId.isBlank() || externalUserId == null || externalUserId.isBlank()) {
				throw new IllegalArgumentException("a 微信客服 recipient needs the account and the external_userid");
			}
		}

	}

}
