package cn.jiangle.ecojustice.knowledge;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 「那个 我们村现在是管理人对吧 然后修复的钱要交什么材料」「我是金森公司的，我们当管理人嘛，……」: a message may open with the
 * asker's standing — who they are, or the role their body holds — and only then ask. The standing is context: a
 * manager lead or a gap found in it must not take the place of the question after it. {@link #later} is the message
 * read without its standing opening, keeping any words of a claim that name the matter (「吴地矿山修复我们村委会当管理人嘛」
 * keeps 吴地矿山修复).
 */
final class Standings {

	/** Where a message breaks into clauses. */
	private static final Pattern BREAK = Pattern.compile("[，,。！!？?；;、\\s]+");

	/** Fillers and greetings that open a clause or make one up: 「那个啥」「嗯」「你好」. */
	private static final Pattern FILLER = Pattern.compile("^(那个啥|那啥|那个|这个|嗯+|呃+|额|啊|哦|喂+|哎|诶|你好|您好|领导好|在吗|就是|然后|是这样|是这样的)+");

	/** Words naming the asker. */
	private static final String SELF = "(我们|咱们|俺们|我|咱|俺|本人)";

	/** A body or occupation the asker may speak for. */
	private static final Pattern BODY = Pattern.compile("村|两委|干部|会计|文书|书记|主任|公司|金森|单位|局|院|所|站|乡|镇|政府|法院|检察|公安|林业|"
			+ "记者|律师|法官|助理|书记员|陪审员|调解员|代表|委员|家属|亲属|家里人|原告|被告|村民|老百姓|外业|办事员|技术员|工作人员");

	/** A story, not a standing: 「我是滥伐林木被抓的」 tells what happened to the asker. */
	private static final Pattern STORY = Pattern.compile("被|抓|砍|烧|判|犯|偷|盗|欠|买了|交了|打了");

	/** 「我是竹舟村的村干部哈」「我们是原告」「我们法院这边」 (not 「我们公安在立案阶段」): who the asker is, and nothing asked. */
	private static final Pattern IDENTITY = Pattern
		.compile("^" + SELF + "((就|这边|这里)?(是|系)[^，,。？?！!\\s]{1,14}?(的|这边|这里|那边)?|[^，,。？?！!\\s]{1,8}?(这边|这里|那边))(哈|啊|呀|嘛|哦)?$");

	/** The roles of the documents a body may be said to hold. */
	private static final String ROLE = "管理人|修复|主管部门|主管单位|发起人|发起方|协作方|实施人|执行人|代管人|委员|陪审员|调解员|联络员";

	/**
	 * 「我们村现在是管理人对吧」「公司现在当了生态修复管理人」「村里当那个矿山修复管理人」: the asker's body said to hold a role, with an
	 * optional tag; the words before the body and after the tag are kept. A body named without 我们 is the asker's only
	 * after the asker said who they are (「竹舟村委会当管理人 有没有管理费」 asks about the role itself).
	 */
	private static final Pattern ROLE_CLAIM = Pattern.compile("(" + SELF + "[^，,。？?！!\\s]{0,4}?|(?<=^|那个|这个|就是)(村里|村委会?|公司|单位|院里|局里))(现在|这次|本来|就|也|已经)?"
			+ "(是|当了?|做了?|作为|担任了?|来当|来管|管着|负责)(这个|那个|本次|这次)?[^，,。？?！!\\s]{0,8}?(" + ROLE + ")(了)?(对吧|是吧|对不对|没错吧|吧|嘛|吗|么|哈|啊|呀|哦)?");

	/** 「就是那个吴地矿山的事」「关于专项账户这个事」: the matter a message is about, named before it asks. */
	private static final Pattern MATTER = Pattern.compile("^(?:就是|关于|说的是|是)?(?:那个|这个)?[^，,。？?！!\\s]{2,12}?(?:的事情?|这个事|这件事|那件事|这事|的问题)(?:哈|啊|呀|哦)?$");

	/** 「乡里说」「法院讲」: who told the asker the claim that follows. */
	private static final Pattern REPORTED = Pattern.compile("^[^，,。？?！!\\s]{1,4}(说|讲|通知|告诉我们)(的)?$");

	/** Places and bodies the documents name. */
	private static final Pattern NAMED = Pattern.compile("(竹舟|竹州|万全|吴地|常口|漠源)[乡村]?(村委会?)?(矿山)?|金森(公司)?");

	/** A clause that asks for content: such a clause is the question, never a standing. */
	private static final Pattern ASKS_CONTENT = Pattern.compile("多少|多久|几|谁|哪|什么|啥|怎么|怎样|如何|咋|能不能|可不可以|有没有|要不要|会不会");

	/** 「我们局」「咱们院」「本单位」: the later question names the asker's body only through the standing. */
	private static final Pattern REFERS_BACK = Pattern.compile(SELF + "(这边的?)?[^，,。？?！!\\s]{0,3}?(" + BODY.pattern() + ")|本单位");

	private static final Pattern SELF_WORD = Pattern.compile(SELF);

	/** 「归不归我们管」「给不给」: a question asked as A-not-A. */
	private static final Pattern A_NOT_A = Pattern.compile("(\\p{IsHan})不\\1");

	private Standings() {
	}

	/**
	 * The message without its standing opening, when it opens with one (after any greeting) and goes on to ask
	 * something else; empty otherwise.
	 */
	static Optional<String> later(String message) {
		String text = message.strip();
		Matcher m = BREAK.matcher(text);
		int start = 0;
		int standingEnd = -1;
		StringBuilder kept = new StringBuilder();
		StringBuilder identities = new StringBuilder();
		boolean claimed = false;
		while (start < text.length()) {
			int end = m.find(start) ? m.start() : text.length();
			int next = end < text.length() ? m.end() : text.length();
			String clause = FILLER.matcher(text.substring(start, end)).replaceFirst("");
			if (clause.isEmpty() || isIdentity(clause)) {
				start = next;
				if (!clause.isEmpty()) {
					identities.append(clause).append('，');
					standingEnd = start;
				}
				continue;
			}
			if (MATTER.matcher(clause).matches() && !ASKS_CONTENT.matcher(clause).find() && !identities.isEmpty()) {
				// 「就是那个吴地矿山的事」 after who the asker is: a heading for what follows, whose own words name the
				// matter better (a place named in a separate clause pulls search to the clause that names the place)
				start = next;
				standingEnd = start;
				continue;
			}
			Matcher claim = ROLE_CLAIM.matcher(clause);
			if (!ASKS_CONTENT.matcher(clause).find() && claim.find()
					&& (!identities.isEmpty() || SELF_WORD.matcher(claim.group()).find())) {
				claimed = true;
				// a place or body the claim names by name stays: 「我们竹舟村当管理人 修的是哪块山」 asks about 竹舟村
				Matcher named = NAMED.matcher(claim.group());
				String names = named.find() ? named.group() : "";
				// 「乡里说我们村来管修复」: who said so is no part of the question
				String before = REPORTED.matcher(clause.substring(0, claim.start())).replaceFirst("");
				String rest = (before + names + " " + clause.substring(claim.end())).strip();
				if (!rest.isEmpty()) {
					kept.append(rest).append('，');
				}
				start = next;
				standingEnd = start;
				continue;
			}
			break;
		}
		// who the asker is alone leaves the message as it is: search reads past it ({@link MessageTails})
		if (!claimed || standingEnd >= text.length()) {
			return Optional.empty();
		}
		String question = text.substring(standingEnd).strip();
		if (question.codePointCount(0, question.length()) < 6 || !(MessageTails.ASKING.matcher(question).find() || A_NOT_A.matcher(question).find())) {
			return Optional.empty();
		}
		// 「我是林业局的，我们局要做什么」: the later question names the asker's body by the standing, which then stays
		String context = REFERS_BACK.matcher(question).find() ? identities.toString() : "";
		return Optional.of(context + kept + question);
	}

	/** 「我是林业局的」: the asker's standing, no story and nothing asked. */
	private static boolean isIdentity(String clause) {
		return IDENTITY.matcher(clause).matches() && BODY.matcher(clause).find() && !STORY.matcher(clause).find()
				&& !ASKS_CONTENT.matcher(clause).find();
	}

}
