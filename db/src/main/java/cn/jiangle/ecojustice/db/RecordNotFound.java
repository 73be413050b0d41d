package cn.jiangle.ecojustice.db;

/** A referenced record does not exist; the message is a Chinese sentence for the user. */
public abstract class RecordNotFound extends RuntimeException {

	protected RecordNotFound(String chineseMessage) {
		super(chineseMessage);
	}

}
