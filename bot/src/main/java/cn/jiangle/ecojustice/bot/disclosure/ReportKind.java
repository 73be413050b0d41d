package cn.jiangle.ecojustice.bot.disclosure;

import cn.jiangle.ecojustice.bot.officers.Action;

/**
 * The two reports to 法院、检察院、公安局、林业局 (将法〔2024〕13号 二、一是): progress while restoration runs, and the
 * result once it is done. Both rest on the same record; the result report adds the outcome and needs one.
 */
public enum ReportKind {

	PROGRESS("进展报告", "生态修复进展报告", Action.PROGRESS_REPORT),

	RESULT("成果报告", "生态修复成果报告", Action.RESULT_REPORT);

	private final String word;

	private final String title;

	private final Action action;

	ReportKind(String word, String title, Action action) {
		this.word = word;
		this.title = title;
		this.action = action;
	}

	/** The chat command's word, e.g. 进展报告. */
	public String word() {
		return word;
	}

	/** The document's title, e.g. 生态修复进展报告. */
	public String title() {
		return title;
	}

	Action action() {
		return action;
	}

}
