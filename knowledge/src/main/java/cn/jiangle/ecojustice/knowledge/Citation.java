package cn.jiangle.ecojustice.knowledge;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

	private static final Pattern DOC_NUMBER = Pattern.compile("〔(\\d{4})〕(\\d+)号");

	private static final Pattern CHINESE_NUMERAL = Pattern.compile("[一二三四五六七八九十]+");

	/** 【将法〔2021〕17号 二、5】 — the full 文号 and the clause, short enough for a phone screen. */
	public String label() {
		return "【" + doc + clauseSuffix() + "】";
	}

	/** 【2021-17 二、5】 — for a document already cited once with its full 文号 in the same answer. */
	public String compactLabel() {
		return "【" + shortDoc(doc) + clauseSuffix() + "】";
	}

	/** 2021-17 for 将法〔2021〕17号; other document names unchanged. */
	static String shortDoc(String doc) {
		Matcher m = DOC_NUMBER.matcher(doc);
		return m.find() ? m.group(1) + "-" + m.group(2) : doc;
	}

	private String clauseSuffix() {
		String clause = clause();
		return clause.isEmpty() ? "" : " " + clause;
	}

	/**
	 * 二、5 for 二.5; 四、（三）1.（4） for 四.(三).1.(4); a top-level clause is shown with its heading (一、总体目标,
	 * 引言), which is short and says more than a bare number.
	 */
	String clause() {
		String id = clauseId == null ? "" : clauseId.strip();
		String[] parts = id.isEmpty() ? new String[0] : id.split("\\.");
		if (parts.length <= 1) {
			String top = section == null ? "" : section.split(" > ")[0].replace(" ", "").replaceAll("[：:]$", "");
			return top.length() <= 10 ? top : id;
		}
		StringBuilder sb = new StringBuilder();
		for (int i = 0; i < parts.length; i++) {
			String p = parts[i].replace('(', '（').replace(')', '）');
			if (i == 0) {
				sb.append(p).append(CHINESE_NUMERAL.matcher(p).matches() || p.matches("\\d+") ? "、" : " ");
			}
			else {
				sb.append(p);
				if (i + 1 < parts.length && p.matches("\\d+")) {
					sb.append('.');
				}
			}
		}
		return sb.toString();
	}

}
