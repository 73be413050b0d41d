package cn.jiangle.ecojustice.db.labour;

import java.time.LocalDate;

import cn.jiangle.ecojustice.db.restoration.RestorationRefused;

/** The check-in's day (plan zone) is before the plan starts or after it ends (nothing was stored). */
public class OutsidePlanPeriod extends RestorationRefused {

	private final LocalDate day;

	private final LocalDate start;

	private final LocalDate end;

	public OutsidePlanPeriod(LocalDate day, LocalDate start, LocalDate end) {
		super(day.isBefore(start) ? "劳役期间自" + start + "开始，今天（" + day + "）还不能打卡。"
				: "劳役期间已于" + end + "结束，不能再打卡。");
		this.day = day;
		this.start = start;
		this.end = end;
	}

	public LocalDate day() {
		return this.day;
	}

	public LocalDate start() {
		return this.start;
	}

	public LocalDate end() {
		return this.end;
	}

	/** Before the plan starts (else after it ended). */
	public boolean early() {
		return this.day.isBefore(this.start);
	}

}
