package cn.jiangle.ecojustice.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.jiangle.ecojustice.knowledge.index.Retrieval;
import cn.jiangle.ecojustice.knowledge.index.ScoredChunk;
import cn.jiangle.ecojustice.knowledge.index.Thesaurus;

/**
 * Whether the retrieved clauses state what an on-topic question asks for. The documents describe a mechanism; they
 * fix no prices, durations, counts or sentences, and say nothing of wages, meals or invoices. A question asking for
 * such a thing is about the topic (the refusal model lets it through) but the nearest clause does not answer it: the
 * answer is then 「文件没有规定……」 with that clause, and {@code kb search} marks it as not covered.
 */
final class Answerability {

	/** Clauses scoring at least this share of the best one are read for the fact asked for. */
	private static final double RELEVANT = 0.5;

	private static final int RELEVANT_HITS = 3;

	/** 定期, not the 定期 inside 一定期间. */
	static final java.util.regex.Pattern REGULARLY = java.util.regex.Pattern.compile("(?<!一)定期");

	/** 「多久向林业局做一次核销」 without 一次: how often, when the best clause says the act recurs 定期. */
	private static final java.util.regex.Pattern HOW_OFTEN = java.util.regex.Pattern.compile("多久|多长时间|隔多长");

	/** 「每年开几次」「是每月一次还是每年一次」 ask for a count or a given period, not an interval. */
	private static final java.util.regex.Pattern COUNTED = java.util.regex.Pattern.compile("几次|多少次|频次|频率|还是|每个?(年|月|季度|周|星期|半年)");

	private static final List<String> LEGAL_EFFECT = List.of("量刑", "从轻");

	/** The outcome noun of a harsher sentence (从重, 判重 …). */
	private static final String HARSHER = "从重处罚";

	private static final java.util.regex.Pattern LABOUR = java.util.regex.Pattern.compile("劳役|代偿|干活|出工|做工|出力|劳动抵");

	private static final java.util.regex.Pattern PURCHASE = java.util.regex.Pattern.compile("买|认购|购");

	private static final java.util.regex.Pattern CARBON_PAPER = java.util.regex.Pattern.compile("积分|证明书|碳汇证明|证书");

	private static final java.util.regex.Pattern FULFILMENT = java.util.regex.Pattern.compile("视为|履行了?(修复)?(生态)?义务|算.{0,4}履行");

	/** 「由哪家公司施工」 asks for a company by name; a clause naming only the body that organises it does not say. */
	private static final java.util.regex.Pattern ASKS_COMPANY = java.util.regex.Pattern
		.compile("(哪|哪一|什么|啥)(家|个)?(公司|企业|施工队|施工单位|设计院|设计单位|监理单位|监理公司)"
				+ "|(公司|企业|施工队|施工单位|施工方|设计院|设计单位|监理单位|监理方)(是|找的是|用的是|请的是)?(哪家|哪个|哪里的|哪儿的|什么|啥)");

	private static final java.util.regex.Pattern NAMES_COMPANY = java.util.regex.Pattern.compile("公司|企业");

	/**
	 * 「基金的钱是从哪里来的」「经费打哪儿来」: where a sum of money comes from, in whatever words between the money and
	 * the question; the documents say what funds are for, not what fills them.
	 */
	private static final java.util.regex.Pattern MONEY_SOURCE = java.util.regex.Pattern
		.compile("(钱|资金|经费|款项|款子|基金)[^，,。？?！!]{0,4}?(从|打|由)?(哪里|哪儿|哪|什么地方|啥地方|何处|哪个地方)(来|出|筹|拨)");

	/** A clause saying where money comes from. */
	private static final java.util.regex.Pattern SOURCE_STATED = java.util.regex.Pattern.compile("来源|来自|出资|筹集|募集|资助|捐赠|财政拨");

	/** A matter the documents leave to practice: the words that ask about it and the name the answer gives it. */
	record Topic(String name, List<String> words) {
	}

	private final List<Topic> unstatedTopics;

	Answerability(List<Topic> unstatedTopics) {
		this.unstatedTopics = List.copyOf(unstatedTopics);
	}

	/** 「资金来源: 哪来的, 从哪来」 names a matter asked in several ways; a bare word names itself. */
	static Topic topicLine(String line) {
		int colon = line.indexOf(':') >= 0 ? line.indexOf(':') : line.indexOf('：');
		if (colon < 0) {
			return new Topic(Thesaurus.normalize(line), List.of(Thesaurus.normalize(line)));
		}
		List<String> words = java.util.Arrays.stream(line.substring(colon + 1).split("[,，、]"))
			.map(String::strip)
			.filter(w -> !w.isEmpty())
			.map(Thesaurus::normalize)
			.toList();
		return new Topic(line.substring(0, colon).strip(), words);
	}

	static Answerability builtIn() {
		try (InputStream in = Answerability.class.getClassLoader()
			.getResourceAsStream("knowledge/unstated-topics.txt")) {
			if (in == null) {
				throw new IllegalStateException("knowledge/unstated-topics.txt missing from the classpath");
			}
			List<Topic> topics = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.map(String::strip)
				.filter(l -> !l.isEmpty() && !l.startsWith("#"))
				.map(Answerability::topicLine)
				.toList();
			return new Answerability(topics);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The gap, as the sentence that opens the answer (「文件没有规定……。」), when the question is on topic but the
	 * clauses do not state what it asks for; empty when they do. A question the refusal model turns down is still on
	 * topic when it names an anchor word of the mechanism (「去补偿林干活有没有补贴」): what it asks for is then
	 * checked too, so that it gets the closest clause rather than a bare refusal.
	 */
	Optional<String> gap(String question, AskedFor asked, Retrieval retrieval, UnstatedPredicates predicates) {
		if (retrieval.hits().isEmpty() || (!retrieval.answerable() && retrieval.signals().anchored() == 0)) {
			return Optional.empty();
		}
		String q = Thesaurus.normalize(question);
		List<String> relevant = relevantTexts(retrieval);
		String best = relevant.get(0);
		String topic = topic(asked, retrieval);
		if ((PremiseClaims.heard(q) || !ASKING.matcher(q).find()) && PremiseClaims.claimContradicted(q, relevant)) {
			return Optional.empty(); // 「认购碳汇是强制的 不买就从重判」: 自愿认购 says otherwise, which is the answer
		}
		Optional<String> crime = UnlistedCrimes.gap(q, predicates.documents());
		if (crime.isPresent()) {
			return crime;
		}
		// 「听说买了碳汇就免罪了是吧」: a claimed outcome is corrected by what the clauses say of legal effect
		boolean outcomeSettled = !AskedFor.LABOUR.equals(asked.path()) && PremiseClaims.outcomeSettled(q, relevant);
		if (!asked.outcomes().isEmpty()) {
			// 「听说不买的要从重判」: what the clauses say of lenience for buyers corrects no claim of a harsher sentence
			List<String> missing = asked.outcomes().stream()
				.filter(o -> !outcomeSettled || HARSHER.equals(o))
				.filter(o -> relevant.stream().noneMatch(t -> t.contains(o)))
				.toList();
			if (!missing.isEmpty()) {
				String what = String.join("、", missing);
				return Optional.of(topic.isEmpty() ? "文件没有关于" + what + "的规定。" : "文件没有规定" + topic + "与" + what + "的关系。");
			}
		}
		if (AskedFor.LABOUR.equals(asked.path()) && FULFILMENT.matcher(q).find()) {
			// 「视为已履行修复生态义务」 is what 认购碳汇 earns; for labour the documents only say it offsets the payment
			return Optional.of("文件没有规定劳役代偿视为已履行修复生态义务（文件只对认购碳汇这样规定）。");
		}
		// 「干活抵钱的也能拿碳汇积分不」 names 碳汇 only as the thing asked for: it is about labour
		boolean aboutLabour = AskedFor.LABOUR.equals(asked.path())
				|| (LABOUR.matcher(q).find() && !PURCHASE.matcher(q).find());
		if (aboutLabour && CARBON_PAPER.matcher(q).find()) {
			// the certificate and carbon points are what buying earns; labour offsets the payment
			return Optional.of("文件没有规定劳役代偿可以获得认购碳汇证明书或碳汇积分（文件只对认购碳汇这样规定）。");
		}
		if (asked.lenience() && AskedFor.LABOUR.equals(asked.path())) {
			boolean labourLenience = retrieval.hits().stream()
				.map(h -> Thesaurus.normalize(h.chunk().text()))
				.filter(t -> t.contains("劳役"))
				.anyMatch(t -> LEGAL_EFFECT.stream().anyMatch(t::contains));
			if (!labourLenience) {
				return Optional.of("文件没有规定劳役代偿对量刑的影响。");
			}
		}
		for (Topic t : unstatedTopics) {
			// a topic is one matter asked in several words: the best clause naming any of them (吃饭 → 餐具) speaks of it
			// 「坐公交」 is the clause's 公共交通 said short: a word a clause spells out is named by it too
			if (t.words().stream().anyMatch(w -> best.contains(w) || (q.contains(w) && abbreviates(w, best)))
					&& aboutPath(asked, best)) {
				continue;
			}
			for (String word : t.words()) {
				if (asksWord(q, word) && !Speakers.onlyWhoSaysOrAsks(q, word) && !basisStated(q, word, relevant)
						&& !PremiseClaims.settled(q, word, asked, relevant) && !namedWithSubject(q, word, relevant)
						&& !onlyCondition(q, word, asked, relevant, lenienceStated(asked, retrieval))
						&& !(BODY_TOPIC.matcher(t.name()).find()
								&& otherChoiceStated(q, word, withSections(retrieval, relevant.size())))) {
					return Optional.of("文件没有关于“" + t.name() + "”的规定。");
				}
			}
		}
		// 「买了碳汇判的时候会不会轻点」: lenience for buyers is stated (酌情从轻), in whatever word the question asks it
		boolean lenienceStated = lenienceStated(asked, retrieval);
		Optional<String> predicate = predicates.gap(q, relevant)
			.filter(g -> !(lenienceStated && AskedFor.LENIENCE.matcher(g).find()));
		if (predicate.isPresent()) {
			return predicate;
		}
		if (MONEY_SOURCE.matcher(q).find() && relevant.stream().noneMatch(t -> SOURCE_STATED.matcher(t).find())) {
			return Optional.of("文件没有写明" + (topic.isEmpty() ? "这笔钱" : topic + "的资金") + "从哪里来。");
		}
		if (ASKS_COMPANY.matcher(AskedFor.askingClause(q)).find()
				&& relevant.stream().noneMatch(t -> NAMES_COMPANY.matcher(t).find())) {
			return Optional.of("文件没有写明" + topic + "具体由哪家公司或企业承担。");
		}
		if (asked.kind() == AskedFor.Kind.OTHER) {
			Optional<String> object = predicates.objectGap(q, relevant, withSections(retrieval, relevant.size()));
			if (object.isPresent()) {
				return object;
			}
		}
		boolean stated = switch (asked.kind()) {
			case QUANTITY -> relevant.stream().anyMatch(t -> AskedFor.statesQuantity(q, t));
			case FREQUENCY -> relevant.stream().anyMatch(t -> AskedFor.statesFrequency(q, t));
			default -> relevant.stream().anyMatch(t -> AskedFor.states(asked.kind(), t));
		};
		boolean howLongUntilNext = asked.kind() == AskedFor.Kind.DURATION && HOW_OFTEN.matcher(q).find()
				&& REGULARLY.matcher(best).find();
		if (!stated && (asked.kind() == AskedFor.Kind.FREQUENCY || howLongUntilNext)
				&& relevant.stream().anyMatch(t -> REGULARLY.matcher(t).find())) {
			// 「管委会多久开一次会」: 「定期」 says it recurs, and fixes no interval
			return Optional.of("文件没有规定" + (COUNTED.matcher(q).find() ? "具体次数" : "具体多久一次") + "，只写了“定期”。");
		}
		if (!stated && !(asked.kind() == AskedFor.Kind.AMOUNT && PremiseClaims.priceSettingSettled(q, relevant))) {
			return Optional.of("文件没有规定" + (topic.isEmpty() ? "" : topic + "的") + asked.kind().missing + "。");
		}
		return Optional.empty();
	}

	/**
	 * 「认购碳汇具体咋操作？按啥价格？」 asks two things: when the documents state what an earlier question of the message
	 * asks, the message is answered, and the gap of the later one is said beside the answer instead of replacing it.
	 */
	boolean earlierPartAnswered(String question, Retrieval retrieval, UnstatedPredicates predicates) {
		String[] parts = QUESTION_END.split(Thesaurus.normalize(question));
		for (int i = 0; i < parts.length - 1; i++) {
			String part = parts[i].strip();
			if (WHO_ASKED.matcher(part).find() && NAME_ASKED.matcher(parts[i + 1]).find()) {
				continue; // 「主任是哪位？叫什么名字」: the name asked after narrows the same question, it is no second one
			}
			if (part.length() >= 4 && ASKING.matcher(part).find()
					&& gap(part, AskedFor.of(part), retrieval, predicates).isEmpty()) {
				return true;
			}
		}
		return false;
	}

	private static final java.util.regex.Pattern WHO_ASKED = java.util.regex.Pattern.compile("哪位|是谁|谁啊|哪个人|什么人|啥人");

	private static final java.util.regex.Pattern NAME_ASKED = java.util.regex.Pattern
		.compile("^\\s*(他|她|那人|这人|具体)?(叫什么|叫啥|姓什么|姓啥|什么名字|啥名字|名字)");

	private static final java.util.regex.Pattern QUESTION_END = java.util.regex.Pattern.compile("[？?]+");

	private static final java.util.regex.Pattern ASKING = java.util.regex.Pattern
		.compile("吗|么|呢|什么|啥|咋|怎么|怎样|如何|谁|哪|几|多少|是否|能不能|可不可以|有没有|要不要|是不是");

	/** Words whose last character may begin a topic word without being it: 「老百姓啥意见」 holds 姓啥, no surname. */
	private static final List<String> HOST_WORDS = List.of("百姓");

	/** Whether the question holds the topic word as a word of its own, not as the tail of a host word. */
	static boolean asksWord(String q, String word) {
		for (int i = q.indexOf(word); i >= 0; i = q.indexOf(word, i + 1)) {
			int at = i;
			boolean hosted = HOST_WORDS.stream()
				.anyMatch(h -> word.startsWith(h.substring(h.length() - 1)) && at >= h.length() - 1
						&& q.startsWith(h, at - (h.length() - 1)));
			if (!hosted) {
				return true;
			}
		}
		return false;
	}

	/** 「价格按啥算」「价钱是照什么标准算的」「份额依据啥定」: asks what a thing follows. */
	private static final java.util.regex.Pattern BASIS_ASKED = java.util.regex.Pattern
		.compile("(按照|依照|根据|依据|按|照|依|凭)着?(什么|啥|哪个|哪种|哪样)");

	/** A basis a clause states, read to the end of its sentence: 「依据……赔偿金，向……认购对应份额的碳汇」. */
	private static final java.util.regex.Pattern BASIS_STATED = java.util.regex.Pattern
		.compile("(按照|依照|根据|依据)[^。；;]{0,40}");

	/** What a basis question is about: the words before it in its own phrase. */
	private static final java.util.regex.Pattern THING = java.util.regex.Pattern.compile("[^，,。；;？?！!\\s]{1,8}$");

	/**
	 * Whether the relevant clauses say what the thing asked about follows, when the topic word is the basis question
	 * itself (按啥算, 什么标准算): 「认购碳汇的价钱照什么标准算」 is answered by 「按照碳汇交易指导价格认购碳汇」 (two
	 * characters of the thing are in the stated basis's sentence); 「劳役一天按啥算」 by no clause.
	 */
	static boolean basisStated(String q, String word, List<String> relevant) {
		int at = q.indexOf(word);
		java.util.regex.Matcher asked = BASIS_ASKED.matcher(q);
		while (asked.find()) {
			if (at < asked.start() || at >= asked.end()) {
				continue;
			}
			java.util.regex.Matcher before = THING.matcher(q.substring(0, asked.start()));
			if (!before.find()) {
				continue;
			}
			java.util.Set<Integer> thing = contentCharacters(before.group());
			for (String text : relevant) {
				java.util.regex.Matcher stated = BASIS_STATED.matcher(text);
				while (stated.find()) {
					java.util.Set<Integer> phrase = contentCharacters(stated.group());
					phrase.retainAll(thing);
					if (phrase.size() >= 2) {
						return true;
					}
				}
			}
		}
		return false;
	}

	private static java.util.Set<Integer> contentCharacters(String text) {
		return text.codePoints()
			.filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN && COMMON.indexOf(c) < 0)
			.boxed()
			.collect(java.util.stream.Collectors.toSet());
	}

	/**
	 * 「管理人申请拨款要交哪些材料」: a relevant clause naming the word (相关材料) beside three more characters of the
	 * question (管, 申, 拨 …) states the matter for what is asked about; a clause naming it for something else (认购碳汇)
	 * does not.
	 */
	static boolean namedWithSubject(String q, String word, List<String> relevant) {
		if (word.length() < 2) {
			return false;
		}
		String rest = q.replace(word, "|");
		for (String text : relevant) {
			if (!text.contains(word)) {
				continue;
			}
			long shared = rest.chars()
				.filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN && COMMON.indexOf(c) < 0
						&& ASKING_CHARACTERS.indexOf(c) < 0 && text.indexOf(c) >= 0)
				.distinct()
				.count();
			if (shared >= 3) {
				return true;
			}
		}
		return false;
	}

	/** Characters of question words and of the light verbs around a wanted thing (交, 带, 准备), which tie nothing. */
	private static final String ASKING_CHARACTERS = "什么啥哪些几多少怎咋谁吗呢么交带准备提供需";

	/** Whether the question asks about lenience for buyers, which a retrieved clause states (酌情从轻). */
	private static boolean lenienceStated(AskedFor asked, Retrieval retrieval) {
		return asked.lenience() && AskedFor.CARBON.equals(asked.path())
				&& retrieval.hits().stream().anyMatch(h -> h.chunk().text().contains("从轻"));
	}

	/** 「能不能替」「可以帮他」: the word itself is asked about, as whether it is allowed. */
	private static final java.util.regex.Pattern ALLOWED_BEFORE = java.util.regex.Pattern
		.compile("(能|可以|可不可以|能不能|允许|允不允许|行不行|让不让|准不准|要不要|得|是否|有没有|有无)[^，,。？?！!]{0,3}$");

	/**
	 * 「家里帮他买了碳汇，法院能判轻点吗」「我替儿子交了钱，这算不算他履行了修复义务」: the word sets the scene for what is
	 * asked — whether it counts, or lenience — which the clauses state; unless it is asked as allowed itself
	 * (「家属能不能替他买」).
	 */
	static boolean onlyCondition(String q, String word, AskedFor asked, List<String> relevant, boolean lenienceStated) {
		boolean standing = asked.focus() == AskedFor.Focus.STANDING && relevant.stream().anyMatch(asked.focus()::answeredBy);
		if (!standing && !lenienceStated) {
			return false;
		}
		for (int i = q.indexOf(word); i >= 0; i = q.indexOf(word, i + 1)) {
			String after = q.substring(i + word.length());
			if (ALLOWED_BEFORE.matcher(q.substring(0, i)).find() || QUESTION_AFTER.matcher(after).find()
					|| !PATH_ACT.matcher(word + after).find()) {
				return false;
			}
		}
		return true;
	}

	/** 「帮他买了碳汇」「替儿子交了钱」: the word qualifies an act of the path done in its own clause. */
	private static final java.util.regex.Pattern PATH_ACT = java.util.regex.Pattern
		.compile("^[^，,。？?！!；;]{1,8}?(买|认购|购买|交|缴|付|出钱|干|做)");

	/** 「替他买吗」: the question closes on the word's own clause. */
	private static final java.util.regex.Pattern QUESTION_AFTER = java.util.regex.Pattern.compile("^[^，,。？?！!]{0,8}(吗|么|不|没|呢)?[？?]|^[^，,。？?！!]{0,8}(吗|么)$");

	/** Characters too common to tie the thing asked to a clause's phrase. */
	private static final String COMMON = "的了个一不是有在人上下中大小以对和与为这那就都也还要会能可去来到把被给让得着过们天";

	/**
	 * Whether a clause speaks of the restoration path the question is about: 「认购碳汇能开发票吗」 is not answered by
	 * the manager's 「费用发票」 in a clause on restoration funds that never names carbon sinks.
	 */
	private static boolean aboutPath(AskedFor asked, String clause) {
		return switch (asked.path()) {
			case AskedFor.CARBON -> clause.contains("碳汇");
			case AskedFor.LABOUR -> clause.contains("劳役") || clause.contains("代偿");
			default -> true;
		};
	}

	/**
	 * Whether a clause spells out the word as its abbreviation stands for: each character of the word in order, at
	 * most one character apart (公交 for 公共交通, 环评 for 环境影响评价 is too far apart and is not read so).
	 */
	static boolean abbreviates(String word, String text) {
		if (word.length() < 2 || word.length() > 3) {
			return false;
		}
		for (int i = text.indexOf(word.charAt(0)); i >= 0; i = text.indexOf(word.charAt(0), i + 1)) {
			int at = i;
			int k = 1;
			while (k < word.length()) {
				int next = -1;
				for (int j = at + 1; j <= Math.min(text.length() - 1, at + 2); j++) {
					if (text.charAt(j) == word.charAt(k)) {
						next = j;
						break;
					}
				}
				if (next < 0) {
					break;
				}
				at = next;
				k++;
			}
			if (k == word.length() && at - i > word.length() - 1) {
				return true;
			}
		}
		return false;
	}

	/** Topics that are bodies the documents never name (财政部门, 人社部门 …), as unstated-topics.txt calls them. */
	private static final java.util.regex.Pattern BODY_TOPIC = java.util.regex.Pattern.compile("(部门|机关|机构|委)$");

	private static final java.util.regex.Pattern NAMED_BODY = java.util.regex.Pattern
		.compile("法院|检察院|公安|林业局|自然资源局|金森|村委会|竹舟村|乡政府|乡人民政府");

	/**
	 * 「核销要去林业局还是生态环境局」: a choice is answered by the alternative the clauses name, though they never name
	 * the other one.
	 */
	static boolean otherChoiceStated(String q, String word, List<String> relevant) {
		for (String clause : q.split("[，,。？?！!；;]")) {
			if (!clause.contains("还是") || !clause.contains(word)) {
				continue;
			}
			java.util.regex.Matcher other = NAMED_BODY.matcher(clause.replace(word, ""));
			while (other.find()) {
				String named = other.group();
				if (relevant.stream().anyMatch(t -> t.contains(named))) {
					return true;
				}
			}
		}
		return false;
	}

	/** The relevant clauses with their headings, which name the body whose duties a clause lists. */
	private static List<String> withSections(Retrieval retrieval, int n) {
		return retrieval.hits()
			.stream()
			.limit(n)
			.map(h -> Thesaurus.normalize(h.chunk().section() + h.chunk().text()))
			.toList();
	}

	/** The path asked about, else the question's main domain word (碳汇, 矿山 …), else nothing. */
	static String topic(AskedFor asked, Retrieval retrieval) {
		return asked.subject();
	}

	private static List<String> relevantTexts(Retrieval retrieval) {
		List<String> out = new ArrayList<>();
		double best = retrieval.hits().get(0).score();
		for (ScoredChunk hit : retrieval.hits()) {
			if (out.size() == RELEVANT_HITS || (!out.isEmpty() && hit.score() < RELEVANT * best)) {
				break;
			}
			out.add(Thesaurus.normalize(hit.chunk().text()));
		}
		return out;
	}

}
