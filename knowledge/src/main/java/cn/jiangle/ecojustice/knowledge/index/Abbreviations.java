package cn.jiangle.ecojustice.knowledge.index;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Officers' abbreviations (自资局, 二检部, 刑附民, 13号文) stand for exactly one name the documents use. Unlike a thesaurus
 * synonym, which is searched beside the asker's word at a lower weight, an abbreviation is replaced by the full name
 * before searching, so 「自资局是什么角色」 finds what 「自然资源局是什么角色」 finds.
 */
final class Abbreviations {

	/** Longest first, so that 将法13号文 is not read as 13号文 inside a longer form. */
	private static final Map<String, String> FULL = new LinkedHashMap<>();

	static {
		FULL.put("自然资源和规划局", "自然资源局");
		FULL.put("自资局", "自然资源局");
		FULL.put("资规局", "自然资源局");
		FULL.put("二检部", "第二检察部");
		FULL.put("刑附民", "刑事附带民事");
		FULL.put("17号文", "将法〔2021〕17号");
		FULL.put("13号文", "将法〔2024〕13号");
		FULL.put("4号协议", "将法〔2024〕4号协议");
		FULL.put("4号文", "将法〔2024〕4号");
	}

	private Abbreviations() {
	}

	/** 「2021年那份意见」「24年的实施意见」: a document named by its year. */
	private static final java.util.regex.Pattern BY_YEAR = java.util.regex.Pattern
		.compile("(20)?(21|24)年(的|那份|那个|出的|发的)?(实施意见|意见|文件|协议)");

	/**
	 * A 文号 typed without its 六角括号: 「将法2021 17号」 (the space is gone once normalised: 将法202117号),
	 * 「将法(2021)17号」「将法[2021]17号」「将法2021年17号」「将法〔2021〕第17号」. Without the agency's 将法 the year must
	 * be set off (〔2021〕17号, 2021年17号): 「202117号」 alone is no document number.
	 */
	private static final java.util.regex.Pattern DOCUMENT_NUMBER = java.util.regex.Pattern
		.compile("将法[(\\[【〔]?(20\\d\\d)[)\\]】〕年\\-－]?第?(\\d{1,3})号"
				+ "|(?<![\\d将法])[(\\[【〔](20\\d\\d)[)\\]】〕]第?(\\d{1,3})号");

	/** The question with a document number written as the documents write it: 将法〔2021〕17号. */
	static String documentNumbers(String normalizedQuestion) {
		return DOCUMENT_NUMBER.matcher(normalizedQuestion)
			.replaceAll(m -> m.group(1) != null ? "将法〔" + m.group(1) + "〕" + m.group(2) + "号"
					: "将法〔" + m.group(3) + "〕" + m.group(4) + "号");
	}

	/** The (normalised) question with each abbreviation written out. */
	static String expand(String normalizedQuestion) {
		String q = BY_YEAR.matcher(documentNumbers(normalizedQuestion)).replaceAll(m -> m.group(2).equals("21") ? "将法〔2021〕17号意见"
				: m.group(4).equals("协议") ? "将法〔2024〕4号协议" : m.group(4).equals("实施意见") ? "将法〔2024〕13号实施意见"
						: m.group(0));
		for (Map.Entry<String, String> e : FULL.entrySet()) {
			if (q.contains(e.getKey()) && !q.contains(e.getValue())) {
				q = q.replace(e.getKey(), e.getValue());
			}
		}
		return q;
	}

}
