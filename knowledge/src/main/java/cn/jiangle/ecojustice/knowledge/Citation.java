package cn.jiangle.ecojustice.knowledge;

/**
 * One cited clause.
 *
 * @param doc 文号, e.g. 将法〔2021〕17号
 * @param title document title
 * @param section section path, e.g. 二、工作机制 > 5.规范碳汇认购程序
 * @param clauseId compact clause id, e.g. 二.5
 * @param text the quoted text (the matching sentences of the clause)
 */
public record Citation(String doc, String title, String section, String clauseId, String text) {

	/** 【将法〔2021〕17号 二、工作机制 5.规范碳汇认购程序】 */
	public String label() {
		return "【" + doc + (section.isEmpty() ? "" : " " + section.replace(" > ", " ")) + "】";
	}

}
