package cn.jiangle.ecojustice.knowledge;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.jiangle.ecojustice.knowledge.index.Thesaurus;
import cn.jiangle.ecojustice.knowledge.ingest.Chunk;

/**
 * 「听说基金管委会主任是林业局局长，对吧」「碳汇是向法院核销的吗」「验收是自然资源局单独搞的吧」 claim that a body holds a
 * role the documents give to another, or only to one of several. Such a question is settled by the sentence naming the
 * holder even when a word of its premise (兼任, 单独) appears nowhere in the documents: it gets 「不是。」 (or 「是。」)
 * with who holds the role, and that sentence — never 「文件没有规定」.
 *
 * <p>
 * A claim is only judged when every body it names is clearly a holder or clearly not one; a body with a lesser part
 * (the agencies a labour manager reports to, the bureau assisting an acceptance) leaves the lead to the statement
 * alone. Each role is tied to a phrase of its document and used only while the indexed documents contain it.
 */
final class RoleClaims {

	private static final String D21 = "将法〔2021〕17号";

	private static final String D13 = "将法〔2024〕13号";

	private static final String D4 = "将法〔2024〕4号";

	/** A body a claim may name. */
	private record Body(String name, Pattern words) {

		Body(String name, String words) {
			this(name, Pattern.compile(words));
		}

	}

	private static final List<Body> BODIES = List.of(new Body("法院", "法院|法官|院长|审判庭|生态庭"),
			new Body("检察院", "检察|公诉|二检"), new Body("公安局", "公安|派出所|警察|民警"), new Body("林业局", "林业局|林业部门|林业站|林草局|林业系统|林业上"),
			new Body("自然资源局", "自然资源|自资|国土|资源局"), new Body("乡政府", "乡政府|乡人民政府|镇政府|乡里|政府"),
			new Body("村委会", "村委|村民委员会|村干部"), new Body("金森", "金森|碳汇公司|那家公司|这家公司|公司"),
			new Body("人大政协", "人大|政协"), new Body("协作小组", "协作小组|小组"),
			new Body("管委会", "管委会|管理委员会|委员会"),
			new Body("当事人", "被告人?自己|当事人自己|我们?自己|自己去|家属|个人"));

	/**
	 * @param topic the question is about this role
	 * @param doer bodies the question names as the one acting, not as the claimed holder (金森 核销 at …)
	 * @param holders bodies that hold the role
	 * @param partial bodies with a lesser part: no 是/不是 when one is claimed
	 * @param phrases the phrases of {@code doc} whose sentences back the statement
	 * @param within whether the claimed body must be named inside the topic words (「到法院去买」, not 「村委会的人说去买」)
	 */
	private record Role(Pattern topic, Set<String> doer, Set<String> holders, Set<String> partial, String statement,
			String doc, List<String> phrases, boolean within) {

		Role(String topic, Set<String> doer, Set<String> holders, Set<String> partial, String statement, String doc,
				String... phrases) {
			this(Pattern.compile(topic), doer, holders, partial, statement, doc, List.of(phrases), false);
		}

		Role inside() {
			return new Role(topic, doer, holders, partial, statement, doc, phrases, true);
		}

		String phrase() {
			return phrases.get(0);
		}

	}

	private static final String MINE = "矿山|万全|吴地|竹舟|4号|协议|村委";

	private static final String LABOUR = "劳役|代偿|干活|出工|劳动";

	private static final List<Role> ROLES = List.of(
			new Role("(?<!副|村|办公室|办)主任", Set.of(),
					Set.of("法院"), Set.of(), "基金管理委员会的主任是县法院院长。", D21, "成立以县法院院长为主任"),
			new Role("副主任", Set.of(),
					Set.of("法院", "检察院", "林业局", "金森"), Set.of(),
					"基金管理委员会的副主任是县法院分管副院长、县检察院分管副检察长、县林业局副局长与福建金森碳汇科技有限公司法定代表人。", D21,
					"与福建金森碳汇科技有限公司法定代表人为副主任"),
			new Role("核销", Set.of("金森"), Set.of("林业局"), Set.of(), "碳汇核销由福建金森碳汇科技有限公司定期向林业局进行。", D13,
					"定期向林业局进行碳汇核销"),
			new Role("(建议|提议|叫|让|要求|劝|动员).{0,8}(买|认购)", Set.of(), Set.of("检察院"), Set.of("公安局"),
					"文件规定由县检察院建议被告人向福建金森碳汇科技有限公司认购碳汇；公安局、检察院在立案侦查、审查起诉时也鼓励和引导当事人自愿认购。",
					D21, "由县检察院依据生态复绿补植等相关规定"),
			new Role("(到|去|在|找)[^，,。？?]{0,8}(买|认购|扫码|(交|付|缴)(钱|现金|费|款))", Set.of("当事人"), Set.of("金森"), Set.of(),
					"碳汇到福建金森碳汇科技有限公司扫“碳汇认购二维码”认购。", D21, "可以至福建金森碳汇科技有限公司通过扫",
					PurchasePlace.RECOMMENDED).inside(),
			new Role("(行政)?主管部门|上级(主管)?(部门|单位)", Set.of(), Set.of("乡政府"), Set.of(),
					"生态修复管理人（竹舟村委会）的行政主管部门是将乐县万全乡人民政府。", D4, "将乐县万全乡人民政府作为生态修复管理人的行政主管部门",
					"万全乡人民政府作为竹舟村的上级行政主管部门"),
			new Role("发起人|发起方|发起的", Set.of(), Set.of("法院"), Set.of(), "吴地矿山生态修复的执行发起人是将乐县人民法院。", D4,
					"由将乐县人民法院担任生态修复执行发起人"),
			new Role("协作方|(?=.*(" + MINE + ")).*指导", Set.of(), Set.of("自然资源局"), Set.of(), "吴地矿山生态修复的指导协作方是将乐县自然资源局。", D4,
					"将乐县自然资源局作为生态修复指导协作方"),
			new Role("(?=.*(" + MINE + ")).*(验收|修没修好|修好没|修得好不好|合不合格|合格不合格|达不达标|算不算修好|算修好)", Set.of(), Set.of("法院", "协作小组"), Set.of("自然资源局", "人大政协", "村委会"),
					"矿山修复成果的验收由县人民法院组织，自然资源局协助指导；管理人向协作小组汇报修复成果，由协作小组完成验收。", D4,
					"协助指导县人民法院完成生态环境修复成果的验收", "由协作小组完成验收"),
			new Role("(?=.*(碳汇|碳达|认购))(?!.*(" + LABOUR + ")).*((动手|具体|实际|真正)(修复|实施|干|做|搞)|实施人|执行人)", Set.of(), Set.of("金森"), Set.of(),
					"认购碳汇替代修复由福建金森碳汇科技有限公司作为生态修复管理人和实际实施人；林业局对生态修复项目进行技术指导。", D13,
					"为生态修复管理人和实际实施人"),
			new Role("(?=.*(" + LABOUR + ")).*(验收|评估)", Set.of(), Set.of("金森"), Set.of(),
					"劳役代偿的修复效果由生态修复管理人福建金森碳汇科技有限公司评估和验收。", D13, "修复效果进行评估和验收"),
			new Role("(?=.*(" + LABOUR + ")).*(报告|汇报|披露|通报|上报|报给|报到|报送|报(?=.{0,2}(法院|检察|公安|林业)))", Set.of("金森"), Set.of("法院", "检察院", "公安局", "林业局"),
					Set.of(), "劳役代偿的修复进展情况和修复成果由管理人福建金森碳汇科技有限公司及时向法院、检察院、公安局、林业局报告披露。", D13,
					"及时向法院、检察院、公安局、林业局报告披露"),
			new Role("(?=.*(" + LABOUR + ")).*(监督|看着|盯着|管着|监管|组织)", Set.of(), Set.of("金森"),
					Set.of("法院", "检察院", "公安局", "林业局"),
					"劳役代偿由生态修复管理人福建金森碳汇科技有限公司组织实施，对修复过程进行监督和管理，并将修复进展情况和修复成果及时向法院、检察院、公安局、林业局报告披露。",
					D13, "对修复过程进行监督和管理"),
			new Role("^(?!.*(" + MINE + ")).*技术指导", Set.of(), Set.of("林业局"), Set.of("自然资源局"), "对生态修复项目进行技术指导的是将乐县林业局。", D13,
					"将乐县林业局对生态修复项目进行技术指导"),
			new Role("推荐.{0,8}(专家|陪审员|调解员)|(专家|陪审员|调解员).{0,8}推荐", Set.of(), Set.of("林业局", "金森"), Set.of(),
					"林业碳汇专家由将乐县林业局、福建金森碳汇科技有限公司从其专家队伍中推荐，由县法院依照法定程序选任为人民陪审员或聘请为特邀调解员。", D21,
					"从其专家队伍中推荐林业碳汇专家"),
			new Role("(选任|选定|任命|聘请|聘任).{0,8}(专家|陪审员|调解员)|(专家|陪审员|调解员).{0,8}(选任|选的|任命|聘请|聘的|聘任)", Set.of(),
					Set.of("法院"), Set.of("林业局", "金森"),
					"林业碳汇专家由将乐县林业局、福建金森碳汇科技有限公司从其专家队伍中推荐，由县法院依照法定程序选任为人民陪审员或聘请为特邀调解员。", D21,
					"由县法院依照法定程序选任为人民陪审员"),
			new Role("(资金|钱|款).{0,8}(审批|批准|批|拨付|拨)|(审批|批准|拨付).{0,8}(资金|钱|款)", Set.of("村委会"), Set.of("法院"),
					Set.of("自然资源局"), "吴地矿山的生态修复资金由县人民法院统筹专项管理和审批，管理人提交材料申领拨付款项。", D4,
					"统筹生态修复资金的专项管理和审批"),
			new Role("基金.{0,8}(谁管|管的|管着|管理(?!委)|归谁|由谁|负责)|(谁|哪个部门).{0,4}管.{0,6}基金", Set.of(), Set.of("管委会"),
					Set.of("法院"), "生态司法碳汇基金由基金管理委员会（主任为县法院院长）定期召开专题会议，讨论、审核基金使用情况，实行专款专用。", D21,
					"讨论、审核基金使用情况"));

	private static final Pattern PURCHASE = Pattern.compile("碳汇|认购|买");

	/** The question checks a claim (hearsay, a tag question, 是不是) rather than asking openly. */
	private static final Pattern CLAIM = Pattern.compile(
			"听说|听讲|听人|据说|有人说|人家说|人家讲|我记得|好像|是吧|对吧|吧[？?。！!]*$|对不对|是不是|是否|真的假的|是真的|是这样|没错|对吗|对么|对嘛|吗[？?。！!]*$|么[？?。！!]*$|不是.{0,12}吗|(?<!什)么[？?]");

	/** The message asks something besides who holds the role: 「法院建议买碳汇的话能从轻吗」. */
	private static final Pattern OTHER = Pattern.compile(
			"怎么|如何|多少|多久|几[个次天年月吨位名家]|什么|啥|干嘛|哪里|哪儿|什么时候|哪天|从轻|轻判|减刑|缓刑|坐牢|能不能|可不可以|会不会|要不要|需不需要|行不行|能否|"
					+ "能.{0,10}吗|可以.{0,10}吗|(?<![委员协大社])会.{0,10}吗|为什么|为啥|每.{0,3}(季度|月|年|周|天|次)|一次|次数|频率|定期|"
					// 「检察院建议买碳汇是写在起诉书里吗」 asks where the step is recorded, not who takes it
					+ "写在|写进|写到|写入|记在|记入|载明|写明|注明|体现在|书面|口头|起诉书|判决书|建议书|文书");

	/** Only one body was claimed where the role has several: 「只向法院报告」. */
	private static final Pattern ONLY = Pattern.compile("只|仅|光|单独|独自|全权|一家|说了算|牵头|主持|主导|"
			+ "自己(?=验收|组织|决定|审批|搞|弄|定|批|任命|选|聘|指定)");

	/** 副院长, 副检察长 and 副局长 are vice-chairs, not the chair. */
	private static final Pattern DEPUTY = Pattern.compile("副(院长|检察长|局长)|分管");

	/** The committee's members: the heads of the court's environment tribunal and the procuratorate's second division, the integrity supervisor. */
	private static final Pattern MEMBER = Pattern.compile("负责人|审判庭|生态庭|环境庭|庭长|检察部|二检|廉政监督员|监督员");

	private static final String MEMBER_STATEMENT = "县法院生态环境审判庭负责人、县检察院第二检察部负责人和廉政监督员是基金管理委员会的委员。";

	/** A second question in the message is another matter: the lead answers only a message asking one thing. */
	private static final Pattern SECOND_QUESTION = Pattern.compile("[？?].+[？?]|(还有|另外|顺便|以及).{2,}[？?吗]");

	private RoleClaims() {
	}

	/** The lead for a question claiming who holds a role, if it is one the documents settle. */
	static Optional<ManagerRoles.Lead> lead(String question, List<Chunk> chunks) {
		String q = Thesaurus.normalize(question);
		if (!CLAIM.matcher(q).find() || SECOND_QUESTION.matcher(q).find() || OTHER.matcher(q).find()) {
			return Optional.empty();
		}
		for (Role role : ROLES) {
			Matcher topic = role.topic().matcher(q);
			// a place of paying is the place of buying carbon sinks only in a question about them
			if (!topic.find() || (role.within() && !PURCHASE.matcher(q).find())) {
				continue;
			}
			Set<String> claimed = claimed(q, role, topic.start(), topic.end());
			if (claimed.isEmpty()) {
				continue;
			}
			String verdict = verdict(q, role, claimed);
			if (verdict.isEmpty()) {
				return Optional.empty(); // a body with a lesser part, or holders beside others: the clauses say it
			}
			List<ManagerRoles.Quote> quotes = new ArrayList<>();
			for (String phrase : role.phrases()) {
				Optional<ManagerRoles.Quote> quote = phrase.equals(PurchasePlace.RECOMMENDED)
						? PurchasePlace.recommended(chunks) : ManagerRoles.find(chunks, role.doc(), phrase);
				if (quote.isEmpty()) {
					return Optional.empty();
				}
				quotes.add(quote.get());
			}
			return Optional.of(new ManagerRoles.Lead(verdict + role.statement(), List.copyOf(quotes), List.of(role.doc())));
		}
		return Optional.empty();
	}

	private static String verdict(String q, Role role, Set<String> claimed) {
		boolean only = ONLY.matcher(q).find();
		if (claimed.stream().anyMatch(role.partial()::contains)) {
			// 「验收是自然资源局单独组织的」: a body with a lesser part does not hold the role alone
			return only && claimed.stream().noneMatch(role.holders()::contains) ? "不是。" : "";
		}
		boolean deputy = DEPUTY.matcher(q).find();
		boolean chair = role.holders().equals(Set.of("法院")) && role.phrase().contains("为主任");
		boolean vice = role.phrase().contains("为副主任");
		if ((chair || vice) && MEMBER.matcher(q).find()) {
			// 「第二检察部负责人是副主任吧」: the heads of a division and the integrity supervisor are members
			return "不是，" + MEMBER_STATEMENT;
		}
		boolean allHold = role.holders().containsAll(claimed) && !(chair && deputy)
				&& !(vice && !deputy && !q.contains("法定代表人") && claimed.contains("法院"));
		boolean noneHolds = claimed.stream().noneMatch(role.holders()::contains) || (chair && deputy);
		if (allHold && only && role.holders().size() > claimed.size()) {
			return "不是只有" + String.join("、", claimed) + "。";
		}
		if (allHold) {
			return "是。";
		}
		return noneHolds ? "不是。" : "";
	}

	/** The bodies the question claims hold the role, leaving out those it names as acting. */
	private static Set<String> claimed(String q, Role role, int topicStart, int topicEnd) {
		Set<String> out = new LinkedHashSet<>();
		List<int[]> taken = new ArrayList<>();
		for (Body body : BODIES) {
			Matcher m = body.words().matcher(q);
			while (m.find()) {
				int s = m.start();
				int e = m.end();
				// 「基金那个委员会，主任是……」: the committee names where the role is, and is claimed only as the fund's holder
				boolean inTopic = body.name().equals("管委会") && !role.holders().contains(body.name());
				boolean overlaps = taken.stream().anyMatch(t -> s < t[1] && e > t[0]);
				boolean outside = role.within() && (s < topicStart || e > topicEnd);
				if (inTopic || overlaps || outside || role.doer().contains(body.name())) {
					continue;
				}
				taken.add(new int[] { s, e });
				out.add(body.name());
			}
		}
		return out;
	}

}
