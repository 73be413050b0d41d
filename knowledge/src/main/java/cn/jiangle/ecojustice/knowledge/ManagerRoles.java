package cn.jiangle.ecojustice.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.jiangle.ecojustice.knowledge.index.Thesaurus;
import cn.jiangle.ecojustice.knowledge.ingest.Chunk;

/**
 * Who the 生态修复管理人 is depends on the document: under 将法〔2024〕13号 福建金森碳汇科技有限公司 manages 劳役代偿 and
 * the “司法碳达” carbon-purchase restoration; under 将法〔2024〕4号 竹舟村委会 manages the Wanquan (吴地) mine. A question
 * about the manager gets a lead sentence naming the right one for the path it is about — 「不是。……」 when it asks
 * whether another body is the manager — and quotes the clause of that document, never the other one.
 *
 * <p>
 * Every fact is tied to a phrase of its document and used only while the indexed documents contain that phrase, so a
 * replaced document set cannot make it say something the documents no longer say.
 */
final class ManagerRoles {

	/** A restoration path and its manager, as one document fixes it. */
	record Path(String name, String doc, String manager, String evidence, Pattern words) {
	}

	/** A body a question may ask about, and what it does under each document (with the phrase that says so). */
	record Body(String name, Pattern words, String[][] roles) {
	}

	/** The lead sentence and the clause sentences that back it. */
	record Lead(String text, List<Quote> quotes, List<String> docs) {
	}

	record Quote(Chunk chunk, String sentence) {
	}

	static final String D13 = "将法〔2024〕13号";

	static final String D4 = "将法〔2024〕4号";

	static final String JINSEN = "福建金森碳汇科技有限公司";

	static final Path LABOUR = new Path("劳役代偿", D13, JINSEN, "以福建金森碳汇科技有限公司作为生态修复管理人",
			Pattern.compile("劳役|代偿|干活|劳动|出工|补偿林|琵琶丘"));

	static final Path CARBON = new Path("认购碳汇替代修复", D13, JINSEN, "指定或聘任福建金森碳汇科技有限公司为生态修复管理人",
			Pattern.compile("司法碳达|碳汇|碳达|盗伐|滥伐|盗滥伐|失火|砍树|替代性修复"));

	static final Path JUDICIAL_CARBON = new Path("“司法碳达”模式", D13, JINSEN, "为生态修复管理人和实际实施人",
			Pattern.compile("司法碳达|碳达"));

	private static final String MINE_DESIGNATION = "指定竹舟村村委会作为本次生态修复管理人";

	static final Path MINE = new Path("万全乡吴地矿山修复", D4, "竹舟村委会", "竹舟村民委员会作为矿山生态修复管理人",
			Pattern.compile("矿山|万全|吴地"));

	static final List<Body> BODIES = List.of(
			new Body("法院", Pattern.compile("法院"),
					new String[][] { { D13, "法院指定或聘任管理人", "将乐县人民法院指定或聘任" },
							{ D4, "法院是生态修复执行发起人，负责指定和撤销管理人", "由将乐县人民法院担任生态修复执行发起人" } }),
			new Body("检察院", Pattern.compile("检察|公诉"),
					new String[][] { { D13, "检察院在审查起诉时鼓励和引导当事人认购碳汇", "将乐县人民检察院在立案侦查、审查起诉时" } }),
			new Body("公安局", Pattern.compile("公安|派出所|警察|民警"),
					new String[][] { { D13, "公安局在立案侦查时鼓励和引导当事人认购碳汇", "将乐县公安局、将乐县人民检察院在立案侦查" } }),
			new Body("林业局", Pattern.compile("林业局|林业部门|林业站"),
					new String[][] { { D13, "林业局对生态修复项目进行技术指导", "将乐县林业局对生态修复项目进行技术指导" } }),
			new Body("自然资源局", Pattern.compile("自然资源|自资|国土|资源局"),
					new String[][] { { D4, "自然资源局是生态修复指导协作方", "将乐县自然资源局作为生态修复指导协作方" } }),
			new Body("万全乡政府", Pattern.compile("乡政府|乡人民政府|镇政府"),
					new String[][] { { D4, "万全乡政府是竹舟村的上级行政主管部门，对竹舟村有监管职责", "对竹舟村有监管职责" },
							{ D4, "万全乡政府是生态修复管理人的行政主管部门", "将乐县万全乡人民政府作为生态修复管理人的行政主管部门" } }),
			new Body("竹舟村委会", Pattern.compile("村委|村民委员会|竹舟村(?!吴地|的?矿山|的?山)"), new String[][] {}),
			new Body(JINSEN, Pattern.compile("金森|碳汇公司"), new String[][] {}));

	/**
	 * 「法院能撤了金森吗」「管理人是谁指定的」 ask what may be done to a manager or by whom, not who the manager is: the
	 * clauses saying so answer them, not a 是/不是 lead.
	 */
	private static final Pattern ACTION = Pattern.compile(
			"撤|换掉|换人|更换|解除|解聘|开除|罢免|辞退|指定|聘任|聘请|选任|任命|考核|处罚|罚款|追责|追究|问责|监督|不尽责|不履职|失职|怠于|"
					// 「谁来协助管理人做前期工作」 asks who helps the manager
					+ "协助|帮|配合|指导");

	/** 「管理人是谁指定的」: who designates the manager. */
	private static final Pattern DESIGNATOR = Pattern.compile(
			"谁(来|给|负责|去)?(指定|聘任|聘请|选定|确定|任命|定)|(定|指定|选定|选|聘|聘任|任命)的?还是|还是[^，,。？?]{0,8}(定|指定|选定|选|聘任|任命)的|(指定|聘任|任命)(的|它的|他们的)?(是谁|是哪)|由谁(来|负责)?(指定|聘任|选定|确定|任命|定)|哪个?(部门|单位|机关)(来|负责)?(指定|聘任|定)");

	/** 「法院指定谁来当管理人」 asks whom the court designates, which is who the manager is. */
	private static final Pattern DESIGNATED_WHO = Pattern
		.compile("(指定|聘任|聘请|选定|选了|确定|任命|找)(了)?(谁|哪个|哪家|哪一家|什么单位)(来)?(当|做|作为|担任|搞)");

	/** 生态修复管理人, not the manager of an account, a fund or the archives. */
	private static final Pattern MANAGER = Pattern.compile("(?<!账户|资金|基金|财务|专户|账目|档案|资产|财产)管理人(?!的?(行政)?主管|的?上级)");

	private static final Pattern WHO = Pattern.compile(
			"(谁|哪个|哪家|哪些|什么单位|哪一?个?单位|哪个村).{0,8}" + MANAGER.pattern() + "|" + MANAGER.pattern() + "(是|由|归|都是|都有|有|到底是|分别是)?(谁|哪)");

	private static final Pattern MANAGER_IS = Pattern.compile("管理人(到底|就|应该)?(是|为|由)");

	private static final Pattern DISPUTE = Pattern.compile("纠纷|争议|矛盾|官司|诉讼|起诉|调解|打架|吵架|扯皮");

	private static final Pattern WHO_MANAGES = Pattern.compile("归谁管|谁来管|谁管");

	private static final Pattern QUALIFICATION = Pattern.compile("能当|可以当|能做|可以做|有资格|什么样的|什么条件|啥条件|具备");

	private static final Pattern MONEY = Pattern.compile("基金|资金|钱|款");

	static final Pattern YES_NO = Pattern.compile("是不是|是否|吗|不是|算不算|也管|管不管|当不当|是.{0,12}(?<!什)[么嘛]|是.{0,12}不[?？]?$|是.{0,12}吧|对吧|对不对|没错吧|^(听说|据说|有人说|人家说|人家讲|听讲)");

	/** 管 as managing a path, not the 管 of the fund's 管理委员会. */
	private static final Pattern MANAGES = Pattern.compile("(?<!主)管(?!理委|委)");

	/** 「竹舟村委会管劳役代偿的人吗」: a body (…会, …院, …局, …府, 公司, 金森) said to manage (管, not 管理) a path. */
	private static final String BODY_MANAGES = "(会|院|局|府|司|森)(也|还|都|就)?管(?!理|辖)";

	/** 「法院是不是管理人」 asks who a body is; 「管理人不干活法院能撤了它吗」 asks what it may do, and gets no 是/不是. */
	private static final Pattern IDENTITY = Pattern.compile("是|算|当|属于|也管|管不管|归.{0,4}管|" + BODY_MANAGES);

	private ManagerRoles() {
	}

	/** What a question asks of the restoration managers, which decides the lead it gets. */
	private enum Asked {

		/** 「碳汇基金谁来管」: who designates or runs something else; the designator's lead */
		DESIGNATOR,
		/** a dispute, a qualification or an act of a manager: no manager lead */
		NONE,
		/** who manages a path */
		WHO,
		/** whether a body manages a path */
		YES_NO,
		/** what part a body has in a path ({@link BodyParts}) */
		PARTICIPATION

	}

	private static Asked asked(String q, List<Path> paths, boolean manager) {
		// 「碳汇基金谁来管」 asks about the fund's committee, not the restoration manager
		if (manager && DESIGNATOR.matcher(q).find()) {
			return Asked.DESIGNATOR;
		}
		if (!manager && DISPUTE.matcher(q).find()) {
			return Asked.NONE; // 「碳汇项目起了纠纷法院管不管」 asks about the court's dispute channel
		}
		boolean designated = manager && DESIGNATED_WHO.matcher(q).find();
		if (!designated && (QUALIFICATION.matcher(q).find() || ACTION.matcher(q).find())) {
			return Asked.NONE; // 「什么单位能当管理人」 asks who may be designated, which the court's clause says
		}
		if (designated || WHO.matcher(q).find() || (!manager && !paths.isEmpty() && managedIsPath(q) && !MONEY.matcher(q).find())) {
			return Asked.WHO;
		}
		boolean yesNo = BODIES.stream().anyMatch(b -> b.words().matcher(q).find()) && YES_NO.matcher(q).find()
				&& IDENTITY.matcher(q).find() && (manager || (!paths.isEmpty() && MANAGES.matcher(q).find()));
		return yesNo ? Asked.YES_NO : Asked.PARTICIPATION;
	}

	/**
	 * The lead for a wrong yes/no claim that a body manages a restoration path (「吴地矿山是不是交给金森公司管」): corrected
	 * by the sentences naming the managers whichever clause search ranks first, like the other claims {@link Leads}
	 * settles.
	 */
	static Optional<Lead> verdict(String question, List<Chunk> chunks) {
		String q = Thesaurus.normalize(question);
		if (asked(q, pathsOf(q), MANAGER.matcher(q).find()) != Asked.YES_NO) {
			return Optional.empty();
		}
		// a right claim (「竹舟村委会当管理人要签合同吗」) is the context of what else is asked, which the gaps decide
		return lead(question, chunks).filter(l -> l.text().startsWith("不是"));
	}

	/** The lead for a question about who manages a restoration path, if it is one and the documents back it. */
	static Optional<Lead> lead(String question, List<Chunk> chunks) {
		String q = Thesaurus.normalize(question);
		List<Path> paths = pathsOf(q);
		boolean manager = MANAGER.matcher(q).find();
		Asked kind = asked(q, paths, manager);
		List<Body> bodies = BODIES.stream().filter(b -> b.words().matcher(q).find()).toList();
		switch (kind) {
			case DESIGNATOR -> {
				return designator(q, paths, chunks);
			}
			case NONE -> {
				return Optional.empty();
			}
			case PARTICIPATION -> {
				return BodyParts.participation(q, bodies, paths, manager, chunks);
			}
			default -> {
				// WHO and YES_NO go on to the managers' sentences
			}
		}
		boolean who = kind == Asked.WHO;
		if (paths.isEmpty() && (q.contains("金森") || q.contains("13号"))) {
			paths = List.of(CARBON);
		}
		else if (paths.isEmpty() && (q.contains("竹舟") || q.contains("4号"))) {
			paths = List.of(MINE);
		}
		List<Path> asked = paths.isEmpty() ? List.of(CARBON, MINE) : paths;
		Optional<List<Quote>> managerQuotes = managerQuotes(asked, chunks);
		if (managerQuotes.isEmpty()) {
			return Optional.empty();
		}
		List<Quote> quotes = new ArrayList<>(managerQuotes.get());
		if (paths.contains(MINE)) {
			// a question about the mine alone also gets the court's designation of the manager
			find(chunks, D4, MINE_DESIGNATION).filter(d -> quotes.stream().noneMatch(x -> x.sentence().equals(d.sentence())))
				.ifPresent(quotes::add);
		}
		StringBuilder lead = new StringBuilder();
		if (who) {
			lead.append(paths.isEmpty() ? "文件规定的生态修复管理人有两个：" : "");
			lead.append(managers(asked));
		}
		else {
			Body body = subject(q, bodies);
			boolean manages = asked.stream().anyMatch(p -> p.manager().equals(body.name()));
			boolean managesAll = asked.stream().allMatch(p -> p.manager().equals(body.name()));
			// 「乡政府管不管竹舟村」 asks about oversight: it is not the manager, which its own part may still be
			boolean oversees = !manager && java.util.Arrays.stream(body.roles()).anyMatch(r -> r[1].contains("监管"));
			lead.append(managesAll ? "是。" : manages ? "只在部分情形下是：" : oversees ? body.name() + "不是生态修复管理人。" : "不是。");
			lead.append(managers(asked));
			List<String> roles = new ArrayList<>();
			for (String[] role : body.roles()) {
				boolean relevantDoc = asked.stream().anyMatch(p -> p.doc().equals(role[0]));
				Optional<Quote> quote = relevantDoc ? find(chunks, role[0], role[2]) : Optional.empty();
				if (quote.isPresent()) {
					roles.add(role[1]);
					// the sentence giving the body its part is quoted beside the manager's
					if (quotes.stream().noneMatch(x -> x.sentence().equals(quote.get().sentence()))) {
						quotes.add(quote.get());
					}
				}
			}
			for (Path other : List.of(LABOUR, CARBON, MINE)) {
				if (other.manager().equals(body.name()) && !asked.contains(other) && !(other == CARBON && asked.contains(JUDICIAL_CARBON))
						&& find(chunks, other.doc(), other.evidence()).isPresent()) {
					roles.add(body.name() + "是" + other.name() + "的管理人");
					break;
				}
			}
			if (!roles.isEmpty()) {
				lead.append(String.join("；", roles)).append("。");
			}
		}
		return Optional.of(new Lead(lead.toString(), List.copyOf(quotes), asked.stream().map(Path::doc).distinct().toList()));
	}

	/** Both documents have the county court designate the manager: 13号 金森, 4号 竹舟村委会. */
	private static Optional<Lead> designator(String q, List<Path> paths, List<Chunk> chunks) {
		if (paths.isEmpty() && (q.contains("金森") || q.contains("13号"))) {
			paths = List.of(CARBON);
		}
		else if (paths.isEmpty() && (q.contains("竹舟") || q.contains("4号"))) {
			paths = List.of(MINE);
		}
		List<Path> asked = paths.isEmpty() ? List.of(CARBON, MINE)
				: paths.stream().map(p -> p.doc().equals(D13) ? CARBON : p).distinct().toList();
		List<Quote> quotes = new ArrayList<>();
		for (Path p : asked) {
			Optional<Quote> quote = find(chunks, p.doc(), p == MINE ? MINE_DESIGNATION : p.evidence());
			if (quote.isEmpty()) {
				return Optional.empty();
			}
			quotes.add(quote.get());
		}
		return Optional.of(new Lead("由县人民法院指定。" + managers(paths.isEmpty() ? asked : paths), List.copyOf(quotes),
				asked.stream().map(Path::doc).distinct().toList()));
	}

	/** The sentence naming each path's manager, once each; empty when a document no longer says so. */
	static Optional<List<Quote>> managerQuotes(List<Path> paths, List<Chunk> chunks) {
		List<Quote> quotes = new ArrayList<>();
		for (Path p : paths) {
			Optional<Quote> quote = find(chunks, p.doc(), p.evidence());
			if (quote.isEmpty()) {
				return Optional.empty();
			}
			if (quotes.stream().noneMatch(x -> x.sentence().equals(quote.get().sentence()))) {
				quotes.add(quote.get());
			}
		}
		return Optional.of(List.copyOf(quotes));
	}

	/** 劳役代偿的生态修复管理人是……。 — one clause per path; the two 金森 paths share one. */
	static String managers(List<Path> paths) {
		List<String> parts = new ArrayList<>();
		List<Path> jinsen = paths.stream().filter(p -> p.manager().equals(JINSEN)).toList();
		if (jinsen.size() > 1) {
			parts.add(String.join("和", jinsen.stream().map(Path::name).toList()) + "的生态修复管理人是" + JINSEN);
		}
		for (Path p : paths) {
			if (jinsen.size() > 1 && p.manager().equals(JINSEN)) {
				continue;
			}
			parts.add(p.name() + "的生态修复管理人是" + p.manager());
		}
		return String.join("；", parts) + "。";
	}

	/**
	 * 「矿山修复归谁管」 asks who manages the path; 「矿山修复的档案资料归谁管」 asks about something else the path has,
	 * which the documents assign in their own clauses.
	 */
	private static boolean managedIsPath(String q) {
		java.util.regex.Matcher who = WHO_MANAGES.matcher(q);
		if (!who.find()) {
			return false;
		}
		int end = 0;
		for (Path p : List.of(MINE, LABOUR, JUDICIAL_CARBON, CARBON)) {
			java.util.regex.Matcher m = p.words().matcher(q.substring(0, who.start()));
			while (m.find()) {
				end = Math.max(end, m.end());
			}
		}
		return PATH_FILLER.matcher(q.substring(end, who.start())).replaceAll("").isEmpty();
	}

	/** Words between a path and 「归谁管」 that still leave the path as what is managed. */
	private static final Pattern PATH_FILLER = Pattern
		.compile("修复|项目|工作|工程|的|这事|这个事|这件事|这块|那块|这边|那边|事情?|的人|人员|当事人|现在|具体|到底|平时|期间|过程中?|[，,、 ]");

	/** The paths a (normalised) question names; the mine wins over carbon words that only describe its damage. */
	static List<Path> pathsOf(String q) {
		List<Path> out = new ArrayList<>();
		if (MINE.words().matcher(q).find()) {
			out.add(MINE);
			return out;
		}
		if (LABOUR.words().matcher(q).find()) {
			out.add(LABOUR);
		}
		if (JUDICIAL_CARBON.words().matcher(q).find()) {
			out.add(JUDICIAL_CARBON);
		}
		else if (CARBON.words().matcher(q).find()) {
			out.add(CARBON);
		}
		if (out.isEmpty() && q.contains("竹舟") && MANAGER.matcher(q).find()
				&& Issuers.documentNamed(q).filter(d -> !d.equals(D4)).isEmpty()) {
			// 「竹舟村那个项目」 is the mine; 竹舟村委会 beside another path or document is only the body asked about
			out.add(MINE);
		}
		return out;
	}

	/** The documents a question about one path should be answered from (empty: any). */
	static List<String> docsFor(String question) {
		List<Path> paths = pathsOf(Thesaurus.normalize(question));
		return paths.isEmpty() || paths.contains(MINE) ? List.of() : List.of(D13, "将法〔2021〕17号");
	}

	static Optional<Quote> find(List<Chunk> chunks, String doc, String phrase) {
		for (Chunk c : chunks) {
			if (!c.doc().equals(doc)) {
				continue;
			}
			String normalized = Thesaurus.normalize(c.text());
			if (!normalized.contains(Thesaurus.normalize(phrase))) {
				continue;
			}
			for (String sentence : ExtractiveAnswers.sentences(c.text())) {
				if (Thesaurus.normalize(sentence).contains(Thesaurus.normalize(phrase))) {
					return Optional.of(new Quote(c, ListQuotes.withoutListIntro(
							ClauseSentences.withoutHeading(sentence.strip(), c.sectionPath()))));
				}
			}
		}
		return Optional.empty();
	}

	/**
	 * The comma-separated part of the sentence naming {@code phrase}, marked 「……」 where the sentence goes on: for a
	 * fact stated in a few words of a long sentence.
	 */
	static Optional<Quote> findPart(List<Chunk> chunks, String doc, String phrase) {
		return find(chunks, doc, phrase).map(quote -> {
			String sentence = quote.sentence();
			int at = sentence.indexOf(phrase);
			if (at < 0) {
				return quote;
			}
			int start = Math.max(sentence.lastIndexOf('，', at), sentence.lastIndexOf('；', at)) + 1;
			int comma = sentence.indexOf('，', at + phrase.length());
			int end = comma < 0 ? sentence.length() : comma;
			String part = sentence.substring(start, end);
			return new Quote(quote.chunk(), (start > 0 ? "……" : "") + part + (end < sentence.length() ? "……" : ""));
		});
	}

	/**
	 * The body a 是/不是 question asks about: the last one named before the identity word (「竹舟村那个项目，金森公司是管理人不」
	 * asks about 金森), else the first named.
	 */
	static Body subject(String q, List<Body> bodies) {
		Matcher named = MANAGER_IS.matcher(q);
		if (named.find()) {
			// 「矿山的修复管理人是金森公司」: the body after 是 is the one asked about
			Body first = null;
			int at = Integer.MAX_VALUE;
			for (Body b : bodies) {
				Matcher m = b.words().matcher(q);
				if (m.find(named.end()) && m.start() < at) {
					at = m.start();
					first = b;
				}
			}
			if (first != null) {
				return first;
			}
		}
		Matcher identity = IDENTITY.matcher(q);
		int at = -1;
		Body best = bodies.get(0);
		while (identity.find()) {
			int end = identity.start();
			for (Body b : bodies) {
				Matcher m = b.words().matcher(q);
				while (m.find() && m.end() <= end) {
					if (m.start() > at) {
						at = m.start();
						best = b;
					}
				}
			}
			if (at >= 0) {
				return best;
			}
		}
		return best;
	}

}
