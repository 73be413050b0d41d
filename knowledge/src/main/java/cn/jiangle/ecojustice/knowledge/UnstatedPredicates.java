package cn.jiangle.ecojustice.knowledge;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.jiangle.ecojustice.knowledge.index.Thesaurus;

/**
 * Questions whose very predicate the documents never speak of. A yes/no question (「钱退不退」「要不要先听证」
 * 「是不是朝九晚五」「有起买数没」) asks whether something holds; when neither the words of that something nor a
 * thesaurus phrase for them occur anywhere in the documents, they do not say. A question for the consequence of a
 * failure (「中途不来了怎么处理」「意见不一咋解决」) asks what follows a condition; when the relevant clauses never
 * name that condition, they do not say either. Only the words in the asked-for slot are read, never filler
 * elsewhere in the question (地方, 听说, 到底).
 */
final class UnstatedPredicates {

	private static final String HAN = "[\\u4e00-\\u9fff]";

	private static final String MODAL = "能够|能|可以|可|会|要|需要|需|该|应该|应|得|用|肯|让|准|许";

	/** 「可以请病假吗」「法院必须采纳吗」: a modal and the act, closed by a question particle. */
	private static final Pattern MODAL_QUESTION = Pattern
		.compile("(?:" + MODAL + "|必须|一定要|一定)(" + HAN + "{2,10}?)(?:吗|么|嘛)$");

	/** 「只能在那吗」「会拖很久吗」: a place pointed at or a degree asked about, not an act. */
	private static final Pattern NOT_AN_ACT = Pattern.compile("这|那|很|太|一点|点儿|更|多了|久");

	/** The slot after an A-not-A form: 能不能X, 有没有X, 是不是X, 退不退, 有X没, 退得回来不. */
	private static final List<Pattern> YES_NO = List.of(
			Pattern.compile("(?:" + MODAL + ")不(?:" + MODAL + ")(" + HAN + "*)"),
			Pattern.compile("有没有(" + HAN + "*)"), Pattern.compile("是不是(" + HAN + "*)"),
			Pattern.compile("(" + HAN + ")不\\1(" + HAN + "*)"),
			Pattern.compile("^(?:" + HAN + "{0,12}?)有(" + HAN + "{1,6}?)没有?$"),
			Pattern.compile("(" + HAN + ")得(?:回来|回|到|了|上|下来|出来|成|起)[不吗没]"),
			MODAL_QUESTION);

	/** Words that make the slot a wh-question or a tag, not a predicate. */
	private static final Pattern NOT_A_PREDICATE = Pattern.compile("什么|什|啥|哪|谁|几|多少|怎|咋|如何|为何|为什么");

	private static final Pattern SLOT_HEAD = Pattern.compile("^(?:先|再|还|也|都|就|去|来|又|真的|真|确实|拿去|拿来|用来|用去|用于)+");

	private static final Pattern SLOT_TAIL = Pattern.compile("(?:吗|呢|吧|啊|呀|么|嘛|了|的|没有|没|嗯|哦|噢|呃|额|哈|啦|哎|唉)+$");

	/** Asking what follows a condition. */
	private static final Pattern CONSEQUENCE = Pattern.compile(
			"(?:会|又|将|该|要|能|可以|应该|应当|得)?有?(?:怎么样|咋样|怎样|怎么办|咋办|怎么处理|咋处理|如何处理|怎么解决|咋解决|如何解决|什么后果|啥后果|什么结果|啥结果"
					// 「将承担什么法律后果」「要负什么责任」
					+ "|(?:承担|负|担)(?:什么|啥)(?:样的)?(?:法律)?(?:后果|责任)|(?:什么|啥)(?:样的)?法律(?:后果|责任)"
					// 「不满意的话，会不会导致验收不通过」: what a condition leads to
					+ "|(?:会不会|是否会|会)导致)");

	/** The failure a condition names: 不来了, 不采纳, 意见不一, 没通过, 未履行. */
	private static final Pattern FAILURE = Pattern.compile("(?:不|没有|没|未)" + HAN + "{1,3}");

	/** 「措施不对」「做得不好」: a problem of any kind, which the clauses' 问题 and 偏离 speak to, not a named failure. */
	private static final Pattern VAGUE = Pattern.compile("不(对|行|好|妥|当|合理|合适|规范|到位|太好|太对|够好|咋样|怎么样|对劲|靠谱|正常|合规|明白|清楚)");

	/** A two-character verb before the 了 that ends the condition: 倒闭了, 去世了 (not 起了纠纷). */
	private static final Pattern EVENT = Pattern.compile("(" + HAN + "{2})了(?:的话)?$");

	/** 不想X, 不愿意X: refusing X, where the clauses name X but not a refusal. */
	private static final Pattern REFUSAL = Pattern.compile("^不(想|愿意|愿|肯)");

	/** 谈不拢, 调不成, 赔不起: a negated result, whose verb comes before the negation. */
	private static final String RESULT = "拢成通好起动完下住上";

	private static final Pattern BREAK = Pattern.compile("[，,；;。！!？?\\s]+");

	private final String documents;

	private final Thesaurus thesaurus;

	/** @param documents the text of every clause, normalised; @param thesaurus the query thesaurus */
	UnstatedPredicates(String documents, Thesaurus thesaurus) {
		this.documents = documents;
		this.thesaurus = thesaurus;
		this.objects = new AskedObjects(thesaurus);
	}

	private final AskedObjects objects;

	/** The text of every clause, normalised. */
	String documents() {
		return documents;
	}

	/** The gap sentence when the noun a question asks for, or both of its alternatives, are not in the clauses. */
	Optional<String> objectGap(String normalizedQuestion, List<String> relevant, List<String> sectioned) {
		return objects.gap(normalizedQuestion, relevant, sectioned);
	}

	/**
	 * 「金森公司倒闭了怎么处理」: an event that happened (a verb before 了) is the condition; the clauses provide for it
	 * when they share one of its characters (跑偏了 → 偏离) or hold the words a thesaurus phrase for it stands for.
	 */
	private Optional<String> unstatedEvent(String condition, List<String> relevant) {
		Matcher e = EVENT.matcher(condition);
		int at = -1;
		String event = null;
		while (e.find()) {
			at = e.start(1);
			event = e.group(1);
		}
		if (event == null || sharesCharacter(event, relevant)) {
			return Optional.empty();
		}
		int start = at;
		int end = at + event.length();
		boolean phrase = thesaurus.find(condition)
			.stream()
			.anyMatch(m -> m.start() < end && m.end() > start && m.terms().stream().anyMatch(relevant.get(0)::contains));
		return phrase ? Optional.empty() : Optional.of(event + "了");
	}

	/** The gap sentence when the question's yes/no predicate or failure condition is one the documents never state. */
	Optional<String> gap(String normalizedQuestion, List<String> relevant) {
		String[] clauses = BREAK.split(normalizedQuestion);
		for (String clause : clauses) {
			Optional<String> slot = yesNoSlot(clause);
			if (slot.isPresent() && !known(slot.get(), clause, normalizedQuestion, relevant)) {
				return Optional.of("文件没有关于“" + slot.get() + "”的规定。");
			}
		}
		Optional<String> who = UnstatedHolders.gap(normalizedQuestion, relevant);
		if (who.isPresent()) {
			return who;
		}
		Matcher supposed = SUPPOSED_EVENT.matcher(normalizedQuestion);
		// (a negated condition — 揭不开锅了, 拿不出钱了 — is a state the clauses may name in their own words: 经济困难)
		if (supposed.find() && YES_NO_AFTER_EVENT.matcher(normalizedQuestion.substring(supposed.end())).find()
				&& !NEGATED.matcher(supposed.group(1)).find()
				&& INSTITUTION.matcher(normalizedQuestion.substring(0, supposed.end())).find()) {
			// 「金森要是倒闭了，碳汇积分还认不认」: whether a thing holds after an event befalling a body asks what follows it
			// (a step done to its end — 干完了, 修好了 — is the path's own course, no event befalling it)
			Optional<String> event = unstatedEvent(supposed.group(1), relevant);
			if (event.isPresent() && !DONE.matcher(event.get()).find()) {
				return Optional.of("文件没有规定“" + event.get() + "”的情形怎么处理。");
			}
		}
		for (int i = 0; i < clauses.length; i++) {
			Matcher ask = CONSEQUENCE.matcher(clauses[i]);
			if (!ask.find()) {
				continue;
			}
			String condition = clauses[i].substring(0, ask.start());
			if (!FAILURE.matcher(condition).find() && i > 0) {
				condition = clauses[i - 1];
			}
			Optional<String> afterEnd = afterLastStep(clauses[i].substring(0, ask.start()).isEmpty() || i == 0
					? clauses[i].substring(0, ask.start()) : clauses[i - 1] + clauses[i].substring(0, ask.start()), relevant);
			if (afterEnd.isPresent()) {
				return Optional.of("文件没有规定“" + afterEnd.get() + "”以后怎么处理。");
			}
			Optional<String> failure = unstatedFailure(condition, relevant);
			if (failure.isPresent()) {
				return Optional.of("文件没有规定“" + failure.get() + "”的情形怎么处理。");
			}
		}
		return Optional.empty();
	}

	/** 「对判刑有没有帮助」: whether a thing matters at all, which the clause on its effect answers in its own words. */
	private static final Pattern GENERIC_PREDICATE = Pattern
		.compile("帮助|帮忙|用|用处|好处|作用|效果|影响|关系|意义|必要|区别|差别|不同|联系|说法|讲究|益处"
				// 「污染环境罪算不算」「这样行不行」: the copula alone asks whether the subject holds
				+ "|算|行|对|是|成|中|可以|能"
				// 「污染环境罪在不在范围内」: whether a thing is among those listed, which the list answers
				+ "|(在|属于|算)?(列举|所列)?的?(范围|之列|名单|清单|列举)(内|里|之内|中|之中|里面)?"
				// 「算不算在里面」「包不包括在内」: whether a thing is among those the clause names
				+ "|(算|包括|包含|列|划|归)?(在|进)(里面|里头|里边|里|内|其中|之内|之中|去|来)"
				// 「是不是这样」「是不是这个意思」: the asker's own account, checked by what the clauses say, is no predicate
				+ "|(这|那)(个|么|种|样)?(样|样子|回事|么回事|意思|情况|说法|理|道理|讲法)?(的|吧)?");

	/** Words holding a modal's character that are no modal: 委员会里有位置吗 asks nothing the 会 could. */
	private static final List<String> NOT_MODALS = List.of("委员会", "管委会", "理事会", "协会", "社会", "大会", "机会", "开会",
			"会议", "许可", "认可", "费用", "使用", "作用", "专用", "利用", "应用", "采用", "运用", "适用", "信用", "用途", "主要", "重要",
			"相应", "对应", "供应", "反应", "获得", "取得", "值得", "转让", "标准", "批准", "也许", "允许", "许多");

	/** Whether the character at {@code at} belongs to a word that is no modal. */
	private static boolean inWord(String clause, int at) {
		for (String w : NOT_MODALS) {
			for (int k = w.indexOf(clause.charAt(at)); k >= 0; k = w.indexOf(clause.charAt(at), k + 1)) {
				if (at - k >= 0 && clause.startsWith(w, at - k)) {
					return true;
				}
			}
		}
		return false;
	}

	/** The predicate a yes/no clause asks about, if it has one. */
	static Optional<String> yesNoSlot(String clause) {
		for (Pattern p : YES_NO) {
			Matcher m = p.matcher(clause);
			boolean found = m.find();
			while (found && p == MODAL_QUESTION && inWord(clause, m.start())) {
				found = m.find(m.start() + 1);
			}
			if (!found) {
				continue;
			}
			StringBuilder slot = new StringBuilder();
			for (int g = 1; g <= m.groupCount(); g++) {
				if (m.group(g) != null) {
					slot.append(m.group(g));
				}
			}
			String s = SLOT_TAIL.matcher(SLOT_HEAD.matcher(slot.toString()).replaceFirst("")).replaceFirst("");
			if (p == MODAL_QUESTION && (s.length() < 2 || NOT_AN_ACT.matcher(s).find())) {
				return Optional.empty();
			}
			if (s.isEmpty() || NOT_A_PREDICATE.matcher(s).find() || GENERIC_PREDICATE.matcher(s).matches()) {
				return Optional.empty();
			}
			return Optional.of(s);
		}
		return Optional.empty();
	}

	/**
	 * Whether the documents may speak of the slot: two of its characters in a row anywhere in them, a thesaurus phrase
	 * in it, or one of its content characters in the relevant clauses (看账 may be 查看财务, 挪作他用 专款专用).
	 */
	private boolean known(String slot, String clause, String normalizedQuestion, List<String> relevant) {
		// 「要不要报法院备案」: the bodies named in the slot are everywhere in the documents; the act asked is the rest
		String act = PERSON.matcher(BODY.matcher(AUDIENCE.matcher(slot).replaceAll("|")).replaceAll("|")).replaceAll("|");
		if (act.replace("|", "").isEmpty()) {
			return true;
		}
		// 「有没有人」: a slot of function characters only names nothing the documents could leave out
		if (act.chars().allMatch(c -> c == '|' || FUNCTION_CHARACTERS.indexOf(c) >= 0)) {
			return true;
		}
		if (RECORDING.matcher(act.replace("|", "")).matches() && relevant.stream().anyMatch(t -> RECORDED.matcher(t).find())) {
			return true; // 「有人统计没」「干了多少有人记吗」: 工作量化 and 全程留痕 keep that record
		}
		if (PremiseClaims.contraryStated(slot, relevant)) {
			return true;
		}
		if (unstatedManner(act, relevant)) {
			return false;
		}
		Matcher meeting = MEETING.matcher(act);
		while (meeting.find()) {
			if (!documents.contains(meeting.group())) {
				return false; // 「要开听证会吗」: 证 is in 证明书, a hearing is nowhere
			}
		}
		Matcher paper = PAPER_NOUN.matcher(act);
		while (paper.find()) {
			if (!documents.contains(paper.group(1))) {
				return false; // 「要在起诉意见书里写明吗」: 起诉 and 意见 are theirs, an 意见书 is not
			}
		}
		for (int i = 0; i + 2 <= act.length(); i++) {
			String pair = act.substring(i, i + 2);
			if (pair.indexOf('|') < 0 && documents.contains(pair)) {
				return true;
			}
		}
		// 「方案能不能改」: a bare verb the documents use in any word (予以修正, 改善) is theirs to answer; 退 never occurs
		String content = act.replace("|", "");
		if (content.length() == 1 && documents.indexOf(content.charAt(0)) >= 0) {
			return true;
		}
		int at = clause.indexOf(slot);
		// 「把它撤了」: the thesaurus phrase may run into the particles trimmed off the slot
		List<Thesaurus.Match> phrases = thesaurus.find(clause)
			.stream()
			.filter(m -> m.end() > at && m.start() < at + slot.length())
			.toList();
		// 「基金账目会向社会公开吗」: 公开 stands for 披露 and 通报, which no clause on the fund uses — the mine's clause
		// on disclosure says nothing of the fund; the words the documents would say it in are missing where it would be
		List<String> onPart = onPart(normalizedQuestion, relevant);
		boolean phrase = phrases.stream().anyMatch(m -> m.terms().stream().anyMatch(term -> onPart.stream().anyMatch(t -> t.contains(term))));
		// (when no relevant clause is on the part, search missed it, and nothing is judged from that)
		if (!phrases.isEmpty() && !phrase && !onPart.isEmpty() && onPart.size() < relevant.size()) {
			return false;
		}
		// the bodies named are in every clause: beside a longer act a character in common must come from the act
		// (退还给当事人); a light verb (走碳汇, 换成碳汇) asks about the body itself
		String rest = TRAILER.matcher(DEIXIS.matcher(act.replace("|", "")).replaceAll("")).replaceFirst("");
		if (phrase || rest.length() <= 2) {
			return phrase || sharesCharacter(slot, relevant);
		}
		// a longer act is tied to the clauses by a pair of its characters or by its last two (请病假 is not 申请)
		return sharesCharacter(rest.substring(rest.length() - 2), relevant);
	}

	/** Named parts of the mechanism, each with its own clauses: the fund, the mine, the assessors, the volunteers … */
	private static final Pattern PART = Pattern.compile("基金|矿山|陪审员|志愿|教育基地|发布会");

	/**
	 * The relevant clauses about the part of the mechanism the question names (碳汇基金): what another part's clause
	 * says (the mine's disclosure) states nothing of it. All of them when the question names no part.
	 */
	private static List<String> onPart(String normalizedQuestion, List<String> relevant) {
		Matcher part = PART.matcher(normalizedQuestion);
		if (!part.find()) {
			return relevant;
		}
		return relevant.stream().filter(t -> t.contains(part.group())).toList();
	}

	/** 「向社会公开」「对外开放」: to whom an act is done, which names no act of its own. */
	private static final Pattern AUDIENCE = Pattern.compile("(?:向|对|给|跟|朝|面向)(?:全社会|社会公众|社会|公众|群众|老百姓|大家|外界|外面|外|村民|媒体)");

	/** A written instrument named in a slot (意见书, 清单, 公函, 台账册): its last two characters must be the documents'. */
	private static final Pattern PAPER_NOUN = Pattern.compile(HAN + "(" + HAN + "(?:书|单|函|册))");

	/** A kind of meeting named in a slot (听证会, 座谈会, 联席会): only one the documents hold is theirs to answer. */
	private static final Pattern MEETING = Pattern.compile("(听证|座谈|论证|协调|联席|推进|研讨|评审|评议|表彰|动员|现场|专家|理事|董事|股东|村民|代表|见面|碰头|通气|质证|恳谈)会");

	/** How a procedure is run — openly, by invitation, online, in writing — which the documents never qualify. */
	private static final Pattern MANNER = Pattern.compile("^(公开|邀请|竞争性|竞争|单一来源|询价|比选|定向|线上|网上|书面|口头|电话|电子|匿名|实名|集中|封闭|秘密|现金|分期)");

	/**
	 * 「工程是不是公开招标的」: a manner (公开) the best clause does not use, put before an act the documents name
	 * (招标): the act is theirs, the way it is run they do not state — unless a thesaurus phrase ties the manner to
	 * the best clause.
	 */
	private boolean unstatedManner(String act, List<String> relevant) {
		Matcher manner = MANNER.matcher(act);
		if (act.indexOf('|') >= 0 || !manner.find() || relevant.get(0).contains(manner.group(1)) || thesaurus.find(act)
			.stream()
			.anyMatch(m -> m.start() < manner.end() && m.terms().stream().anyMatch(relevant.get(0)::contains))) {
			return false;
		}
		String rest = act.substring(manner.end());
		for (int i = 0; i + 2 <= rest.length(); i++) {
			if (documents.contains(rest.substring(i, i + 2))) {
				return true;
			}
		}
		return false;
	}

	/** 「照顾一点」「纪检的人」: a degree or a bare head after the act says nothing of its own. */
	private static final Pattern TRAILER = Pattern.compile("(一点儿?|点儿?|一些|一下|的人|的事|的)$");

	/** 「走碳汇这条路」: words pointing back at what the slot names add no act. */
	private static final Pattern DEIXIS = Pattern.compile("[这那](条|个|种|样|些|项|块)?(路子|路|办法|方式|制度|机制)?");

	/**
	 * The bodies and parts of the mechanism, which a yes/no slot may name beside the act it asks about; a pronoun before
	 * one (「要不要报我们林业局」) only says whose it is.
	 */
	private static final Pattern BODY = Pattern.compile("(?:我们|咱们|俺们|你们|他们|我|俺)?(?:县?法院|检察院|公安局?|林业局|自然资源局|乡政府|政府|金森(公司)?|公司|村委会?|村里|管理人|碳汇|基金|管委会|联络组|协作小组|小组|被告人?|当事人)");


	/** A slot that is only keeping a record of work done: counting it, writing it down, taking attendance. */
	private static final Pattern RECORDING = Pattern.compile("(?:记|记录|记下|记着|统计|登记|核算|计量|考勤|点名|签到)(?:一下|下来|下)?");

	/** What the clauses call keeping that record. */
	private static final Pattern RECORDED = Pattern.compile("留痕|量化|打卡|记录|台账|登记|考勤");

	/** 「要不要我们看」「有人记没」: who would do the act — the asker or anyone — is no part of the act asked. */
	private static final Pattern PERSON = Pattern.compile("^(?:人|我们|咱们|俺们|你们|他们|大家|别人|我|俺|你|他|她)");

	/** Characters too common to tie a question's word to a clause's. */
	private static final String FUNCTION_CHARACTERS = "的了个一不是有在人上下中大小以对和与为这那就都也还要会能可去来到把被给让得着过们他她它些点吗呢吧啊";

	private static boolean sharesCharacter(String words, List<String> relevant) {
		for (char c : words.toCharArray()) {
			if (FUNCTION_CHARACTERS.indexOf(c) < 0 && relevant.stream().anyMatch(t -> t.indexOf(c) >= 0)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The failure a condition names when the relevant clauses do not name it: its words from the negation on, or the
	 * clause words a thesaurus phrase spanning the negation stands for (不好好干 → 怠于履行).
	 */
	private Optional<String> unstatedFailure(String condition, List<String> relevant) {
		Matcher f = FAILURE.matcher(condition);
		int neg = -1;
		while (f.find()) {
			// 「有没有渠道」「是不是要」: a negation between a word and itself asks a question, it names no failure
			if (!askedBothWays(condition, f.start())) {
				neg = f.start();
			}
		}
		if (neg < 0) {
			return unstatedEvent(condition, relevant);
		}
		String core = SLOT_TAIL.matcher(condition.substring(neg)).replaceFirst("");
		if (core.length() < 2 || VAGUE.matcher(core).matches()) {
			return Optional.empty();
		}
		if (actFailureNamed(condition, neg, relevant)) {
			return Optional.empty();
		}
		List<Thesaurus.Match> phrases = thesaurus.find(condition);
		int negation = neg;
		// 「调解谈不拢」: with a bare result after the negation the verb before it says what failed; in 「管理人不采纳」 the
		// words before name who failed, which every relevant clause names too
		StringBuilder words = new StringBuilder(core.substring(1));
		Matcher refusal = REFUSAL.matcher(core);
		if (refusal.find()) {
			// 「不想劳役」: the refusal fails, not the labour the clauses do name
			words = new StringBuilder(refusal.group(1));
		}
		else if (core.length() == 2 && RESULT.indexOf(core.charAt(1)) >= 0) {
			words.append(failedAct(condition, neg));
		}
		// 「无正当理由不履行劳动义务的」: a long failure is provided for by a clause naming a failure of it (怠于履行),
		// not by one naming the duty itself (视为已履行修复生态义务)
		if (words.length() >= 4 ? failureNamed(words.toString(), relevant) : sharesCharacter(words.toString(), relevant)) {
			return Optional.empty();
		}
		for (Thesaurus.Match m : phrases) {
			// a phrase spanning the negation, against the best clause only: 「不干了」 stands for a manager's failure, named in clauses near any labour question
			if (m.start() <= negation && m.end() > negation && m.terms().stream().anyMatch(relevant.get(0)::contains)) {
				return Optional.empty();
			}
		}
		boolean result = core.length() == 2 && RESULT.indexOf(core.charAt(1)) >= 0;
		// the verb alone reads best: 「谈不拢」「干不完」
		return Optional.of(result && neg > 0 ? condition.charAt(neg - 1) + core : core);
	}

	private static boolean askedBothWays(String text, int neg) {
		return neg > 0 && neg + 1 < text.length() && text.charAt(neg - 1) == text.charAt(neg + 1)
				&& (text.charAt(neg) == '不' || text.charAt(neg) == '没');
	}

	/**
	 * 「调解不下来」「调解没谈拢」: the act right before the negation failing is what a clause provides for when it names
	 * the same act negated (调解不成), whatever result the asker puts after the negation.
	 */
	private static boolean actFailureNamed(String condition, int neg, List<String> relevant) {
		if (neg < 2) {
			return false;
		}
		String act = condition.substring(neg - 2, neg);
		if (!act.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
			return false;
		}
		return relevant.stream().anyMatch(t -> "不没未无".chars().anyMatch(n -> t.contains(act + (char) n)));
	}

	/** 「要是倒闭了」「万一破产了的话」: an event supposed, up to the 了 that closes it. */
	private static final Pattern SUPPOSED_EVENT = Pattern.compile("(?:要是|如果|万一|假如|假设|若是|一旦)(" + HAN + "{1,12}?了)(?:的话)?");

	/**
	 * The bodies an event may befall (倒闭, 解散, 撤并): the clauses provide for the bodies' duties, not for their end. A
	 * party's steps in a case (被判了, 起诉了) are the stages the clauses do speak of.
	 */
	private static final Pattern INSTITUTION = Pattern.compile("公司|金森|管理人|村委|村民委员会|基金|委员会|管委会|政府|法院|检察院|林业局|自然资源局|小组|办公室|基地");

	/** A negation inside a condition. */
	private static final Pattern NEGATED = Pattern.compile("[不没无未]");

	/** A step done to its end. */
	private static final Pattern DONE = Pattern.compile("[完好毕齐]了$|结束了$|完成了$|完工了$|竣工了$|到期了$|满了$");

	/** A yes/no question after the supposed event: 还认不认, 还算数吗, 能不能继续. */
	private static final Pattern YES_NO_AFTER_EVENT = Pattern.compile("(" + HAN + ")不\\1|吗[?？]?$|么[?？]?$|(?<=" + HAN + "{2})[不没][?？]?$|有没有|能不能|会不会|是不是");

	/** 「被解除以后」「撤销之后」: what follows a step the question names. */
	private static final Pattern AFTER_STEP = Pattern.compile("(" + HAN + "{2,4}?)了?(?:以后|之后|过后)");

	/** The rest of a clause's sentence after a step, up to its end. */
	private static final int LAST_STEP_TAIL = 6;

	/**
	 * 「管理人被解除以后还要担什么责任」: a step the best clause names only as its last word on the matter (有权解除代管关系。)
	 * is where the documents stop; what follows it they do not provide for. A step they go on from (认购后可以获得……)
	 * is theirs to answer.
	 */
	private static Optional<String> afterLastStep(String condition, List<String> relevant) {
		Matcher m = AFTER_STEP.matcher(condition);
		String step = null;
		int from = 0;
		while (m.find()) {
			step = condition.substring(Math.max(from, m.end(1) - 4), m.end(1));
			from = m.end();
		}
		if (step == null) {
			return Optional.empty();
		}
		String best = relevant.get(0);
		// 「解除代管以后」: the longest end of the words before 以后 that the clause uses is the step
		String named = step;
		step = null;
		for (int len = Math.min(4, named.length()); len >= 2 && step == null; len--) {
			String end = named.substring(named.length() - len);
			if (best.contains(end)) {
				step = end;
			}
		}
		if (step == null) {
			return Optional.empty();
		}
		int at = best.indexOf(step);
		for (; at >= 0; at = best.indexOf(step, at + 1)) {
			int end = at + step.length();
			int stop = end;
			while (stop < best.length() && "。；;！!".indexOf(best.charAt(stop)) < 0) {
				stop++;
			}
			if (stop - end > LAST_STEP_TAIL) {
				return Optional.empty();
			}
		}
		return Optional.of(step);
	}

	/** Words of a clause that name a failure or a fault. */
	private static final Pattern FAILURE_NAMED = Pattern.compile("怠于|不成|偏离|拒不|未|不|无力|损害|问题|风险|解除|撤销");

	/** Whether a clause names a failure and, within a few characters after it, one of the failed words' characters. */
	private static boolean failureNamed(String words, List<String> relevant) {
		for (String text : relevant) {
			Matcher m = FAILURE_NAMED.matcher(text);
			while (m.find()) {
				String after = text.substring(m.start(), Math.min(text.length(), m.end() + 5));
				if (sharesCharacter(words, List.of(after))) {
					return true;
				}
			}
		}
		return false;
	}

	/** The paths themselves, which every clause near a question about them names. */
	private static final Pattern PATH = Pattern.compile("劳役代偿|劳役|代偿|碳汇|认购|管理人");

	/**
	 * 「调解谈不拢」: the two characters before a negated result say what failed (调解, which 调解不成 provides for);
	 * in 「劳役干不完」 the path named before the verb is no part of the failure.
	 */
	private static String failedAct(String condition, int neg) {
		String before = PATH.matcher(condition.substring(0, neg)).replaceAll("");
		return before.substring(Math.max(0, before.length() - 2));
	}

}
