package cn.jiangle.ecojustice.db;

import java.util.regex.Pattern;

/**
 * Who made a change, as written to the audit ledger: an officer's WeCom userid, or {@code system} for the
 * application itself (scheduled jobs, bootstrap).
 */
public record Actor(String id) {

	private static final Pattern USERID = Pattern.compile("[A-Za-z0-9_.@-]{1,64}");

	public static final Actor SYSTEM = new Actor("system");

	public Actor {
		if (id == null || !USERID.matcher(id).matches()) {
			throw new IllegalArgumentException("An actor is a WeCom userid ([A-Za-z0-9_.@-]{1,64}) or 'system'");
		}
	}

	public static Actor officer(String userid) {
		return new Actor(userid);
	}

	@Override
	public String toString() {
		return this.id;
	}

}
