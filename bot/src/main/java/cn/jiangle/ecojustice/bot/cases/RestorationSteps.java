package cn.jiangle.ecojustice.bot.cases;

import cn.jiangle.ecojustice.db.restoration.RestorationFile;

/** Where a party's restoration file stands, as one line for officers (我的案件, 查询案件). */
public final class RestorationSteps {

	private RestorationSteps() {
	}

	/** e.g. 「认购碳汇，应缴 12,000.00 元：已缴 2,000.00 元，尚欠 10,000.00 元」. */
	public static String describe(RestorationFile file) {
		StringBuilder text = new StringBuilder();
		text.append(CaseIntakeFlow.pathLabel(file.path().name()));
		if (file.total().signum() > 0) {
			text.append("，应缴 ").append(CaseReport.yuan(file.total())).append(" 元");
		}
		text.append("：").append(step(file));
		return text.toString();
	}

	static String step(RestorationFile file) {
		return switch (file.state()) {
			case AWAITING_CHOICE -> "待被告人选择修复方式";
			case AWAITING_PAYMENT -> file.pendingRequest() != null ? "待修复管理人确认收款" : "待认购缴款";
			case PARTIALLY_PAID -> "已缴 " + CaseReport.yuan(file.paid()) + " 元，尚欠 " + CaseReport.yuan(file.remaining())
					+ " 元" + (file.pendingRequest() != null ? "，待修复管理人确认收款" : "");
			case CERTIFIED, WRITTEN_OFF -> "已缴清，证明书 " + (file.certificate() == null ? "" : file.certificate().number())
					+ "（" + (file.writeOffStatus() == null ? file.state().label() : file.writeOffStatus().label()) + "）";
			case LABOUR_CHOSEN -> "已选择劳役代偿";
			case CLOSED -> "已结案";
		};
	}

}
