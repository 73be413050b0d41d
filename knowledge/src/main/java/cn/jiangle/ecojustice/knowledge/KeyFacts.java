package cn.jiangle.ecojustice.knowledge;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import cn.jiangle.ecojustice.knowledge.index.Thesaurus;
import cn.jiangle.ecojustice.knowledge.ingest.Chunk;

/**
 * Facts people ask for most, each stated in one sentence of one document: who recommends buying carbon sinks, who
 * chairs the fund committee, whether labour must be applied for or done at 琵琶丘, whether buying is compulsory, whom
 * the court asks before designating a manager, who forms the mine's group. A question asking for one of them gets a
 * short lead that answers (「不是。……」, 「由县检察院……」) and the sentence that says so.
 *
 * <p>
 * Each fact is tied to a phrase of its document and used only while the indexed documents contain it, and only for a
 * question that asks nothing else (one question mark, no second question word after a comma).
 */
final class KeyFacts {

	private static final String D21 = "将法〔2021〕17号";

	private static final String D13 = "将法〔2024〕13号";

	private static final String D4 = "将法〔2024〕4号";

	/**
	 * @param topic what the question must be about
	 * @param asks how it must ask
	 * @param not what makes it another question
	 */
	private record Fact(Pattern topic, Pattern asks, Pattern not, String lead, String doc, String phrase) {

		Fact(String topic, String asks, String not, String lead, String doc, String phrase) {
			this(Pattern.compile(topic), Pattern.compile(asks), Pattern.compile(not), lead, doc, phrase);
		}

		boolean askedBy(String q) {
			return topic.matcher(q).find() && asks.matcher(q).find() && !not.matcher(q).find();
		}

	}

	private static final List<Fact> FACTS = List.of(
			new Fact("碳汇", "(谁|哪个部门|哪个单位|哪家|哪个机关)(来|负责|会)?(建议|叫|让).{0,10}(买|认购)|(建议|叫|让).{0,12}(买|认购).{0,4}(是谁|是哪)",
					"法院.{0,4}(建议|让)|多少|价格|专家|陪审员", "由县检察院建议被告人向福建金森碳汇科技有限公司认购碳汇；公安局、检察院在立案侦查、审查起诉时也鼓励和引导当事人自愿认购。",
					D21, "由县检察院依据生态复绿补植等相关规定"),
			new Fact("(基金|管委会|管理委员会)", "(?<!副)主任(是|由)?(谁|哪|什么人|啥人)|谁(当|是|任|担任)(?!副)主任",
					"副主任|委员是|委员有", "基金管理委员会主任是县法院院长。", D21, "成立以县法院院长为主任"),
			new Fact("(基金|管委会|管理委员会)", "副主任.{0,4}(几|多少|哪|谁|有什么人)|(几|多少)(个|位|名)?副主任", "(?<!副)主任是",
					"副主任有4位：县法院分管副院长、县检察院分管副检察长、县林业局副局长、福建金森碳汇科技有限公司法定代表人。", D21,
					"成立以县法院院长为主任"),
			new Fact("劳役|干活抵|出工抵|劳动抵", "(只能|必须|一定要|非得|非要|只在|只去).{0,8}(琵琶丘|补偿林|基地|那里|那儿|一个地方)|(别的|其他|其它|换个|异地).{0,3}(地方|场所|基地)",
					"多少|多久|几", "不是只能在琵琶丘。以琵琶丘“生态司法示范补偿林”为基地，也可以到其他更为适宜的异地场所实施修复。", D13,
					"组织当事人到基地或者其他更为适宜的异地场所"),
			new Fact("劳役|代偿|干活抵|出工抵|劳动抵|抵赔偿|抵偿",
					"(到|去|在)[^，,。？?]{1,14}(干活|干(?!部|警)|上工|种树|劳动|出工|栽树|植树|修复)|哪里|哪儿|哪个地方|什么地方|啥地方|在哪|去哪|地点|基地在",
					"多少|多久|几|谁|管理人|监督|申请|报告", "劳役代偿以将乐县漠源乡琵琶丘“生态司法示范补偿林”为基地，也可以组织到其他更为适宜的异地场所实施修复。", D13,
					"组织当事人到基地或者其他更为适宜的异地场所"),
			new Fact("矿山|吴地|万全|竹舟", "异地|别的地方|其他地方|换个地方|挪到|挪去|移到|原地|就地|在原处|原来的地方",
					"劳役|代偿|干活抵|钱|资金|款|费|账", "吴地矿山是原地修复：对将乐县万全乡竹舟村吴地被破坏的矿山山体实施原地修复。", D13,
					"对将乐县万全乡竹舟村吴地被破坏的矿山山体实施原地修复"),
			new Fact("碳汇", "(买|认购|购买)[^，,。？?]{0,10}(干什么用|干嘛用|做什么用|干啥用|用来干|用来做|用途|用在哪|拿来干)", "基金|钱用在|资金",
					"文件规定认购的碳汇用于抵消个人或组织产生的二氧化碳排放量；认购后可以获得认购碳汇证明书或者碳汇积分。", D21,
					"用于抵消个人或组织产生的二氧化碳排放量"),
			new Fact("劳役|干活抵|出工抵|劳动抵", "(要不要|需不需要|用不用|得不得|是不是要|需要|要).{0,4}(自己|本人|当事人)?.{0,2}申请(吗|不|么|嘛)?[？?]?$|谁(来|去)?(申请|提出|提)",
					"怎么申请|如何申请|申请.{0,4}(材料|表|条件|时间|多久|几)", "劳役代偿须经当事人申请。", D13, "经当事人申请通过“劳役代偿”方式"),
			new Fact("(买|认购).{0,4}碳汇|碳汇.{0,4}(买|认购)", "(必须|强制|一定要|非得|非要|硬性|逼着|强迫).{0,6}(买|认购)|(买|认购).{0,8}(强制|必须|硬性|自愿)",
					"多少|几吨|价格", "不是强制的。文件规定的是被告人“自愿认购”。", D21, "对自愿认购碳汇的被告人"),
			new Fact("管理人", "(指定|选|定).{0,10}(问|征求|咨询|听取|听|商量).{0,4}(哪|谁|意见)|(先|要|得)(问|征求|咨询|听取).{0,4}(哪|谁)",
					"撤|解除", "法院指定生态修复管理人前，要经询问自然资源局。", D4, "经询问自然资源局"),
			// 「除了村委会还有哪些单位可以当管理人」 asks who may be designated, which the court's criteria say, not who
			// holds the role now
			new Fact("管理人", "(哪些|什么|啥|哪种|哪类|哪样|哪个|谁)(样的?)?(单位|组织|机构|部门|人)?.{0,6}(可以|能够?|有资格|够格|才能|才可以|才有资格)(当|做|担任|作为|成为|被指定)"
					+ "|(可以|能够?|有资格)(当|做|担任|作为|成为).{0,6}管理人.{0,8}(有哪些|有什么|是哪些|都有谁|有谁)|管理人.{0,10}(什么|啥|哪些)(条件|资格|要求|标准)|(条件|资格|标准)是(什么|啥)",
					"撤|解除|劳役|代偿|碳汇|碳达|金森|收费|管理费", "可以被指定为生态修复管理人的有：具备生态修复技术力量和管理能力的行政事业单位、专门性社会组织、环境所在地的基层组织等，由法院经询问自然资源局后指定。",
					D4, "指定具备生态修复技术力量和管理能力的行政事业单位"),
			new Fact("协作小组", "(几家|几个单位|几方|哪几家|哪些单位|哪几个单位|哪些部门|谁组成|哪些.{0,2}组成|由.{0,6}组成|组成)", "职责|干什么|做什么|负责|办公室",
					"协作小组由4家组成：县法院、县自然资源局、万全乡政府、竹舟村委会。", D4, "组成吴地矿山生态修复协作小组"),
			new Fact("办公室", "(几个人|几名|几人|多少人|每.{0,6}(几|多少))", "多少钱",
					"生态修复工作办公室由各部门各指派1名工作人员组成。", D4, "办公室由各部门指派1名工作人员组成"));

	/** 「劳役代偿跟司法碳达有啥不一样」「两种路子是哪两种」: the two paths of the 2024 opinions side by side. */
	private static final Pattern BOTH_PATHS = Pattern.compile("(?=.*(劳役|代偿|干活抵|出工抵))(?=.*(碳汇|碳达|买碳))");

	private static final Pattern COMPARES = Pattern.compile("区别|不一样|不同|差别|两样|差在哪|哪个好|选哪|怎么选|还是");

	private static final Pattern TWO_WAYS = Pattern.compile("(哪两种|两种|两条|两个)(方式|路子|办法|途径|路径|模式|修复方式)");

	private static final Pattern EFFECT = Pattern.compile("效果|等量|等效|追求|补偿|实现(什么|啥)|达到(什么|啥)|目标");

	/** 「两条路各自实现什么补偿」: what each path achieves, said in the last phrase of each path's clause. */
	private static final Pattern ASKS_EFFECT = Pattern.compile("(什么|啥|哪种|哪样|怎样)(样的?)?(补偿|效果)|(补偿|效果).{0,3}(是什么|是啥|有啥|有什么|区别|不同|一样)|等量.{0,6}等效|等效.{0,6}等量");

	static Optional<ManagerRoles.Lead> twoPaths(String question, List<Chunk> chunks) {
		String q = Thesaurus.normalize(question);
		// what each path achieves (等量补偿, 等效补偿) is said at the end of its clause, which search finds
		if (!BOTH_PATHS.matcher(q).find() && ASKS_EFFECT.matcher(q).find()) {
			return onePathEffect(q, chunks);
		}
		if (!((BOTH_PATHS.matcher(q).find() && COMPARES.matcher(q).find()) || TWO_WAYS.matcher(q).find()
				|| (BOTH_PATHS.matcher(q).find() && ASKS_EFFECT.matcher(q).find()))) {
			return Optional.empty();
		}
		if (EFFECT.matcher(q).find()) {
			return effects(q, chunks);
		}
		Optional<ManagerRoles.Quote> labour = ManagerRoles.find(chunks, D13, "经当事人申请通过“劳役代偿”方式");
		Optional<ManagerRoles.Quote> carbon = ManagerRoles.find(chunks, D13, "主动以认购碳汇的形式交纳");
		if (labour.isEmpty() || carbon.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new ManagerRoles.Lead("两条路径：经济困难、无力支付赔偿金的，经本人申请以劳役代偿抵偿赔偿金（“等量补偿”）；"
				+ "经济允许的，主动认购碳汇交纳相关费用，由福建金森碳汇科技有限公司实施替代性修复（“司法碳达”，“等效补偿”）。",
				List.of(labour.get(), carbon.get()), List.of(D13)));
	}

	/** Each path's last phrase: 劳役付出的“等量补偿”, 替代修复的“等效补偿”. */
	private static Optional<ManagerRoles.Lead> effects(String q, List<Chunk> chunks) {
		if (!ASKS_EFFECT.matcher(q).find()) {
			return Optional.empty();
		}
		Optional<ManagerRoles.Quote> labour = ManagerRoles.findPart(chunks, D13, "劳役付出的“等量补偿”");
		Optional<ManagerRoles.Quote> carbon = ManagerRoles.findPart(chunks, D13, "替代修复的“等效补偿”");
		if (labour.isEmpty() || carbon.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new ManagerRoles.Lead("劳役代偿追求劳役付出的“等量补偿”；认购碳汇（“司法碳达”）追求替代修复的“等效补偿”。",
				List.of(labour.get(), carbon.get()), List.of(D13)));
	}

	private static final Pattern LABOUR_PATH = Pattern.compile("劳役|代偿|干活抵|出工抵");

	private static final Pattern CARBON_PATH = Pattern.compile("碳汇|碳达|买碳");

	/** 「认购碳汇这条路追求哪种补偿」: the one path's phrase. */
	private static Optional<ManagerRoles.Lead> onePathEffect(String q, List<Chunk> chunks) {
		boolean labour = LABOUR_PATH.matcher(q).find();
		if (!labour && !CARBON_PATH.matcher(q).find()) {
			return Optional.empty();
		}
		return (labour ? ManagerRoles.findPart(chunks, D13, "劳役付出的“等量补偿”") : ManagerRoles.findPart(chunks, D13, "替代修复的“等效补偿”"))
			.map(quote -> new ManagerRoles.Lead(labour ? "劳役代偿追求劳役付出的“等量补偿”。" : "认购碳汇（“司法碳达”）追求替代修复的“等效补偿”。",
					List.of(quote), List.of(D13)));
	}

	private static final Pattern MINE = Pattern.compile("矿山|吴地");

	/** A second question in the message: 「……，谁建议的、找哪家买？」 */
	private static final Pattern SECOND_QUESTION = Pattern.compile("[？?].+[？?]|[，,、].*(谁|哪|什么|啥|多少|几|怎么|咋).*[，,、].*(谁|哪|什么|啥|多少|几|怎么|咋)");

	private KeyFacts() {
	}

	static Optional<ManagerRoles.Lead> lead(String question, List<Chunk> chunks) {
		String q = Thesaurus.normalize(question).strip();
		if (SECOND_QUESTION.matcher(q).find()) {
			return Optional.empty();
		}
		Optional<ManagerRoles.Lead> paths = twoPaths(q, chunks);
		if (paths.isPresent()) {
			return paths;
		}
		for (Fact fact : FACTS) {
			if (fact.askedBy(q) && fact.lead().startsWith("劳役代偿以") && MINE.matcher(q).find()) {
				// 「劳役代偿是去吴地矿山干活吧」 puts labour at the mine, which is another document's restoration
				return ManagerRoles.find(chunks, fact.doc(), fact.phrase())
					.map(quote -> new ManagerRoles.Lead("文件没有把吴地矿山定为劳役代偿的地点。" + fact.lead()
							+ "吴地矿山是将法〔2024〕4号约定原地修复的矿山，管理人是竹舟村委会。", List.of(quote), List.of(fact.doc())));
			}
			if (fact.askedBy(q)) {
				return ManagerRoles.find(chunks, fact.doc(), fact.phrase())
					.map(quote -> new ManagerRoles.Lead(fact.lead(), List.of(quote), List.of(fact.doc())));
			}
		}
		return Optional.empty();
	}

}
