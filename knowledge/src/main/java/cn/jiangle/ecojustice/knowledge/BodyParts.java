package cn.jiangle.ecojustice.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import cn.jiangle.ecojustice.knowledge.index.Thesaurus;
import cn.jiangle.ecojustice.knowledge.ingest.Chunk;

/**
 * 「自然资源局在矿山修复里算啥角色」「林业局在管理人机制里管哪一块」 ask what part one agency plays in a restoration
 * path. The documents give each agency its part in one phrase (「将乐县自然资源局作为生态修复指导协作方」, 「将乐县林业局对生态修复
 * 项目进行技术指导」); the answer leads with that part and quotes the sentence, from the document of the path asked about.
 * The managers themselves (金森, 竹舟村委会) have whole clauses of duties, which search finds; they get no lead here.
 */
final class BodyParts {

	/** Asks what part a body plays, not for its list of duties. */
	private static final Pattern PART = Pattern.compile(
			"管.{0,6}哪一?块|负责哪一?块|管哪些?方面|起(啥|什么)作用|(啥|什么)作用|作用是(啥|什么)|发挥.{0,2}(啥|什么)作用|管什么|管啥|算什么|算啥|算个啥|算个什么|什么身份|啥身份|什么角色|啥角色|扮演|什么位置|啥位置|什么地位|干什么的|干啥的|干嘛的|哪一方|什么定位|啥定位");

	/** 「金森跟法院是什么关系」: how two bodies stand to each other, which their parts in a restoration document say. */
	private static final Pattern RELATION = Pattern.compile("(什么|啥|怎样的|哪种)关系|关系(是|怎么样|如何)");

	/** The mine agreement named without a path word: 「协议里法院算啥角色」. */
	private static final Pattern MINE_AGREEMENT = Pattern.compile("协议|协作小组|4号");

	/** The fund committee has its own members' clause; its roles are not the restoration paths'. */
	private static final Pattern COMMITTEE = Pattern.compile("基金|委员会|管委会|委员");

	/** 「也参与」「有没有份」: whether a body takes part at all. */
	private static final Pattern PARTICIPATES = Pattern.compile("参与|参加|介入|有份|有没有份|掺和|也管");

	private static final Pattern WHETHER = Pattern.compile("有没有|会不会|能不能|要不要");

	/**
	 * 「自然资源局会参与审查资金吗」「村委会参加验收不」: taking part in one act, which the clause stating the body's
	 * duties answers (search finds it), not the body's part in the whole path.
	 */
	private static final Pattern SPECIFIC_ACT = Pattern.compile("(参与|参加|介入)(到|进)?(审查|审核|审批|批准|验收|评估|监督|监测|检查|核销|招标|施工|拨付|拨款|申请|考核|勘察|汇报|报告|打卡|量化|补植|管护|会议|开会|讨论)");

	private BodyParts() {
	}

	/** The lead for a question about one or more agencies' part in a restoration path, if it is one. */
	static Optional<ManagerRoles.Lead> lead(String question, List<Chunk> chunks) {
		String q = Thesaurus.normalize(question);
		boolean relation = RELATION.matcher(q).find();
		if (!(PART.matcher(q).find() || relation) || COMMITTEE.matcher(q).find()) {
			return Optional.empty();
		}
		List<ManagerRoles.Body> bodies = ManagerRoles.BODIES.stream()
			.filter(b -> b.words().matcher(q).find())
			.toList();
		if (bodies.isEmpty() || (relation && bodies.size() < 2)) {
			return Optional.empty();
		}
		List<String> docs = docsAsked(q, bodies, chunks, relation);
		if (docs.isEmpty()) {
			return Optional.empty();
		}
		boolean labourOnly = ManagerRoles.pathsOf(q).equals(List.of(ManagerRoles.LABOUR));
		List<String> parts = new ArrayList<>();
		List<ManagerRoles.Quote> quotes = new ArrayList<>();
		for (ManagerRoles.Body body : bodies) {
			boolean found = false;
			for (String[] role : partsOf(body)) {
				if (!docs.contains(role[0]) || (labourOnly && role[1].contains("认购碳汇"))) {
					continue; // the police's part is in 认购碳汇, not in 劳役代偿
				}
				Optional<ManagerRoles.Quote> quote = body.roles().length > 0 ? ManagerRoles.find(chunks, role[0], role[2])
						: ManagerRoles.findPart(chunks, role[0], role[2]);
				if (quote.isPresent()) {
					// a second part of the same body reads 「……；也是……」, not its name again
					parts.add(found && role[1].startsWith(body.name() + "是") ? "也" + role[1].substring(body.name().length()) : role[1]);
					found = true;
					String core = quote.get().sentence().replace("……", "");
					if (quotes.stream().noneMatch(x -> x.sentence().contains(core))) {
						quotes.add(quote.get());
					}
				}
			}
			if (!found) {
				// a document that never names the body gives it no part; else search finds what it says of it
				return bodies.size() == 1 ? absent(body, pathsAsked(q, docs), chunks) : Optional.empty();
			}
		}
		return Optional.of(new ManagerRoles.Lead(String.join("；", parts) + "。", List.copyOf(quotes),
				quotes.stream().map(x -> x.chunk().doc()).distinct().toList()));
	}

	/**
	 * The managers' parts, for 「金森在13号文里是什么角色」; kept apart from {@link ManagerRoles.Body#roles()}, which
	 * the 是/不是 lead adds beside the manager it already names.
	 */
	private static final java.util.Map<String, String[][]> MANAGER_PARTS = java.util.Map.of(
			ManagerRoles.JINSEN, new String[][] {
					{ ManagerRoles.D13, ManagerRoles.JINSEN + "是“司法碳达”模式的生态修复管理人和实际实施人", "为生态修复管理人和实际实施人" },
					{ ManagerRoles.D13, "也是劳役代偿的生态修复管理人", "作为生态修复管理人，为当事人制定具体的生态修复方案" } },
			"竹舟村委会", new String[][] {
					// each part the lead states is quoted from the sentence stating it
					{ ManagerRoles.D4, "竹舟村委会是矿山生态修复管理人", "竹舟村民委员会作为矿山生态修复管理人" },
					{ ManagerRoles.D4, "竹舟村委会是生态修复管理事务的实际执行人", "竹舟村委会则是生态修复管理事务的实际执行人" } });

	private static String[][] partsOf(ManagerRoles.Body body) {
		return body.roles().length > 0 ? body.roles() : MANAGER_PARTS.getOrDefault(body.name(), new String[0][]);
	}

	private static List<ManagerRoles.Path> pathsAsked(String q, List<String> docs) {
		List<ManagerRoles.Path> named = ManagerRoles.pathsOf(q).stream().filter(p -> docs.contains(p.doc())).toList();
		if (!named.isEmpty()) {
			return named;
		}
		return docs.contains(ManagerRoles.D4) && docs.size() == 1 ? List.of(ManagerRoles.MINE)
				: List.of(ManagerRoles.CARBON, ManagerRoles.MINE);
	}

	/** The documents of the paths the question is about: the mine agreement, the manager opinions, or both. */
	private static List<String> docsAsked(String q, List<ManagerRoles.Body> bodies, List<Chunk> chunks, boolean relation) {
		List<ManagerRoles.Path> paths = ManagerRoles.pathsOf(q);
		if (paths.contains(ManagerRoles.MINE) || (paths.isEmpty() && MINE_AGREEMENT.matcher(q).find())) {
			return List.of(ManagerRoles.D4);
		}
		if (q.contains("管理人")) {
			return paths.isEmpty() ? List.of(ManagerRoles.D13, ManagerRoles.D4) : List.of(ManagerRoles.D13);
		}
		Optional<String> named = Issuers.documentNamed(q).filter(d -> d.equals(ManagerRoles.D13));
		if (named.isPresent()) {
			return List.of(named.get()); // 「到了13号文它又多了什么角色」
		}
		if (paths.contains(ManagerRoles.LABOUR) || paths.contains(ManagerRoles.JUDICIAL_CARBON)) {
			return List.of(ManagerRoles.D13);
		}
		if (!paths.isEmpty()) {
			// 「林业局在碳汇里管啥」 is about the 2021 mechanism as a whole, where the agency has several parts
			return List.of();
		}
		// no path named: the restoration documents that name the agencies asked about; 「公安在里面起啥作用」 has one,
		// 「林业局管修复的哪块」 asks about restoration, where the 2021 mechanism (which names it too) has no say
		List<String> naming = java.util.stream.Stream.of(ManagerRoles.D13, ManagerRoles.D4)
			.filter(d -> bodies.stream().allMatch(b -> names(chunks, d, b)))
			.toList();
		boolean onlyThese = bodies.stream()
			.noneMatch(b -> chunks.stream().anyMatch(c -> !naming.contains(c.doc()) && b.words().matcher(Thesaurus.normalize(c.text())).find()));
		// two bodies stand to each other where one restoration document names both
		return onlyThese || relation || q.contains("修复") ? naming : List.of();
	}

	private static boolean names(List<Chunk> chunks, String doc, ManagerRoles.Body body) {
		return chunks.stream().anyMatch(c -> c.doc().equals(doc) && body.words().matcher(Thesaurus.normalize(c.text())).find());
	}

	/**
	 * 「公安局也参与管理人机制吗」 asks whether a body has a part, not whether it is the manager: 「是。」 with what the
	 * documents give it to do, quoting the sentences that say so. Empty when the documents give the body no part in
	 * the path asked about.
	 */
	static Optional<ManagerRoles.Lead> participation(String q, List<ManagerRoles.Body> bodies, List<ManagerRoles.Path> paths, boolean manager,
			List<Chunk> chunks) {
		if (bodies.size() != 1 || !(ManagerRoles.YES_NO.matcher(q).find() || WHETHER.matcher(q).find())
				|| !PARTICIPATES.matcher(q).find()
				|| (!manager && paths.isEmpty()) || SPECIFIC_ACT.matcher(q).find()) {
			return Optional.empty();
		}
		ManagerRoles.Body body = bodies.get(0);
		if (paths.isEmpty() && (q.contains("金森") || q.contains("13号"))) {
			paths = List.of(ManagerRoles.CARBON);
		}
		else if (paths.isEmpty() && (q.contains("竹舟") || q.contains("4号"))) {
			paths = List.of(ManagerRoles.MINE);
		}
		List<ManagerRoles.Path> asked = paths.isEmpty() ? List.of(ManagerRoles.CARBON, ManagerRoles.MINE) : paths;
		List<String> roles = new ArrayList<>();
		List<ManagerRoles.Quote> quotes = new ArrayList<>();
		for (String[] role : body.roles()) {
			Optional<ManagerRoles.Quote> quote = asked.stream().anyMatch(p -> p.doc().equals(role[0]))
					? ManagerRoles.find(chunks, role[0], role[2]) : Optional.empty();
			if (quote.isPresent()) {
				roles.add(role[1]);
				if (quotes.stream().noneMatch(x -> x.sentence().equals(quote.get().sentence()))) {
					quotes.add(quote.get());
				}
			}
		}
		for (ManagerRoles.Path p : asked) {
			Optional<ManagerRoles.Quote> quote = ManagerRoles.find(chunks, p.doc(), p.evidence());
			if (p.manager().equals(body.name()) && quote.isPresent()) {
				roles.add(body.name() + "是" + p.name() + "的生态修复管理人");
				quotes.add(quote.get());
			}
		}
		if (roles.isEmpty()) {
			return paths.isEmpty() ? Optional.empty() : absent(body, asked, chunks);
		}
		return Optional.of(new ManagerRoles.Lead("是。" + String.join("；", roles) + "。", List.copyOf(quotes),
				quotes.stream().map(x -> x.chunk().doc()).distinct().toList()));
	}

	/**
	 * 「竹舟村委会参与劳役代偿吗」: the documents of the path asked about never name the body, so they give it no part;
	 * the answer says so, names the path's manager and quotes that path's document — never the other one's.
	 */
	static Optional<ManagerRoles.Lead> absent(ManagerRoles.Body body, List<ManagerRoles.Path> asked, List<Chunk> chunks) {
		// an opening's history (「指定……竹舟村为生态修复管理人」 in the 2024 opinions) gives no part in the path
		boolean named = chunks.stream()
			.filter(c -> asked.stream().anyMatch(p -> p.doc().equals(c.doc())) && !c.sectionPath().isEmpty() && !c.section().contains("引言"))
			.anyMatch(c -> body.words().matcher(Thesaurus.normalize(c.text())).find());
		if (named) {
			return Optional.empty();
		}
		Optional<List<ManagerRoles.Quote>> quotes = ManagerRoles.managerQuotes(asked, chunks);
		if (quotes.isEmpty()) {
			return Optional.empty();
		}
		StringBuilder lead = new StringBuilder("文件没有规定" + body.name() + "参与"
				+ String.join("、", asked.stream().map(ManagerRoles.Path::name).toList()) + "。" + ManagerRoles.managers(asked));
		for (ManagerRoles.Path other : List.of(ManagerRoles.LABOUR, ManagerRoles.CARBON, ManagerRoles.MINE)) {
			if (other.manager().equals(body.name()) && !asked.contains(other)
					&& ManagerRoles.find(chunks, other.doc(), other.evidence()).isPresent()) {
				lead.append(body.name()).append("是").append(other.name()).append("的管理人。");
				break;
			}
		}
		return Optional.of(new ManagerRoles.Lead(lead.toString(), quotes.get(), asked.stream().map(ManagerRoles.Path::doc).distinct().toList()));
	}

}
