package cn.jiangle.ecojustice.db.embedded;

/** The embedded MariaDB could not be prepared, started, logged into or stopped. */
public class EmbeddedDatabaseFailed extends RuntimeException {

	public EmbeddedDatabaseFailed(String message, Throwable cause) {
		super(message, cause);
	}

}
