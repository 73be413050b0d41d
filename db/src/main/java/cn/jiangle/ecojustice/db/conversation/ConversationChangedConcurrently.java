package cn.jiangle.ecojustice.db.conversation;

/**
 * Another node (or another message of the same user) moved the conversation between this one's read and write. The
 * transaction rolls back and the inbound event is handled again from the new state.
 */
public class ConversationChangedConcurrently extends RuntimeException {

	public ConversationChangedConcurrently(String channel, String userId) {
		super("conversation " + channel + "/" + userId + " changed concurrently");
	}

}
