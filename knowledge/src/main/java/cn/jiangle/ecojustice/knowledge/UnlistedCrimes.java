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

	/** The act words a charge opens with (非法采矿罪, 盗窃罪, 故意伤害罪 …). */
	private static final Pattern ACT = Pattern.compile(
			"非法|盗|滥|危害|破坏|污染|失火|放火|故意|过失|走私|盗窃|诈骗|妨害|重大|擅自|聚众|收购|运输|出售|滥用|交通|抢劫|抢夺|贪污|受贿|行贿|寻衅|赌博|贩卖|开设");

	/**
	 * Words no charge contains: a story around it (判了失火罪, 被抓的), a class of crimes (污染类犯罪), a pointer back to a
	 * charge said before (盗伐林木罪，这个罪) or a break between clauses.
	 */
	private static final Pattern NOT_A_CHARGE = Pattern.compile("[了的是被判类这那该此，,。；;：:！!？?\\s]|犯罪$");

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

	/**
	 * The gap sentence for a charge the documents never name; empty when there is none. Each 罪 is read back to every
	 * act word before it: a charge is named when any of these readings is (放火烧山判了失火罪 names 失火罪), and reported
	 * as the longest reading that holds no story words.
	 */
	static Optional<String> gap(String normalizedQuestion, String documents) {
		for (int end = normalizedQuestion.indexOf('罪'); end >= 0; end = normalizedQuestion.indexOf('罪', end + 1)) {
			String before = normalizedQuestion.substring(Math.max(0, end - 12), end + 1);
			Matcher act = ACT.matcher(before);
			String longest = null;
			boolean named = false;
			while (act.find()) {
				String charge = before.substring(act.start());
				if (NOT_A_CHARGE.matcher(charge).find()) {
					continue;
				}
				named |= named(charge, documents);
				longest = longest == null || charge.length() > longest.length() ? charge : longest;
			}
			if (!named && longest != null) {
				return Optional.of("文件没有写明“" + longest + "”是否适用：列举的罪名里没有它（列举以“等”结尾）。");
			}
		}
		return Optional.empty();
	}

}
