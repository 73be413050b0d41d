package cn.jiangle.ecojustice.knowledge;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 「非法采矿罪的案子能买碳汇吗」「盗窃罪能不能认购碳汇」: a crime named by its charge that the documents' list of crimes
 * does not contain. The list ends in 「等」, so the documents neither include nor exclude it: the question is on topic
 * and what it asks is left open.
 */
final class UnlistedCrimes {

	/** A charge as the criminal law names it: a leading act word, at most ten characters, then 罪. */
	private static final Pattern CHARGE = Pattern.compile(
			"(?:非法|盗|滥|危害|破坏|污染|失火|放火|故意|过失|走私|盗窃|诈骗|妨害|重大|擅自|聚众|收购|运输|出售|滥用)\\p{IsHan}{0,10}?罪");

	private UnlistedCrimes() {
	}

	/**
	 * Whether the documents name the charge, also as the list writes charges that share words: 「盗伐、滥伐林木罪」 names
	 * 盗伐林木罪, 「危害珍贵、濒危野生动物罪」 names 危害珍贵濒危野生动物罪.
	 */
	static boolean named(String charge, String documents) {
		if (documents.contains(charge) || documents.replace("、", "").contains(charge)) {
			return true;
		}
		for (int k = 2; k <= charge.length() - 2; k++) {
			Pattern shared = Pattern.compile(Pattern.quote(charge.substring(0, k)) + "、[\\p{IsHan}、]{0,12}?"
					+ Pattern.quote(charge.substring(k)));
			if (shared.matcher(documents).find()) {
				return true;
			}
		}
		return false;
	}

	/** The gap sentence for the first charge the documents never name; empty when every charge is named. */
	static Optional<String> gap(String normalizedQuestion, String documents) {
		Matcher m = CHARGE.matcher(normalizedQuestion);
		while (m.find()) {
			String charge = m.group();
			if (!named(charge, documents)) {
				return Optional.of("文件没有写明“" + charge + "”是否适用：列举的罪名里没有它（列举以“等”结尾）。");
			}
		}
		return Optional.empty();
	}

}
