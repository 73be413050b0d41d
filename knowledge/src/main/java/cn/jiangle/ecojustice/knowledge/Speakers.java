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

	/** A body's office word, after at most two characters of its name (财政所, 人社局, 税务系统). */
	private static final String OFFICE_WORD = "\\p{IsHan}{0,2}?(局|委|所|处|部门|机关|系统|单位)";

	/** 「我是财政所会计」「我是村主任」: a post after the body or village says what the asker does there. */
	private static final String POSTS = "(?:副?(?:局长|所长|处长|科长|股长|站长|主任|村主任|会计|出纳|干部|职工|员工|工作人员|人员|同志|领导|办事员))";

	/**
	 * 「我是财政局的」「我们人社这边」: after 我是/我们, a body followed by its office word or 的/这边 is where the asker
	 * works, not what is asked.
	 */
	private static final Pattern AFFILIATION_AFTER = Pattern
		.compile("^(" + OFFICE_WORD + ")?" + POSTS + "?(的|这边|这里|那边|上班|工作|，|,|\\s|$)");

	/**
	 * 「财政所和乡政府一起问：」「人社这边也想问一下，」: the word stands in the clause that says who asks, closed by the
	 * asking verb and a colon (or a comma after 一起/也 …), not in what is asked.
	 */
	private static final Pattern ASKING_CLAUSE_AFTER = Pattern
		.compile("^[^，,。？?！!：:]{0,12}?(?:(?:一起|一块|一同|都|也|来|想)来?(?:问|咨询|请教|打听|了解)(?:一下|下)?[：:，,]"
				+ "|(?:问|咨询|请教)(?:一下|下)?[：:])");

	/** What may follow a post the asker holds: the end of the clause or the start of the question. */
	private static final Pattern ASKER_ENDS = Pattern.compile("^(的|这边|这里|那边|，|,|\\s|$|。|想|问|请|我|咨询|有个|有事)");

	/** The office word closing a body's name, in the word or just after it (税 → 税务局). */
	private static final Pattern OFFICE = Pattern.compile("(局|委|所|处|部门|机关)$|^" + OFFICE_WORD);

	/** 「我跟财政局一起去看了，……」: the asker went with the body; it is company, not what is asked. */
	private static final Pattern COMPANION_BEFORE = Pattern
		.compile("(我|我们|俺|俺们|咱|咱们)(跟|和|与|同|陪|陪着)[^，,。？?！!\\s]{0,3}$");

	private static final Pattern COMPANION_AFTER = Pattern
		.compile("^(" + OFFICE_WORD + ")?(的人|的同志|的同事|的领导|的干部|那边|这边)?(一起|一块|一道|一同)"
				// the clause ends before the question: 「我跟财政局一起去看了，……」
				+ "[^，,。？?！!]*[，,。]");

	private static final Pattern AREA = Pattern.compile("^(这边|那边|系统)");

	/** Whether every occurrence of the word in the question names who said it or who asks. */
	static boolean onlyWhoSaysOrAsks(String q, String word) {
		for (int i = q.indexOf(word); i >= 0; i = q.indexOf(word, i + 1)) {
			String before = q.substring(0, i);
			String after = q.substring(i + word.length());
			boolean source = SAYS_AFTER.matcher(after).find() || (i > 0 && q.charAt(i - 1) == '听')
					|| ASKING_CLAUSE_AFTER.matcher(after).find()
					|| (COMPANION_BEFORE.matcher(before).find() && COMPANION_AFTER.matcher(after).find())
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

	/** 「我是竹舟村的村主任，……」: a post in the words that describe the asker (before and after the post). */
	static boolean describesAsker(String before, String after) {
		return SELF_BEFORE.matcher(before).find() && ASKER_ENDS.matcher(after).find();
	}

}
