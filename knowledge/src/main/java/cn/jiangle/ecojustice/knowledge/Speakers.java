package cn.jiangle.ecojustice.knowledge;

import java.util.regex.Pattern;

/**
 * Words of a question that name who said something or who asks, not what is asked: 「律师说的……」「听村干部讲」
 * 「我是律师」「律师，请教下」. A word of the unstated topics used so (律师, 干部) makes no question unstated.
 */
final class Speakers {

	private Speakers() {
	}

	/** 「律师说的……」「听村干部讲」「我是律师」: the word names who said it or who asks, not what is asked. */
	private static final Pattern SAYS_AFTER = Pattern.compile("^(说|讲|告诉|提到|介绍|建议)");

	/** 「我是律师」「作为律师」: the word describes the asker, not what is asked. */
	private static final Pattern SELF_BEFORE = Pattern
		.compile("(我|我们|俺|俺们|咱|咱们|本人|自己)(是|是个|是一名|是一个|当|做)(?:[^，,。？?！!\\s问说讲想]{0,5}的)?[^，,。？?！!\\s问说讲想的]{0,4}$"
				+ "|(作为|身为)(一名|一个|个)?[^，,。？?！!\\s]{0,4}$|^(我们|咱们|俺们)$");

	/** 「律师，请教下」「法官您好」: the word opening the message addresses someone, it asks nothing. */
	private static final Pattern VOCATIVE_AFTER = Pattern.compile("^(您好|你好|好)?[，,:：！!\\s]");

	/**
	 * Occupations a person asks as, on someone's behalf: 「我是律师」 says who asks. 「我是外地人」「我是被害人」 describe
	 * the person the question is about, and stay a condition of the question.
	 */
	private static final Pattern ASKER_ROLE = Pattern
		.compile("律师|法官|检察官|书记员|记者|干部|工作人员|代理人|法律援助|法律工作者");

	/** 「律师这边代理一个案子」: the word opens the question as who is asking. */
	private static final Pattern SELF_AFTER = Pattern.compile("^(这边|这里|这儿|这块|方面|我|我们|俺|本人|(想|来)?(问|请教|咨询|确认)(一下|下|个|问))");

	/** Nothing, a greeting or a title's qualifier before an addressed role: 「请问律师，」「辩护律师，」 (not 「找律师，」). */
	private static final Pattern VOCATIVE_BEFORE = Pattern
		.compile("(请问|您好|你好|尊敬的)?[，,\\s]?(辩护|代理|值班|承办|主审|援助)?");

	/**
	 * 「我是财政局的」「我们人社这边」: after 我是/我们, a body followed by its office word or 的/这边 is where the asker
	 * works, not what is asked.
	 */
	private static final Pattern AFFILIATION_AFTER = Pattern
		.compile("^(局|委|所|处|部门|机关|系统|单位)?(的|这边|这里|那边|上班|工作|，|,|\\s)");

	private static final Pattern OFFICE = Pattern.compile("(局|委|所|处|部门|机关)$|^(局|委|所|处|部门|机关|系统|单位)");

	private static final Pattern AREA = Pattern.compile("^(这边|那边|系统)");

	/** Whether every occurrence of the word in the question names who said it or who asks. */
	static boolean onlyWhoSaysOrAsks(String q, String word) {
		for (int i = q.indexOf(word); i >= 0; i = q.indexOf(word, i + 1)) {
			String before = q.substring(0, i);
			String after = q.substring(i + word.length());
			boolean source = SAYS_AFTER.matcher(after).find() || (i > 0 && q.charAt(i - 1) == '听')
					|| (SELF_BEFORE.matcher(before).find() && AFFILIATION_AFTER.matcher(after).find()
							&& (OFFICE.matcher(word).find() || OFFICE.matcher(after).find() || AREA.matcher(after).find()))
					|| (ASKER_ROLE.matcher(word).find() && (SELF_BEFORE.matcher(before).find()
							|| (before.length() <= 2 && SELF_AFTER.matcher(after).find())
							|| (VOCATIVE_BEFORE.matcher(before).matches() && VOCATIVE_AFTER.matcher(after).find())));
			if (!source) {
				return false;
			}
		}
		return true;
	}

}
