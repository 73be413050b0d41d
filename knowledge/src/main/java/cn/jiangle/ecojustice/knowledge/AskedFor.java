package cn.jiangle.ecojustice.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.jiangle.ecojustice.knowledge.index.Thesaurus;

/**
 * What a question asks for — an amount of money, a quantity, a duration, a frequency, a sentencing outcome, or a
 * matter (补贴, 发票, 保险 …) that policy documents of this kind leave to practice — and which restoration path it is
 * about. Read from the question's wording alone; whether the documents state it is {@link Answerability}'s call.
 *
 * @param kind the kind of fact asked for
 * @param outcomes sentencing outcomes named (缓刑, 不起诉 …), as the noun used in answers
 * @param lenience whether it asks about lenient sentencing as such (从轻, 量刑, 判轻 …)
 * @param path the restoration path it is about: 认购碳汇, 劳役代偿, or empty
 * @param list whether it asks for a list (哪些, 哪几, 职责 …), which may run longer than a phone screen
 * @param focus what kind of sentence answers it (one naming a place, a body, a time, a purpose), if it says
 * @param subject what the question is about, for 「文件没有规定{subject}的具体金额」 (may be empty)
 */
record AskedFor(Kind kind, List<String> outcomes, boolean lenience, String path, boolean list, Focus focus,
		String subject) {

	static final String CARBON = "认购碳汇";

	static final String LABOUR = "劳役代偿";

	enum Kind {

		/** 多少钱, 价格是多少, 预算, 余额 … */
		AMOUNT("具体金额"),
		/** 几吨, 多少亩, 最多, 上限 … */
		QUANTITY("具体数量"),
		/** 多久, 几个月, 期限, 有效期 … */
		DURATION("具体时间或期限"),
		/** 多久一次, 几次 … */
		FREQUENCY("具体次数"),
		/** anything else: who, where, how, whether … */
		OTHER("");

		final String missing;

		Kind(String missing) {
			this.missing = missing;
		}

	}

	/** The sentence that answers: a place, a body, a time or stage, a purpose. */
	enum Focus {

		WHERE(Pattern.compile("哪里|哪儿|什么地方|啥地方|在哪|去哪|哪个地方"),
				Pattern.compile("基地|场所|地点|所在地|村|乡|县|平台|异地|区域")),
		WHO(Pattern.compile("谁|哪个部门|哪个单位|哪家|哪些单位|什么单位|哪个机关|哪些部门"),
				Pattern.compile("法院|检察院|公安|林业局|自然资源局|公司|村委会|村民委员会|政府|委员会|小组|办公室|单位|部门|专家")),
		WHEN(Pattern.compile("什么时候|何时|啥时候|什么阶段|哪个阶段|什么时间"),
				Pattern.compile("时[，,]|阶段|期间|之前|以后|完成后|定期|时候")),
		/** 「基金的钱能给法院当办公经费吗」: whether money may go to a use, which the sentence on its use settles. */
		USE(Pattern.compile("(钱|资金|经费|款)[^，,。？?]{0,4}(能|可以|可不可以|能不能)[^，,。？?]{0,3}(给|当|拿|用|花|挪|充)"),
				Pattern.compile("用途|专款专用|用于")),
		PURPOSE(Pattern.compile("干嘛|干什么用|做什么用|有什么用|用途|用来|用在|拿来|目的|为了什么|为啥要|为什么要"),
				Pattern.compile("用于|用途|用来|为了|目的|有利于|确保|以便|推动|促进|为进一步|旨在")),
		/** 「这个意见想达到什么目标」: the goal, which a 目标 heading or a 努力/力争 sentence states. */
		GOAL(Pattern.compile("什么目标|啥目标|目标是|想达到|要达到|达到什么|达到啥|想实现|要实现什么|最终目的|最终想|图个啥"),
				Pattern.compile("目标|努力|力争|旨在|最大限度")),
		/** 「买了碳汇算不算修复了」: whether a step counts as something, which a 「视为」 sentence says. */
		STANDING(Pattern.compile("算不算|能不能算|能算|算是|就算|视为|当作|等于|顶得上|抵得上"),
				Pattern.compile("视为|属于|即为|等同")),
		/** 「认购完给开啥东西」: the paper a step earns. */
		PAPER(Pattern.compile("(开|给|发|拿到?|领到?)(个|张|份|点)?(啥|什么)|凭证|凭据|什么证明|啥证明|证明我"),
				Pattern.compile("证明书|证书|凭证|积分")),
		/** 「最后想争个啥名头」: an honour or title, which the documents state as what is striven for or was awarded. */
		HONOUR(Pattern.compile("牌子|名头|称号|荣誉|头衔|名号|招牌|殊荣|名分"),
				Pattern.compile("争创|称号|试点|示范|国家级|省级|全省首个|全国首个|首个")),
		NONE(null, null);

		final Pattern asks;

		final Pattern answers;

		Focus(Pattern asks, Pattern answers) {
			this.asks = asks;
			this.answers = answers;
		}

		/** Whether a sentence (or the headings over it) states this kind of thing. */
		boolean answeredBy(String text) {
			return answers != null && answers.matcher(text).find();
		}

	}

	private static final Pattern FREQUENCY = Pattern
		.compile("(一|两|三|几|半)个?(月|年|季度|周|星期)一次|(一年|一个月|一季度|每年|每月|每季度).{0,4}(几|多少)(次|回)|(按|每)(季度|年|月|周).{0,3}还是|(季度|年|月|周)(一次|一回|弄|搞|开|办)?还是|(多久|多长时间|隔多长|隔多久).{0,8}一(次|回)|几次|多少次|频率|频次|每(年|月|季度|周|星期|天)(开|搞|组织|核销)?几(次|回)"
			// 「是每季度开一次会还是每年开一次」: a period chosen between two, whatever is done in it
			+ "|每(年|月|季度|周|星期|半年)[^，,；;。还]{0,5}一(次|回)[^，,；;。]{0,2}还是|还是每(年|月|季度|周|星期|半年)"
			// 「是每季度去核销一次吗」: whether it is one given period
			+ "|每个?(年|月|季度|周|星期|半年)[^，,；;。]{0,8}一(次|回)"
			// 「每天要打两次卡，是真的吗」: a count of times put up for confirmation
			+ "|每(天|日|周|星期|月|年|季度)[^，,；;。]{0,6}(?<![第首])[两二三四五六七八九十0-9]+(次|回)(?!性)");

	private static final Pattern AMOUNT = Pattern.compile("多少钱|(?<![第首哪])[0-9一二两三四五六七八九十百千万]+(块钱|元|万元)|(?<![第首])([0-9]+|[一二两三四五六七八九十]*[十百千万][一二两三四五六七八九十百千万]*)块|金额(是|有)?多少|多少金额|几(十|百|千)?万(块|元)?|几块钱|几元|几(十|百|千)(块|元)|"
			+ "价(格|钱)?(现在|目前|一般|大概|大约|大致)?(是|为|要)?多少(?!吨|亩|棵|株|立方|方|公顷)|(总额|总金额|数额|额度|总价)(是|有|为)?多少|总额|总金额|多少元|多少万|(?<!按)什么价|(?<!按)啥价|价格(是)?多少|价钱|单价|"
			+ "多少费用|费用(是)?多少|值多少|抵多少|折多少|合多少|(换算|折算|折合)成?钱|预算|余额|(?<!哪个|哪|什么|啥|哪一个)账上|(补贴|补助|工资|工钱|报酬)(是)?多少|"
			+ "(能|可以)?(拿|领|给|发)多少(?!份|张|个|人|名|次|天|吨|亩|棵|株)|(钱|金|费|款|价)[^，,；;。]{0,6}(多少|几何)[?？]?$|"
			// 「每年给乡村振兴拨多少」: a verb of paying with 多少 and no unit after it asks for money
			// 「总共投入了多少资金」: a sum of money named after 多少, or spent by a verb of spending
			+ "多少(资金|经费|钱款|款项|款子|费用|赔偿金|罚金)|"
			+ "(拨|付|交|缴|赔|花|掏|罚|收|筹|募|攒|投入|投资|支出|花费|开支|耗资)(了|掉|集|到)?多少(?!吨|亩|棵|株|立方|方|公顷|平方|只|头|件|份|人|名|位|个|天|年|月|次|回|小时)");

	/** 「钱打到村里那个账上吧」: the account money is sent to names where it goes, not a balance asked for. */
	private static final Pattern MONEY_DESTINATION = Pattern
		.compile("(打|转|拨|存|汇|划|放|进|入|付|交|缴)(到|进|入|在)?[^，,；;。？?]{0,10}账(户|号)?上");

	/** The kind of fact the asking clause asks for; {@code q} is the whole message. */
	private static Kind kind(String asking, String q) {
		Kind kind = Kind.OTHER;
		if (asks(FREQUENCY, asking)) {
			kind = Kind.FREQUENCY;
		}
		else if (asks(AMOUNT, MONEY_DESTINATION.matcher(asking).replaceAll("|")) && !PRICE_BASIS.matcher(asking).find()) {
			kind = Kind.AMOUNT;
		}
		else if (asks(QUANTITY, asking) && !QUANTITY_BASIS.matcher(asking).find()) {
			kind = Kind.QUANTITY;
		}
		else if (THRESHOLD.matcher(asking).find()) {
			kind = Kind.QUANTITY;
		}
		else if (asks(DURATION, asking)) {
			kind = Kind.DURATION;
		}
		if (kind == Kind.OTHER && BARE_HOW_MUCH.matcher(asking).find() && MONEY_NAMED.matcher(q).find()) {
			// 「复绿保证金按什么标准交，大概要多少」: a bare 多少 counts the money the message is about
			kind = Kind.AMOUNT;
		}
		if (kind == Kind.OTHER && FREQUENCY_CHECKED.matcher(asking).find()) {
			// 「每月通报一次吗」: a yes/no on a given period asks how often, whatever the question word
			kind = Kind.FREQUENCY;
		}
		if (kind == Kind.OTHER && (PremiseClaims.heard(q) || YES_NO_TAIL.matcher(q).find())) {
			kind = claimedQuantity(asking);
		}
		return kind;
	}

	/** 「大概要多少」「一共得交多少」: how much, with no unit or noun after it to say of what. */
	private static final Pattern BARE_HOW_MUCH = Pattern
		.compile("^(大概|大约|大致|一般|具体|总共|一共|差不多|估计|到底|通常|最少|最多)?(要|得|需要|是|有|交|缴|付|赔|花|得交|要交|要付|得付)?(个)?多少(钱)?(啊|呢|呀|嘛)?[?？]?$");

	/** A sum of money a message is about. */
	private static final Pattern MONEY_NAMED = Pattern.compile("保证金|赔偿金|罚金|损失费|费用|经费|资金|款项|[^工]费|钱|价|[0-9十百千几]万(?!全)|[0-9十百千几]元|块|花了|花费|开支");

	/** 「是每月一次吗」「半年一回不」: a period put up for confirmation. */
	private static final Pattern FREQUENCY_CHECKED = Pattern.compile("每个?(年|月|季度|周|星期|半年|天|日)[^，,；;。]{0,8}(?<![第首])(一|[两二三四五六七八九十0-9]+)(次|回)(?!性)"
			+ "|(?<![第首0-9])([一两三四五六半]|[0-9]+)个?(月|年|季度|周|星期|天)[^，,；;。]{0,4}(一|[0-9]+)(次|回)(?!性)");

	/** 「认购多少碳汇按什么定」 asks what the quantity follows (the judgment's sum), not how much it is. */
	private static final Pattern QUANTITY_BASIS = Pattern.compile("(按|照|依|依照|按照|根据)(什么|啥|哪个|哪种)(定|算|确定|来定|计算|标准)");

	/** 「收入低于多少才算困难」: a threshold, which the documents never set. */
	private static final Pattern THRESHOLD = Pattern.compile("(低于|高于|超过|不到|少于|多于|达到|满)(多少|几)");

	/** 「照啥价钱买」 asks what the price follows (the guide price), not how much it is. */
	private static final Pattern PRICE_BASIS = Pattern.compile("(按|照|依|依照|按照)(什么|啥|哪个|哪种)(价|价钱|价格|标准)"
			+ "|(价|价钱|价格)(是|要)?(按|照|依|依照|按照)(什么|啥|哪个|哪种)"
			// 「用的是什么价格」: which price is applied, not how much
			+ "|(用|执行|参照|依据|采用|适用|走)的?是?(什么|啥|哪种|哪个)(价|价格|标准)");

	private static final Pattern QUANTITY = Pattern.compile("(?<![哪这那])(几|多少)(户|家)|(?<!哪)(几|多少|多大)(吨|亩|棵|株|立方|方|公顷|平方|只|头|件|份|分|人|名|位|"
			+ "个人|个委员|个案件|个案子|个活动|学生|师生|人次|游客|群众|村民|批|场|期|员工|职工|工人|人手|被告人|被告|当事人|起案|起)|人数|总数|数目|数量(是|有)?多少|多少百分比|百分比(是|要)?多少|百分之多少|多少\\p{IsHan}{0,3}量(?!刑)|(下降|上升|增加|减少|增长|提高)了?多少|(什么|啥|具体)数(字|值)?|多大面积|面积(有)?多大|面积(是)?多少|上限|下限|封顶|起购|最多|最少|最低|最高|至少|起码|多远|有多大|距离多少|"
			// 「至少买多少」「要种多少」: how much of a thing, not of money
			+ "(买|认购|种|栽|植|补植)(了)?多少(?!钱|元|块)|"
			// 「联络员要配几个」: how many people a body puts on a task
			+ "(配|派|设|选|安排|招|聘)了?(几|多少)(个|名|位)|"
			// 「成活率要达到多少」: a rate or share, which only a stated percentage gives
			+ "(率|比例|比率|占比)(现在|目前|已经)?(要|能|得|须|必须)?(达到|达|是|有|在)?(多少|几成|百分之几)|百分之几|几成|(?<!哪)(几|多少)个(联络员|工作人员|专家|陪审员|委员|监督员|专人)"
			// 「陪审员一共有几个」: a total, the thing counted named before it
			+ "|(一共|总共|总计|合计|共)(有|是|选了|选|配了|设了)?(几|多少)(个|名|位|人)?[?？]?$"
			// 「专家陪审员几个」: a terse count at the end of the message
			+ "|(?<!哪)(有|是)?(几|多少)(个|名|位)(啊|呀|呢)?[?？]?$");

	private static final Pattern DURATION = Pattern.compile("多久|多长时间|几年|几个月|几天|几个小时|几小时|几个钟头|几钟头|多少个?钟头|多少个?小时|多少天|多少年|多少个月|"
			+ "几点|期限|有效期|时限|干满|最长|最短|最晚|最迟|多长|哪天|哪一天|工作日|多久内|几日内|固定的?(日子|时间|日期)|哪年哪月|哪一年|几月份|之前(要)?(修完|完成|完工|验收)|"
			+ "到什么时候|什么时候(算)?(结束|完|到期|截止)|截止|"
			+ "(什么时候|啥时候|何时|哪年|哪一年|几月|几号)(能|可以|会|才|就|要|得|必须|应该|应当)?(建成|建好|完成|完工|竣工|修好|修完|开工|开始|启动|成立|生效|施行|实施|到账|批下来|下来)"
			// 「必须在开庭前认购完」「判决前要交清吗」: a deadline, a stage by which a step is done — the documents set none
			+ "|(?<![工])前(?:必须|一定要|一定得|要|得|需要|应当|应该|就)?(?:把)?[^，,。；;？?哪什啥谁]{0,4}?(?:完(?!善|整|全)|完成|完工|办好|交清|付清|结清|到位)(?![^，,。；;？?]*(?:哪|什么|啥|谁|怎么|咋|如何))"
			// 「巡回审判啥时候到我们村来」: the date of a visit, which no clause fixes
			+ "|(什么时候|啥时候|何时|哪天|哪一天)(能|会|才|就|再|又)?(来|到|过来|下乡|进村)(我们|咱们|俺们|我|咱)");

	/** Specific outcomes the documents never grant; each maps to the noun used in 「文件没有规定……与X的关系」. */
	private static final String[][] OUTCOMES = { { "缓刑", "缓刑" }, { "不起诉", "不起诉" }, { "不诉", "不起诉" }, { "被起诉", "不起诉" }, { "起诉到法院", "不起诉" }, { "提起公诉", "不起诉" }, { "公诉", "不起诉" },
			{ "免于刑事处罚", "免于刑事处罚" }, { "免予刑事处罚", "免于刑事处罚" }, { "免于处罚", "免于刑事处罚" }, { "免刑", "免于刑事处罚" },
			{ "免罪", "免于刑事处罚" }, { "免除刑事", "免于刑事处罚" }, { "免除处罚", "免于刑事处罚" }, { "免除刑罚", "免于刑事处罚" }, { "无罪", "免于刑事处罚" }, { "撤案", "撤案" }, { "撤销案件", "撤案" }, { "撤回起诉", "撤回起诉" }, { "撤诉", "撤回起诉" }, { "不追究", "不追究刑事责任" }, { "不再追究", "不追究刑事责任" }, { "免予追究", "不追究刑事责任" },
			{ "少关", "刑期" }, { "关几", "刑期" }, { "关多久", "刑期" }, { "关多长", "刑期" }, { "减刑", "减刑" },
			{ "判几年", "刑期" }, { "判多久", "刑期" }, { "判多少年", "刑期" }, { "坐牢", "刑期" }, { "坐几年", "刑期" },
			{ "关几年", "刑期" }, { "实刑", "刑期" }, { "判刑", "刑期" }, { "判得更重", "从重处罚" }, { "判重", "从重处罚" },
			{ "重判", "从重处罚" }, { "从重", "从重处罚" }, { "加重", "从重处罚" }, { "取保", "取保候审" },
			{ "起诉不", "不起诉" }, { "还起诉", "不起诉" }, { "会不会起诉", "不起诉" }, { "还诉不", "不起诉" },
			{ "认罪认罚", "认罪认罚" } };

	static final Pattern LENIENCE = Pattern.compile("轻重|从轻|从宽|量刑|判轻|轻判|少判|减轻|宽大|照顾|轻一点|轻点|酌情");

	/** Words for being sentenced at all, as opposed to a term (判几年). */
	private static final Pattern GENERIC_SENTENCE = Pattern.compile("判刑|坐牢|判的时候|判决");

	private static final Pattern HOW_MUCH = Pattern.compile("几|多少|多久|多长");

	/** 「对判刑有没有用」: whether it counts at sentencing, which 酌情从轻 answers. */
	private static final Pattern USEFUL = Pattern.compile("有没有用|有用吗|有用没|管用|有没有帮助|有帮助|有没有影响|有影响|起作用|有没有作用|有作用");

	private static final Pattern NOT_BUYING = Pattern.compile("(没钱|没有钱|不想|不打算|没|不)(买|认购)|买不起|认购不起");

	private static final Pattern LABOUR_WORDS = Pattern.compile("劳役|代偿|干活|劳动|出工|做工|打工|出力|补偿林|琵琶丘");

	private static final Pattern CARBON_WORDS = Pattern.compile("碳汇|买碳|购碳|司法碳达");

	private static final Pattern LIST = Pattern.compile("哪些|哪几|都有|有什么职责|职责|干哪|做哪|几样|包括什么|包括哪|主要干|都干|都做");

	private static final Pattern CLAUSE_BREAK = Pattern.compile("[，,；;。！!]");

	private static final Pattern ASKING = Pattern.compile("吗|么|嘛|呢|什么|啥|多少|多久|多长|多大|多远|几|怎么|怎样|如何|谁|哪|是否|能不能|可不可以|"
			+ "有没有|会不会|要不要|是不是|算不算|行不行|\\?|(?<=\\p{IsHan}{2})(不|没|没有)$");

	private static final Pattern EXAMPLE = Pattern.compile("^(比如|例如|譬如|像是)");

	/** A bare tag 「对吗」「是不是」 asks about the clause before it. */
	private static final Pattern TAG = Pattern
		.compile("^(对吗|是吗|是不是|对不对|行吗|行不行|可以吗|好吗|没错吧|对吧|是吧|是这样吗|是这样吧|是真的吗|真的吗|真的假的|是不是真的|是不是这样)\\??$");

	/** Named parts of the mechanism: more precise than the path (碳汇基金 is not 认购碳汇). */
	private static final String[][] PARTS = { { "矿山", "矿山修复" }, { "基金", "碳汇基金" }, { "陪审员", "专家陪审员" },
			{ "志愿", "志愿者团队" }, { "教育基地", "教育基地" }, { "发布会", "新闻发布会" } };

	private static final String[][] SUBJECTS = { { "碳汇", "碳汇" }, { "管理人", "生态修复管理人" } };

	private static final Pattern SPACE_BETWEEN = Pattern.compile("(?<=[\\p{IsHan}A-Za-z0-9])[\\s\u3000]+(?=[\\p{IsHan}A-Za-z0-9])");

	static AskedFor of(String question) {
		String q = Thesaurus.normalize(question);
		String asking = askingClause(q);
		// a space typed between two phrases ends a clause: in 「保证金按什么标准交 大概要多少」 the last phrase asks, and in
		// 「我儿子砍了几棵树被抓了 碳汇去哪里买」 the story's 几 asks nothing; a phrase after a space that only narrows the
		// question (「多久开一次会 每季度？」) leaves it as the whole message reads
		String clauses = Thesaurus.normalize(SPACE_BETWEEN.matcher(question.strip()).replaceAll("，"));
		String spacedAsking = askingClause(clauses);
		boolean asksAlone = !clauses.equals(q) && spacedAsking.length() >= 5 && ASKING.matcher(spacedAsking).find();
		Kind kind = clauses.equals(q) ? Kind.OTHER : kind(spacedAsking, q);
		if (kind == Kind.OTHER && !asksAlone) {
			kind = kind(asking, q);
		}
		Focus focus = Focus.NONE;
		for (Focus f : Focus.values()) {
			if (f.asks != null && f.asks.matcher(asking).find()) {
				focus = f;
				break;
			}
		}
		List<String> outcomes = new ArrayList<>();
		// 「烧了山被起诉 家里拿不出钱」: a space ends the clause that states the prosecution
		for (String[] o : OUTCOMES) {
			if (asksOutcome(clauses, o[0]) && !outcomes.contains(o[1])) {
				outcomes.add(o[1]);
			}
		}
		if (GENERIC_SENTENCE.matcher(q).find() && (LENIENCE.matcher(q).find() || USEFUL.matcher(q).find())
				&& !HOW_MUCH.matcher(q).find()) {
			// 「判刑能轻点不」 asks whether it is lighter, which the documents answer (酌情从轻), not for how long
			outcomes.remove("刑期");
		}
		boolean labour = LABOUR_WORDS.matcher(q).find();
		// 「选了劳役代偿没钱买碳汇」 names carbon only as the path not taken
		boolean carbon = CARBON_WORDS.matcher(q).find() && !(labour && NOT_BUYING.matcher(q).find());
		String path = labour && !carbon ? LABOUR : carbon ? CARBON : "";
		String subject = LABOUR.equals(path) ? path : "";
		for (String[] s : PARTS) {
			if (subject.isEmpty() && q.contains(s[0])) {
				subject = s[1];
			}
		}
		if (subject.isEmpty()) {
			subject = path;
		}
		for (String[] s : SUBJECTS) {
			if (subject.isEmpty() && q.contains(s[0])) {
				subject = s[1];
			}
		}
		boolean lenience = LENIENCE.matcher(q).find() || (GENERIC_SENTENCE.matcher(q).find() && USEFUL.matcher(q).find());
		return new AskedFor(kind, List.copyOf(outcomes), lenience, path, LIST.matcher(asking).find(),
				focus, subject);
	}

	/** 「被判刑的」「判了缓刑的人」「坐牢以后」: the outcome has happened; the question asks something else about it. */
	private static final Pattern OUTCOME_AS_FACT_BEFORE = Pattern.compile("(被|已|已经|判了|得了|获得了?|现在|正在|目前|在办)$");

	/**
	 * 「被起诉了，能…」「被起诉的企业」: the clause that names the outcome ends, or the outcome qualifies a noun; 「对判刑有
	 * 影响吗」「判刑的时候能轻一点吗」 ask about the effect on sentencing (lenience), not for the outcome.
	 */
	private static final Pattern OUTCOME_AS_FACT_AFTER = Pattern
		.compile("^(了(?=[^?？吗吧呢么嘛啊])|了?[，,；;。\\s]|(有|有没有|有啥|有什么)?(影响|帮助|好处|关系|作用)|的时候|时候|时(?!间)|以后|之后|后|期间|的人|的案|的被告|的企业|的单位|的公司|的也|的还|的能|的可以|的又|轻重|的轻重)");

	/** 「会不会被判得更重」: a passive after a modal asks whether it will happen. */
	private static final Pattern WOULD_BE = Pattern.compile("(会|能|要|可能|得)被$");

	/** 「就免刑了」「直接不判刑」: an outcome a heard claim says follows. */
	private static final Pattern CLAIMED_BEFORE = Pattern.compile("就|直接|便|马上|都|不用|可以|能");

	/** Whether the question asks for the outcome, rather than naming one that has already happened. */
	private static boolean asksOutcome(String q, String outcome) {
		for (int i = q.indexOf(outcome); i >= 0; i = q.indexOf(outcome, i + 1)) {
			String before = q.substring(Math.max(0, i - 4), i);
			if (CLAIMED_BEFORE.matcher(before).find() && PremiseClaims.heard(q)) {
				return true; // 「听说干了劳役就不用判刑了，是吧」: the outcome is what the claim promises
			}
			boolean fact = (OUTCOME_AS_FACT_BEFORE.matcher(before).find() && !WOULD_BE.matcher(before).find())
					|| OUTCOME_AS_FACT_AFTER.matcher(q.substring(i + outcome.length())).find();
			if (!fact) {
				return true;
			}
		}
		return false;
	}

	/** 「劳役一天算200块钱是不是」: a yes/no put to a figure the asker already names. */
	private static final Pattern YES_NO_TAIL = Pattern.compile("(吗|吧|(?<![什怎那这多要])么|是不是|对不对|对吗|是吗|没错吧)[?？!！。]*$");

	private static final String FIGURE = "(?<![第首0-9])([0-9]+|[两三四五六七八九十百千万半][0-9一二两三四五六七八九十百千万]*)";

	/** The kinds of figure a claim may name, in the order a figure is read: money, a rate, a period, a count. */
	/** A figure a claim may name, and the kind of fact it is. */
	private record Claimed(Pattern figure, Kind kind) {
	}

	private static final List<Claimed> CLAIMED = List.of(
			// 「花了一百多万」「好几百万」: a sum may start with 一 or 几 and run on with 多/来/余; 「一块去」 is no sum
			new Claimed(Pattern.compile("(?<![第首0-9])(?!一块)([0-9]+|[一两三四五六七八九十百千万半几][0-9一二两三四五六七八九十百千万几]*)(多|来|余)?(块|元|万|千块)"),
					Kind.AMOUNT),
			new Claimed(Pattern.compile("每[^，,。？?]{0,4}" + FIGURE.replace("半", "") + "次|" + FIGURE + "次|"
					+ "([一两三四五六半]|[0-9]+)个?(月|年|季度|周|星期|天)[^，,。？?]{0,4}(一|[0-9]+)次"), Kind.FREQUENCY ),
			new Claimed(Pattern.compile(FIGURE + "个?(年|月|天|日|小时|钟头|周|星期)"), Kind.DURATION),
			new Claimed(Pattern.compile(FIGURE + "(个|人|名|位|吨|亩|棵|株|分|家|户|只|头)"), Kind.QUANTITY));

	/**
	 * 「听说矿山要三年内修完」「听人说验收要请5个人大代表」: a claim naming a figure asks whether that figure holds — which
	 * only a clause stating a figure of that kind can settle.
	 */
	private static Kind claimedQuantity(String asking) {
		// 「2021年那份意见」 names a document by its year; 「2020年评上的」 claims a date
		String figures = asking.replaceAll("(19|20)[0-9]{2}年?(?=那|这|的|发|出|版|印发|文|意见|协议|第?[0-9一二三四五六七八九十]+号)", "");
		for (Claimed claimed : CLAIMED) {
			if (claimed.figure().matcher(figures).find()) {
				return claimed.kind();
			}
		}
		return Kind.OTHER;
	}

	/** A yes/no question after the quantity: 「打了几只野鸡的案子能认购碳汇吗」 asks whether, not how many. */
	private static final Pattern YES_NO_AFTER = Pattern.compile("能不能|可不可以|会不会|是不是|算不算|吗|不[?？]?$|么[?？]?$");

	private static final Pattern QUESTION_MARK = Pattern.compile("[？?]");

	private static final Pattern CONFIRM_TAIL = Pattern
		.compile("(是吧|对吧|是这样吗|是这样吧|是真的吗|真的吗|真的假的|是不是真的|是不是这样|没错吧|对不对)[?？]?$");

	/** Whether the clause asks for the fact the pattern names, rather than mentioning it before a yes/no question. */
	private static boolean asks(Pattern pattern, String clause) {
		Matcher m = pattern.matcher(clause);
		boolean found = false;
		while (!found && m.find()) {
			found = !severalSaid(clause, m.start());
		}
		if (!found) {
			return false;
		}
		String rest = clause.substring(m.end());
		Matcher mark = QUESTION_MARK.matcher(rest);
		if (mark.find()) {
			// 「多久开一次会？每季度一次吗」: the yes/no after the question mark is a second question, not this one's
			rest = rest.substring(0, mark.start());
		}
		// 「每天要打两次卡是真的吗」: the tag asks to confirm the count, it is no other yes/no question
		rest = CONFIRM_TAIL.matcher(rest).replaceFirst("");
		// 「预算是几百万吗」: the amount itself (even a rough 几百万) is what the yes/no asks about
		return !YES_NO_AFTER.matcher(rest).find() || rest.replaceAll("[是吗呢么嘛啊吧?？\\s0-9几一二两三四五六七八九十百千万亿元块]", "").isEmpty();
	}

	/** 「一拖好几年」「这几天」「十几年」: a 几 after 好/这/那/十/没 says a number, it asks none. */
	private static boolean severalSaid(String clause, int at) {
		if (clause.charAt(at) != '几') {
			return false;
		}
		// (「能顶几十块」 still asks: a 几 before 十 is a rough amount asked for)
		return at > 0 && "好这那十没".indexOf(clause.charAt(at - 1)) >= 0;
	}

	/**
	 * The clause that carries the question: in 「我砍了几棵树，能不能买碳汇」 the 几棵 tells what happened, the last
	 * clause asks; a bare tag (「……，对吗」) asks about the clause before it.
	 */
	static String askingClause(String q) {
		String[] clauses = CLAUSE_BREAK.split(q);
		for (int i = clauses.length - 1; i >= 0; i--) {
			String c = clauses[i].strip();
			if (c.isEmpty()) {
				continue;
			}
			if (TAG.matcher(c).matches() && i > 0) {
				return clauses[i - 1] + c;
			}
			if (EXAMPLE.matcher(c).find()) {
				continue; // 「……的上限，比如不超过半年？」: the example illustrates the clause before it
			}
			if (c.startsWith("还是") && i >= 2 && contentAsked(clauses, i - 1)) {
				// 「要修成啥样，只是栽几棵树，还是……」: the two alternatives illustrate the question before them;
				// a 几 inside them is 'a few', not a count asked
				i--;
				continue;
			}
			if (ASKING.matcher(c).find()) {
				return c;
			}
		}
		return q;
	}

	/** A question word asking for content (not 几, which inside an alternative means 'a few'). */
	private static final Pattern CONTENT_ASKED = Pattern.compile("什么|啥|怎么|怎样|如何|哪|谁|多少|多久|多大");

	/** Whether a clause before {@code end} asks for content itself. */
	private static boolean contentAsked(String[] clauses, int end) {
		for (int j = 0; j < end; j++) {
			if (CONTENT_ASKED.matcher(clauses[j]).find()) {
				return true;
			}
		}
		return false;
	}

	/** Whether the question is about a sentencing outcome at all (for the notice). */
	boolean aboutOutcome() {
		return !outcomes.isEmpty() || lenience;
	}

	/** 「一年开几次」 asks for a count, which 定期 does not give; 「多久开一次」 asks for an interval, which it does. */
	private static final Pattern COUNT = Pattern.compile("(几|多少)(次|回)");

	/** 「按季度还是按年」 chooses a period, which 定期 does not give. */
	private static final Pattern PERIOD_CHOICE = Pattern
		.compile("(季度|年|月|周).{0,3}还是|还是.{0,3}(季度|年|月|周)|(一|两|三|几|半)个?(月|年|季度|周|星期)一次"
				+ "|每个?(年|月|季度|周|星期|半年)[^，,；;。]{0,8}一(次|回)"
			// 「每天要打两次卡，是真的吗」: a count of times put up for confirmation
			+ "|每(天|日|周|星期|月|年|季度)[^，,；;。]{0,6}(?<![第首])[两二三四五六七八九十0-9]+(次|回)(?!性)");

	private static final Pattern PERIOD = Pattern.compile("每(年|月|季度|周|半年)|(按|每)(年度|季度|月度)");

	private static final Pattern NUMBER_COUNT = Pattern.compile("(?<![第首])([0-9]+|[一二两三四五六七八九十百千万]+)(次|回)(?!性)");

	/** Whether a text states the frequency asked: a number of times for a count, also 定期 for an interval. */
	static boolean statesFrequency(String normalizedQuestion, String normalizedText) {
		if (PERIOD_CHOICE.matcher(askingClause(normalizedQuestion)).find()) {
			return PERIOD.matcher(normalizedText).find();
		}
		return COUNT.matcher(askingClause(normalizedQuestion)).find() ? NUMBER_COUNT.matcher(normalizedText).find()
				: states(Kind.FREQUENCY, normalizedText);
	}

	/** Whether a text states a fact of {@code kind}: a number with a fitting unit (定期 answers a frequency). */
	static boolean states(Kind kind, String normalizedText) {
		Pattern p = switch (kind) {
			case AMOUNT -> NUMBER_AMOUNT;
			case QUANTITY -> NUMBER_QUANTITY;
			case DURATION -> NUMBER_DURATION;
			case FREQUENCY -> NUMBER_FREQUENCY;
			case OTHER -> null;
		};
		if (p == null) {
			return true;
		}
		Matcher m = p.matcher(normalizedText);
		return m.find();
	}

	private static final String NUMBER = "(?<![第首])([0-9]+|[一二两三四五六七八九十百千万]+)";

	private static final Pattern NUMBER_AMOUNT = Pattern.compile(NUMBER + "(元|万元|块)");

	private static final Pattern NUMBER_QUANTITY = Pattern
		.compile(NUMBER + "(吨|亩|棵|株|立方|公顷|平方|只|件|份|人|名|位|个人|个委员|个案件)");

	private static final Pattern NUMBER_DURATION = Pattern.compile(NUMBER + "(年|个月|月|天|日|小时|周|星期)");

	/** 定期 answers 「多久开一次会」 as far as the documents go; 一定期间 is not 定期. */
	/** 「定期」 is no interval: the documents say a thing recurs, not how often (see {@link Answerability}). */
	private static final Pattern NUMBER_FREQUENCY = Pattern.compile("每(年|月|季度|周)|" + NUMBER + "次(?!性)");

	private static final Pattern ASKED_UNIT = Pattern.compile("(?:几|多少|多大)(吨|亩|棵|株|立方|方|公顷|平方|只|头|件|份|分|人|名|位|个人)");

	private static final java.util.Set<String> PEOPLE = java.util.Set.of("人", "名", "位", "个人");

	/**
	 * Whether a text states the quantity asked: 「种多少棵树」 needs a number of 棵, not the 「1名工作人员」 elsewhere in
	 * the clause; a question naming no unit (最多, 上限) takes any counted number; a question for a total (一共几个人)
	 * is not answered by a number per unit (各部门指派1名).
	 */
	static boolean statesQuantity(String normalizedQuestion, String normalizedText) {
		if (ASKS_BODIES.matcher(askingClause(normalizedQuestion)).find() && LISTS_BODIES.matcher(normalizedText).find()) {
			return true;
		}
		Matcher asked = ASKED_UNIT.matcher(normalizedQuestion);
		if (AREA.matcher(askingClause(normalizedQuestion)).find()) {
			// 「有多大面积」 takes an area, not the 1名工作人员 elsewhere in the clause
			return AREA_STATED.matcher(normalizedText).find();
		}
		boolean total = TOTAL.matcher(normalizedQuestion).find();
		String unit = asked.find() ? asked.group(1) : null;
		Matcher stated = NUMBER_QUANTITY.matcher(normalizedText);
		while (stated.find()) {
			String u = stated.group(2);
			boolean fits = unit == null || u.equals(unit) || (PEOPLE.contains(unit) && PEOPLE.contains(u));
			if (fits && !(total && perUnit(normalizedText, stated.start()))) {
				return true;
			}
		}
		return false;
	}

	/** 「几家一起搞的」 asks how many bodies, which a clause listing them answers. */
	private static final Pattern ASKS_BODIES = Pattern.compile("(几|多少)(家|个单位|个部门|个机关)");

	private static final Pattern LISTS_BODIES = Pattern
		.compile("(法院|检察院|公安局|林业局|自然资源局|政府|公司|村委会|委员会)、[^。；;]{0,30}(法院|检察院|公安局|林业局|自然资源局|政府|公司|村委会|委员会)");

	private static final Pattern AREA = Pattern.compile("面积|多大|多宽|多广|占地");

	private static final Pattern AREA_STATED = Pattern.compile(NUMBER + "(亩|公顷|平方)");

	/** 一共、总共 …: a question for a total. */
	private static final Pattern TOTAL = Pattern.compile("一共|总共|总计|合计|共有|加起来|总数|总人数");

	/** 「各部门指派1名」「每人」: a number stated per unit, which does not give a total. */
	private static final Pattern PER_UNIT = Pattern.compile("[各每][^，,。；;]{0,10}$");

	private static boolean perUnit(String text, int numberStart) {
		return PER_UNIT.matcher(text.substring(Math.max(0, numberStart - 12), numberStart)).find();
	}

}
