package cn.jiangle.ecojustice.db.projects;

/**
 * A project transition refused (who may, or the state forbids it): nothing changed. The message is a Chinese sentence
 * to show in chat as it is.
 */
public abstract class ProjectRefused extends RuntimeException {

	protected ProjectRefused(String chineseMessage) {
		super(chineseMessage);
	}

}
