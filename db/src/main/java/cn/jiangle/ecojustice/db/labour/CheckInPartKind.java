package cn.jiangle.ecojustice.db.labour;

import cn.jiangle.ecojustice.db.Labelled;

/** The two parts of a check-in, sent in either order. */
public enum CheckInPartKind implements Labelled {

	LOCATION("位置"), PHOTO("现场照片");

	private final String label;

	CheckInPartKind(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return this.label;
	}

	/** The other part. */
	public CheckInPartKind other() {
		return (this == LOCATION) ? PHOTO : LOCATION;
	}

}
