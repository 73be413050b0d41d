package cn.jiangle.ecojustice.db.restoration;

/**
 * A restoration-file transition refused: nothing changed. The message is a Chinese sentence to show in chat as it is.
 */
public abstract class RestorationRefused extends RuntimeException {

	protected RestorationRefused(String chineseMessage) {
		super(chineseMessage);
	}

}
