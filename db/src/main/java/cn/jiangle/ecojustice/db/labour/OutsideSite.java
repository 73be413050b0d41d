package cn.jiangle.ecojustice.db.labour;

import cn.jiangle.ecojustice.db.restoration.RestorationRefused;

/** The location is farther from the site than the plan's radius (nothing was stored). */
public class OutsideSite extends RestorationRefused {

	private final long distanceMetres;

	private final int radiusMetres;

	public OutsideSite(long distanceMetres, int radiusMetres) {
		super("您发送的位置距劳役地点约" + distanceMetres + "米，超出打卡范围（" + radiusMetres + "米），请到达劳役地点后再打卡。");
		this.distanceMetres = distanceMetres;
		this.radiusMetres = radiusMetres;
	}

	public long distanceMetres() {
		return this.distanceMetres;
	}

	public int radiusMetres() {
		return this.radiusMetres;
	}

}
