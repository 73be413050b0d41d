package cn.jiangle.ecojustice.knowledge;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import cn.jiangle.ecojustice.knowledge.index.Thesaurus;
import cn.jiangle.ecojustice.knowledge.ingest.Chunk;

/**
 * 「碳汇基金的钱可以给法院补办公经费吧」「听说基金是给法官发奖金的」 claim a use of the judicial carbon-sink fund. The
 * documents settle what the fund may be used for — 专款专用, tied to 乡村振兴 and 精准扶贫 — so a claimed use is answered
 * by that sentence: 「是。」 when the use is one it names, 「不是这样。」 when the use is another. Questions asking how much,
 * how to apply, who reviews or what happens on misuse are not claims of a use and get no lead.
 */
final class FundUses {

	private static final String D21 = "将法〔2021〕17号";

	private static final String USE_SENTENCE = "用途应与乡村振兴、精准扶贫等工作相挂钩";

	private static final Pattern FUND = Pattern.compile("碳汇基金|司法基金|基金(的|里的?|上的?)?(钱|款|资金)|基金");

	private static final Pattern USE = Pattern.compile("(用|给|发|补|拿|花|挪|买|建|投|存|分|贴|奖|充)");

	/** Put for confirmation or asked as may/can. */
	private static final Pattern CLAIMED = Pattern.compile("听说|听讲|据说|有人说|有人讲|人家说|人家讲|村里人|传|吧[？?。！!]*$|是吧|对吧|"
			+ "是不是|是不[？?]?$|对不对|对吗|是吗|没错吧|真的假的|是真的吗|确认");

	/** Questions about the fund that are not about what it is used for. */
	private static final Pattern OTHER = Pattern.compile("多少|几|每年|什么时候|何时|怎么|如何|申请|流程|程序|谁(来)?(审|管|批|定)|审核|审批|开会|会议|"
			+ "委员|主任|违规|处罚|追责|担责|责任|公开|查|账|来源|哪来|从哪|交到|交给谁|利息|收益|借|贷|周转|投资|理财|"
			// open questions about the use, which search answers with the same sentence
			+ "干嘛|干啥|干什么|做什么|做啥|哪|什么地方|啥地方|什么方面|啥方面|什么用|啥用|用途是|怎样|什么工作|啥工作");

	/** The uses the sentence names, in the words people use for them. */
	private static final Pattern NAMED_USE = Pattern.compile("乡村振兴|振兴|扶贫|贫困|脱贫|生态资源保护|生态保护|人居环境|改善.{0,6}环境|环境.{0,2}改善");

	/** 「能不能用到村里」 asks what may be done; 「听说是给法院发奖金的」 reports what is done. */
	private static final Pattern MAY = Pattern.compile("能|可以|可不可以|允许");

	private static final Pattern HEARD = Pattern.compile("听说|听讲|据说|有人说|有人讲|人家说|人家讲|村里人|传|真的假的|是真的吗|确认");

	/** Uses plainly outside 乡村振兴 and 精准扶贫: pay, perks and the agencies' own costs. */
	private static final Pattern FOREIGN_USE = Pattern.compile("奖金|奖励|发钱|工资|薪水|补贴|加班费|办公|经费|买车|吃喝|吃饭|请客|福利|旅游|装修|盖楼|"
			+ "建房|楼|给(法院|检察院|公安|林业局|法官|检察官|干部|领导|单位|公司|金森)|个人|私人|自己用|自己花|发给|分给|分掉|理财|炒股");

	private FundUses() {
	}

	static Optional<ManagerRoles.Lead> lead(String question, List<Chunk> chunks) {
		String q = Thesaurus.normalize(question);
		java.util.regex.Matcher fund = FUND.matcher(q);
		// 「基金能发奖金吗」 asks plainly about a use the documents do not name: that stays not covered
		if (!fund.find() || OTHER.matcher(q).find() || !(CLAIMED.matcher(q).find()
				|| (MAY.matcher(q).find() && NAMED_USE.matcher(q.substring(fund.end())).find()))) {
			return Optional.empty();
		}
		String after = q.substring(fund.end());
		if (!USE.matcher(after).find() || after.length() < 3) {
			return Optional.empty();
		}
		Optional<ManagerRoles.Quote> quote = ManagerRoles.find(chunks, D21, USE_SENTENCE);
		if (quote.isEmpty()) {
			return Optional.empty();
		}
		boolean named = NAMED_USE.matcher(after).find();
		boolean diverted = after.contains("挪") || after.contains("随便") || after.contains("别的");
		boolean may = MAY.matcher(q).find() && !HEARD.matcher(q).find();
		boolean foreign = FOREIGN_USE.matcher(after).find();
		boolean itself = after.contains("专款") || after.contains("专用");
		// a use neither named nor plainly foreign (「用来修复生态的吧」) gets the sentence without a verdict
		String verdict = itself || (named && !may) ? "是。" : diverted ? "不能。" : named ? "可以，这在文件规定的用途之内。"
				: !foreign ? "" : may ? "不能。" : "不是这样。";
		String lead = verdict + "文件规定碳汇基金专款专用，用途如下：";
		return Optional.of(new ManagerRoles.Lead(lead, List.of(quote.get()), List.of(D21)));
	}

}
