package cn.jiangle.ecojustice.knowledge;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Questions for a person or a party the documents never name: who holds a post by name (「院长叫什么名字」), which
 * person among holders (「主任是哪位院长」), who pays a cost (「费用谁来付」), a post no clause sets up (「办公室主任是
 * 法院庭长吧」), who did the damage (「矿山是被谁破坏的」) and who made or issued a thing when the clause names no such
 * act (「指导价是谁定的」). Each gets its gap sentence; the documents name bodies and offices, never persons.
 */
final class UnstatedHolders {

	private UnstatedHolders() {
	}

	/** The gap sentence when the question asks for a person or party the relevant clauses do not name. */
	static Optional<String> gap(String q, List<String> relevant) {
		Matcher person = NAMED_PERSON.matcher(q);
		if (person.find()) {
			return Optional.of("文件没有写明" + person.group(1) + "的具体人选。");
		}
		Matcher party = PARTY_NAMED.matcher(q);
		if (party.find()) {
			return Optional.of("文件没有写明" + party.group(1) + "是谁（姓名）。");
		}
		Matcher listed = NAMES_LISTED.matcher(q);
		if (listed.find()) {
			return Optional.of("文件没有写明" + listed.group(1) + "的具体人选（姓名）。");
		}
		Matcher among = PERSON_AMONG.matcher(q);
		if (among.find()) {
			return Optional.of("文件没有写明具体是哪位" + among.group(1) + "（姓名）。");
		}
		Matcher chair = CHAIR_NAME.matcher(q);
		if (chair.find()) {
			return Optional.of("文件没有写明" + chair.group(1) + "的姓名，只写明由谁担任。");
		}
		Matcher payer = PAYER.matcher(q);
		// 「买碳汇的钱谁出」: the buyer pays, and the clauses say who buys (建议被告人……认购碳汇)
		boolean buying = BUYING.matcher(q).find() && !q.contains("基金");
		if (payer.find() && MONEY.matcher(q).find()
				&& relevant.stream().noneMatch(t -> PAYER_STATED.matcher(t).find() || (buying && BUYER_STATED.matcher(t).find()))) {
			return Optional.of("文件没有写明这笔费用由谁承担。");
		}
		Matcher post = POST.matcher(q);
		while (post.find()) {
			String held = post.group();
			// 「我是村主任，……」 says who asks, not a post asked about
			if (Speakers.describesAsker(q.substring(0, post.start()), q.substring(post.end()))) {
				continue;
			}
			if (relevant.stream().noneMatch(t -> t.contains(held))) {
				return Optional.of("文件没有规定设" + held + "，也没有写明由谁担任。");
			}
		}
		Matcher culprit = CULPRIT.matcher(q);
		if (culprit.find()) {
			return Optional.of("文件没有写明是谁" + culprit.group(1) + "的。");
		}
		Matcher doer = DAMAGE_DONE_BY.matcher(q);
		if (doer.find()) {
			return Optional.of("文件没有写明是谁" + doer.group(1) + "的。");
		}
		Matcher author = AUTHOR.matcher(q);
		if (author.find() && relevant.stream()
			.noneMatch(t -> authorStated(author.group(1) == null ? author.group(2) : author.group(1), t))) {
			return Optional.of("文件没有写明由谁" + (author.group(1) == null ? author.group(2) : author.group(1)) + "。");
		}
		return Optional.empty();
	}

	/** Adverbs, or a verb and 的 (定的, 派的), between a person and the question for him. */
	private static final String FILLER = "(?:具体|现在|目前|到底|究竟|都|又)*(?:[^，,。；;？?！!\\s的]{1,2}的)?(?:具体|现在|目前|到底|究竟|都|又)*";

	/**
	 * The question for a person ends its clause, or goes on to his name or number (a space typed between is gone from
	 * the normalised question): 「专人是谁」「监督员是谁 叫什么」, not 「被告人是谁来管」.
	 */
	private static final String ASK_ENDS = "(?=[^\\p{IsHan}]|$|啊|呀|呢|吗|啦|哦|嘛|的|了|来着|叫|姓|名字|电话|手机|联系|怎么联系)";

	/**
	 * 「院长叫什么名字」「廉政监督员是谁」: the holder of a post, which the documents name only as a post (主任 is the
	 * 院长: asking who the 主任 is, is answered).
	 */
	private static final Pattern NAMED_PERSON = Pattern.compile("(院长|副院长|局长|副局长|检察长|副检察长|法人代表|法人|法定代表人|庭长|廉政监督员|监督员|联络员|"
			+ "负责人|村长|村支书|书记|乡长|镇长|专人|联络人|联系人|经办人|承办人|承办法官|组长|副组长|队长|团长)"
			// 「专人定的是谁」「联络员现在具体是谁」: a few words may stand between the person and the question for him
			+ FILLER + "(是谁" + ASK_ENDS + "|叫什么|叫啥|姓什么|姓啥|是哪位|是哪个人|是哪个干部|谁来当|谁来担任|由谁担任|名字)");

	/**
	 * 「被告叫啥」「办公室的工作人员定的是谁」: persons the documents only count or describe (被告人, 1名工作人员) and never
	 * name. Only a question for the person himself: 「被告人是谁来管」 asks who manages, 「写被告名字吗」 what is written.
	 */
	private static final Pattern PARTY_NAMED = Pattern.compile("(被告人|被告|当事人|犯罪嫌疑人|嫌疑人|老板|矿主|工作人员|办事员)" + FILLER
			+ "(?:是谁|叫什么名字|叫什么|叫啥名字|叫啥|姓什么|姓啥)" + ASK_ENDS);

	/**
	 * 「办公室工作人员名单有吗」「陪审员的花名册」: a list of the persons who fill a body, which the documents give by
	 * department or office (各部门指派1名), never by name.
	 */
	private static final Pattern NAMES_LISTED = Pattern.compile("(工作人员|人员|专人|联络员|监督员|陪审员|志愿者|干警|专家)的?(具体)?(名单|花名册|姓名)");

	/**
	 * 「主任是哪位院长」「具体是哪个局长」: the post is named in the question already, so which person holds it is asked —
	 * a name the documents never give (「哪位领导」 asks for the post, which they do).
	 */
	private static final Pattern PERSON_AMONG = Pattern.compile("(?:哪位|哪一位|具体是哪个|具体是哪一个|是哪个人)(院长|副院长|局长|副局长|检察长|副检察长|庭长|乡长|镇长|村长|村支书|书记|主任|副主任|法官|检察官|干警|专家|陪审员|监督员|联络员|负责人|组长)");

	/** 「主任现在是哪位？叫什么名字」: a post the documents fill by office (主任 is the 院长), asked for a person's name. */
	private static final Pattern CHAIR_NAME = Pattern.compile("(副主任|主任)(?!委员会).{0,10}(叫什么名字|叫啥名字|叫什么|叫啥|姓什么|姓啥|名字)");

	/** 「费用谁来付」「钱到底谁出」「由谁承担」: who pays, which the documents say of no cost (出面, 出台, 出具 are no paying). */
	private static final Pattern PAYER = Pattern.compile("(?:谁|哪个|哪家|哪方|哪一方|哪边)(?:来|去|给)?(?:出|付|支付|掏|承担|负担|买单|埋单|垫|投|投入|注资|捐)(?!面|台|具|庭|手|主意|发|现|力|席|马|头|来|去|场|证|过|了吗)"
			+ "|(?:出|付|掏)(?:钱|费用|这笔钱|这个钱|这钱)的?是谁");

	/** Money a payer question is about. */
	private static final Pattern MONEY = Pattern.compile("钱|费|款|资金|经费|开销|开支|成本|工资|补贴");

	/** Buying carbon sinks, whose cost is the buyer's. */
	private static final Pattern BUYING = Pattern.compile("(买|认购|购买|购)(的)?碳汇");

	/** A clause naming who buys. */
	private static final Pattern BUYER_STATED = Pattern.compile("(被告人|当事人)[^，,。；;]{0,16}认购");

	/** A clause saying who bears a cost. */
	private static final Pattern PAYER_STATED = Pattern.compile("出资|由[^，,。；;]{1,12}(承担|负担|支付)|费用由");

	/**
	 * 「修复办公室主任是法院庭长吧」: a post (主任, 组长 …) the relevant clauses never name is no post the documents set up,
	 * whoever the question says holds it.
	 */
	private static final Pattern POST = Pattern.compile("副主任|(?<!副)主任|副组长|(?<!副)组长|秘书长|队长|团长|站长");

	/** 「矿山是被谁破坏的」: who did the damage, which the documents never say of any site. */
	private static final Pattern CULPRIT = Pattern.compile("被(?:谁|哪家|什么人|哪个人|哪个企业|哪个老板).{0,12}?(破坏|挖坏|挖|毁|开采|弄坏|污染)");

	/**
	 * 「当初是哪个老板挖坏的」「谁把山挖成这样的」: who did a damage that has happened (a verb of damage closed by 的 or 了),
	 * which the documents never say of any site or case — they name the kinds of crime, never who committed one.
	 */
	private static final Pattern DAMAGE_DONE_BY = Pattern.compile("(?:谁|哪个人|哪个老板|哪位老板|哪家(?:公司|企业|单位|老板)?|哪个(?:公司|企业|单位|矿主|厂)|什么人|啥人)"
			+ "(?:给|把|将|来)?[^，,。；;？?！!\\s会能可要]{0,4}?(破坏|挖坏|挖|毁|采坏|开采|弄坏|污染|砍|盗伐|滥伐|烧)[^，,。；;？?！!\\s]{0,6}?(?:的|了)(?:[?？吗呢啊吧]|$)");

	/** 「指导价是谁定的」「由哪个部门发布」: who made or issued a thing. */
	private static final Pattern AUTHOR = Pattern.compile("(?:谁|哪个部门|哪个单位|哪家|什么部门|哪个机关)(?:来|牵头|负责)?(定|制定|确定|核定|发布|公布|出台|批|审批|指定|派|委派|选派|任命|起草|拟定|拟稿|撰写|编写|执笔)"
			+ "|由(?:谁|哪个部门|哪个单位|哪家|什么部门|哪个机关)(?:来|牵头|负责)?(定|制定|确定|核定|发布|公布|出台|批|审批|指定|派|委派|选派|任命|起草|拟定|拟稿|撰写|编写|执笔)");

	private static final Pattern MAKING = Pattern.compile("制定|核定|指定|定价");

	private static final Pattern ISSUING = Pattern.compile("发布|公布|出台|印发");

	private static final Pattern APPROVING = Pattern.compile("批|审核");

	private static final Pattern SENDING = Pattern.compile("派|推荐");

	private static final Pattern APPOINTING = Pattern.compile("任命|选任|聘任|聘请|指定");

	private static final Pattern DRAFTING = Pattern.compile("起草|拟定|拟稿|撰写|编写|执笔");

	/** Whether a clause says who does the asked act: a verb of the same family occurs in it. */
	private static boolean authorStated(String verb, String best) {
		Pattern family = switch (verb) {
			case "定", "制定", "确定", "核定" -> MAKING;
			case "发布", "公布", "出台" -> ISSUING;
			case "批", "审批" -> APPROVING;
			case "派", "委派", "选派" -> SENDING;
			case "任命" -> APPOINTING;
			case "起草", "拟定", "拟稿", "撰写", "编写", "执笔" -> DRAFTING;
			default -> Pattern.compile(Pattern.quote(verb));
		};
		return family.matcher(best).find();
	}

}
