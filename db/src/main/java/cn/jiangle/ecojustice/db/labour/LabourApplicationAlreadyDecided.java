package cn.jiangle.ecojustice.db.labour;

import cn.jiangle.ecojustice.db.restoration.RestorationRefused;

/** The application was already approved or refused (by whoever of the court's officers acted first). */
public class LabourApplicationAlreadyDecided extends RestorationRefused {

	private final ApplicationStatus status;

	private final String decidedBy;

	/**
	 * @param status what was decided
	 * @param decidedBy the deciding officer's userid
	 * @param decidedByName their name, for the sentence (the userid when unknown)
	 */
	public LabourApplicationAlreadyDecided(ApplicationStatus status, String decidedBy, String decidedByName) {
		super("该劳役代偿申请已由" + decidedByName + "处理（" + status.label() + "）。");
		this.status = status;
		this.decidedBy = decidedBy;
	}

	public ApplicationStatus status() {
		return this.status;
	}

	/** The userid of the officer who decided. */
	public String decidedBy() {
		return this.decidedBy;
	}

}
