package cn.jiangle.ecojustice.db.projects;

/** The court already approved or refused the request: a second decision (or a late opinion) is refused. */
public class DisbursementAlreadyDecided extends ProjectRefused {

	private final DisbursementStatus status;

	private final String decidedBy;

	public DisbursementAlreadyDecided(DisbursementStatus status, String decidedBy) {
		super("该支付申请已由" + decidedBy + "处理（" + status.label() + "）。");
		this.status = status;
		this.decidedBy = decidedBy;
	}

	public DisbursementStatus status() {
		return this.status;
	}

	/** Userid of the officer who decided. */
	public String decidedBy() {
		return this.decidedBy;
	}

}
