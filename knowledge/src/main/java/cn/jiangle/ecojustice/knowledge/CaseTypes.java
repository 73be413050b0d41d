package cn.jiangle.ecojustice.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import cn.jiangle.ecojustice.knowledge.index.Thesaurus;
import cn.jiangle.ecojustice.knowledge.ingest.Chunk;

/**
 * 「偷砍了人家的树，能买碳汇不」「排污的案子适用碳汇认购吗」 ask whether a kind of case may take the carbon path. The
 * 2021 opinions list the crimes (盗伐、滥伐林木罪 … 污染环境罪); when the question names one of them — in the words
 * families use (偷砍, 烧山, 下套子, 偷排) — the answer leads with 「可以。」 and the crime's name, then quotes the list.
 * A crime the list does not name gets no lead: the list ends in 「等」, which search and the clause leave open.
 */
final class CaseTypes {

	private static final String D21 = "将法〔2021〕17号";

	/** A crime as the list names it, and the words people use for it. */
	private record Crime(String name, Pattern words) {
	}

	private static final List<Crime> CRIMES = List.of(
			new Crime("盗伐林木罪", Pattern.compile("盗伐|偷砍|偷伐|盗砍|砍了?人家|砍了?别人|偷树")),
			new Crime("滥伐林木罪", Pattern.compile("滥伐|乱砍|自家山上的树|自家的树|承包山的树|无证砍|超量砍")),
			new Crime("非法占用农用地罪", Pattern.compile("占用农用地|占用林地|占了林地|占林地|毁林开垦|毁林开荒|开垦|占农田|占了农用地|占了农田")),
			new Crime("危害国家重点保护植物罪", Pattern.compile("红豆杉|兰花|保护植物|保护的野生植物|珍稀植物|古树")),
			new Crime("失火罪", Pattern.compile("失火|烧山|山火|烧荒|烧纸|引发火灾|引起火灾|把林子烧|把山林烧")),
			new Crime("危害珍贵、濒危野生动物罪", Pattern.compile("穿山甲|保护动物|濒危|珍贵.{0,2}动物|白鹇|野生动物")),
			new Crime("非法狩猎罪", Pattern.compile("打猎|狩猎|下套|捕猎|猎捕|打野猪|偷猎")),
			new Crime("污染环境罪", Pattern.compile("污染环境|污染类|污染案|污染犯罪|排污|偷排|废水|废渣|污水")));

	private static final Pattern CARBON = Pattern.compile("碳汇|这条路|这个办法|这个政策|这个机制|范围|适用");

	private static final Pattern WHETHER = Pattern.compile(
			"吗|(?<!什)么|不[?？]?$|没[?？]?$|是不是|能不能|可不可以|行不行|算不算|属不属于|属于|适用|适不适用|能走|可以走|在不在|是真的");

	/** Questions about how much, how, where or when are not questions of whether the case qualifies. */
	private static final Pattern OTHER = Pattern.compile("多少|几|怎么|如何|哪里|哪儿|去哪|在哪|谁|啥时候|什么时候|流程|程序|"
			// 「买了算不算已经修复了」「对判刑有没有用」 ask what buying earns, which its own sentences say
			+ "修复了|履行|从轻|轻判|判轻|量刑|判刑|有用|有没有用|作用|帮助|影响|抵消|抵|"
			// 「列举了哪些罪名」 asks for the list, which the clause quotes
			+ "哪些|哪几|列举了|"
			// 「买了以后会给个什么凭证」 asks what follows buying
			+ "什么|啥|以后|之后|然后|接下来|凭证|证明|证书|积分|收据|发票");

	/** 「是不是只有盗伐滥伐的案子才能买」: the list is longer than the crimes named. */
	private static final Pattern ONLY = Pattern.compile("只有|只能|只针对|只适用|只限|仅限|仅仅|光是|只是");

	/** 「除林木和野生动物类案件外，污染类的呢」: crimes named to be set aside. */
	private static final Pattern EXCEPT = Pattern.compile("除了?[^，,？?]{1,20}?(以外|之外|外)");

	/** An agency as the subject of what it may do: 「检察院可以建议……吗」, not 「派出所在查，能买吗」. */
	private static final Pattern AGENCY_MAY = Pattern.compile(".{0,3}(可以|可不可以|能不能|能|会不会|会|要不要|要|应当|应该|该|负责|引导|鼓励|建议|有没有权|有权)");

	/**
	 * A stage of the proceedings asked about by an agency's officer: 「我是派出所的……侦查阶段我们能不能先提认购碳汇」 asks
	 * what the agency may do then, which its own clause says, not whether the case qualifies (a family's 「派出所立案了
	 * 还能买吗」 does).
	 */
	private static final Pattern STAGE = Pattern.compile("侦查|审查起诉|立案|起诉阶段|办案阶段|侦办");

	private static final Pattern OFFICER = Pattern.compile("我是|我们(?!家)|咱们(?!家)|我这边|我们这边");

	/** The list's own sentence; the lead is only given while the documents still hold it. */
	private static final String LIST = "盗伐、滥伐林木罪";

	private CaseTypes() {
	}

	private static boolean agencyMay(Pattern body, String q) {
		var m = body.matcher(q);
		while (m.find()) {
			if (AGENCY_MAY.matcher(q).region(m.end(), q.length()).lookingAt()) {
				return true;
			}
		}
		return false;
	}

	static Optional<ManagerRoles.Lead> lead(String question, List<Chunk> chunks) {
		String q = EXCEPT.matcher(Thesaurus.normalize(question)).replaceAll("");
		if (!CARBON.matcher(q).find() || !WHETHER.matcher(q).find() || OTHER.matcher(q).find()
				|| ManagerRoles.BODIES.stream().anyMatch(b -> agencyMay(b.words(), q))
				|| STAGE.matcher(q).find() && OFFICER.matcher(q).find()
						&& ManagerRoles.BODIES.stream().anyMatch(b -> b.words().matcher(q).find())) {
			return Optional.empty(); // 「民警可以引导……不」 asks what an agency may do, which its own clause says
		}
		// 「失火的也能买吗，还是只有砍树的才行」 asks about the crime before 只有; the one after is the doubt
		var only = ONLY.matcher(q);
		int onlyAt = only.find() ? only.start() : -1;
		List<String> named = new ArrayList<>();
		List<String> before = new ArrayList<>();
		for (Crime crime : CRIMES) {
			var m = crime.words().matcher(q);
			if (m.find()) {
				named.add(crime.name());
				if (onlyAt > 0 && m.start() < onlyAt) {
					before.add(crime.name());
				}
			}
		}
		if (named.isEmpty()) {
			return Optional.empty();
		}
		boolean onlyDoubt = onlyAt >= 0 && before.isEmpty();
		if (onlyAt >= 0 && !before.isEmpty()) {
			named = before;
		}
		Optional<ManagerRoles.Quote> list = ManagerRoles.find(chunks, D21, LIST);
		if (list.isEmpty() || named.stream().anyMatch(c -> !Thesaurus.normalize(list.get().sentence())
			.contains(Thesaurus.normalize(c.replace("林木罪", ""))))) {
			return Optional.empty();
		}
		String lead = onlyDoubt
				? "不是只有" + String.join("、", named) + "。文件列举的案件还包括其他破坏林木、林地资源，破坏野生动物资源和污染环境的犯罪，见下列条文。"
				: "可以。文件列举的案件包括" + String.join("、", named) + "，由县检察院建议被告人向福建金森碳汇科技有限公司认购碳汇。";
		return Optional.of(new ManagerRoles.Lead(lead, List.of(list.get()), List.of(D21)));
	}

	private static final Pattern LABOUR = Pattern.compile("劳役|代偿|干活抵|出工抵|劳动抵|以劳代赔|干活顶");

	private static final String D13 = "将法〔2024〕13号";

	/**
	 * 「盗伐林木的能走劳役代偿吗」: the 2024 opinions give labour compensation no list of crimes; their condition is being
	 * unable to pay, on the party's application. The crime list of the carbon path is not quoted for it.
	 */
	static Optional<ManagerRoles.Lead> labour(String question, List<Chunk> chunks) {
		String q = Thesaurus.normalize(question);
		if (!LABOUR.matcher(q).find() || CARBON_WORDS.matcher(q).find() || !WHETHER.matcher(q).find()
				|| OTHER.matcher(q).find() || CRIMES.stream().noneMatch(c -> c.words().matcher(q).find())) {
			return Optional.empty();
		}
		// the crimes named are said to be the carbon path's list, so no clause is added to answer them
		String named = String.join("、", CRIMES.stream().filter(c -> c.words().matcher(q).find()).map(Crime::name).toList());
		return ManagerRoles.find(chunks, D13, "经当事人申请通过“劳役代偿”方式")
			.map(quote -> new ManagerRoles.Lead("文件没有按罪名限定劳役代偿（" + named + "等罪名的列举是针对认购碳汇的）；劳役代偿的条件是当事人经济困难、无力支付生态修复赔偿金，并经当事人申请。",
					List.of(quote), List.of(D13)));
	}

	private static final Pattern CARBON_WORDS = Pattern.compile("碳汇|碳达|买碳");

}
