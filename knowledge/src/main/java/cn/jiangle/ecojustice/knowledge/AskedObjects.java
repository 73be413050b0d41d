package cn.jiangle.ecojustice.knowledge;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.jiangle.ecojustice.knowledge.index.Thesaurus;

/**
 * What a question names as the thing it wants, checked against the clauses that would answer it. 「要准备哪些材料」
 * wants 材料, 「哪个网站能看到」 a 网站, 「是哪个老板在开采」 a 老板; 「是公开招标还是邀请招标」 wants one of two named
 * ways. When the relevant clauses name neither the thing nor a word sharing a character with it (案子 and 案件), nor
 * hold what a thesaurus phrase for it stands for, they do not state it. Generic heads (意思, 作用, 方面, 单位 …) say
 * nothing of their own and are never checked.
 */
final class AskedObjects {

	private static final String HAN = "[\\u4e00-\\u9fff]";

	/** A question word that may take a noun after it; 哪里, 哪儿, 哪块 ask for a place or a part, never a noun. */
	private static final Pattern WH = Pattern.compile("哪里|哪儿|哪边|哪块|哪一块|哪摊|哪方面|哪些|哪几|哪一|哪|什么|啥");

	private static final Pattern PLACE = Pattern.compile("^(哪里|哪儿|哪边|哪块|哪一块|哪摊|哪方面)$");

	private static final String MEASURE = "个家种类位张份项样些条款块方";

	/** 「哪两种」「哪几家一起搞」: a number or an adverb after the question word, not a noun. */
	private static final Pattern NOT_A_NOUN = Pattern.compile("^([一二两三四五六七八九十几]|一起|一块|具体|都|又|还|现成|特别|挂钩|有关|相关|关联|联系|对应)");

	/** Characters that end the noun: particles, copulas, modals and common verbs after the object. */
	private static final String NOUN_END = "的了吗呢吧啊呀么嘛是在能会要可就都也还去来到给让把被和与跟或及等用做干办算叫有没不才得过着上里内";

	/** Heads that ask for any kind of answer, or that the documents speak of under many names. */
	private static final Pattern GENERIC = Pattern.compile("^(意思|角色|脚色|角儿|作用|用处|用途|好处|东西|事|事情|事儿|工作|活|活儿|情况|时候|时间|地方|办法|方法|方式|形式|"
			+ "条件|要求|内容|身份|人|人员|单位|部门|机构|机关|程序|流程|手段|原因|目的|样|样子|程度|范围|性质|类|类型|种类|方面|环节|阶段|职责|"
			+ "责任|措施|问题|步骤|途径|渠道|模式|机制|效果|结果|依据|原则|理念|规定|文件|名义|作为|身份|关系|区别|不同|影响|后果|处理|办|级别|层面|"
			+ "水平|标准|罪|案|名目|领域|对象|主体|任务|义务|权利|权力|事项|项目|地位|定位|性|情形|场合|场景|手续费|"
			// abstract heads: what a thing brings, changes or is like
			+ "帮助|帮忙|忙|特点|特色|特别|职务|职位|位置|位子|难题|难处|困难|困境|改变|变化|路子|门路|出路|办法|好处|优势|意义|价值|亮点|成效|成果|"
			+ "名堂|说法|讲究|来头|背景|门道|用意|初衷|考虑|打算|安排|分工|规矩|章程|条款|样子|状态|程度|力度|用法|买法|做法|搞法|玩法|说头|钱|费|款|"
			+ "方向|目标|方针|思路|路线|宗旨|精神|理由|想法|主意|角度|思想|态度|立场|名字|名称|全称|名儿|指标)");

	/** 「哪些诉讼阶段」「哪些履职内容」: a qualified abstract head asks for any kind of answer too. */
	private static final Pattern ABSTRACT_TAIL = Pattern.compile("(阶段|环节|内容|方式|方面|形式|步骤|流程|职责|职能|履职|作用|情形)$");

	/**
	 * 「公司在县城哪条路上」「办公室在几楼」「门牌号多少」: a place finer than a village — a road, a street, a building, a
	 * floor, a door number — which the documents never give: they place things by county, township and village. 「走哪条路」
	 * is a way of doing, not a place.
	 */
	private static final Pattern ADDRESS = Pattern.compile("(?:在|位于|开在|设在|坐落在|搬到)[^，,。？?！!]{0,6}?(?:哪|什么|啥|几)(?:条|个|栋|幢|座|号|一)?(?:路(?![子线径])|街|街道|巷|弄|大楼|楼|层|号楼|小区|大厦|门牌|房间)"
			+ "|(?<!走)(?:哪|什么|啥)(?:条|个)?(?:路|街|街道|巷)上|门牌|详细地址|具体地址|地址(?:是|在)?(?:哪|什么|啥|多少)");

	/** A clause stating an address: a road, a street, a number or a floor. */
	private static final Pattern ADDRESS_STATED = Pattern.compile("(?<![思道])路(?![径线])[0-9一二三四五六七八九十]|街|号楼|(?<![〕0-9一二三四五六七八九十])[0-9一二三四五六七八九十]+(?:号|楼|层)");

	/** 「是公开招标还是邀请招标」: two alternatives. */
	private static final Pattern ALTERNATIVE = Pattern.compile("(" + HAN + "{1,8})还是(" + HAN + "{1,8})");

	/** 「是文件里写了的还是随口说说的」: one alternative is the documents' own word, so the question asks whether they say it. */
	private static final Pattern DOCUMENT_SAYS = Pattern.compile("文件|写了|写的|写进|写明|写着|有规定|规定了|规定的|白纸黑字|红头|正式定|明文");

	private static final Pattern ALT_HEAD = Pattern.compile("^.*?(?:是|要|按|用|去|给|由|在|找|走)");

	private static final Pattern ALT_TAIL = Pattern.compile("(?:呢|吗|啊|呀|的|了|啥的|什么的)+$");

	/** Characters too common to tie a question's word to a clause's. */
	private static final String FUNCTION_CHARACTERS = "的了个一不是有在人上下中大小以对和与为这那就都也还要会能可去来到把被给让得着过们他她它些点吗呢吧啊做干用";

	private final Thesaurus thesaurus;

	AskedObjects(Thesaurus thesaurus) {
		this.thesaurus = thesaurus;
	}

	/**
	 * The gap sentence when the asked-for noun, or both alternatives, are absent from the relevant clauses;
	 * {@code sectioned} are the same clauses with their headings (「（三）万全乡人民政府……具体职责」 names the 乡 of
	 * 「是乡里还是县里」).
	 */
	Optional<String> gap(String normalizedQuestion, List<String> relevant, List<String> sectioned) {
		String asking = AskedFor.askingClause(normalizedQuestion);
		if (ADDRESS.matcher(asking).find() && relevant.stream().noneMatch(t -> ADDRESS_STATED.matcher(t).find())) {
			return Optional.of("文件没有写明具体地址。");
		}
		Optional<String> noun = askedNoun(asking);
		if (noun.isPresent() && !mentioned(noun.get(), asking, relevant) && !focusStated(asking, relevant)
				&& !verbStated(asking, noun.get(), relevant)) {
			return Optional.of("文件没有写明具体是什么" + noun.get() + "。");
		}
		Matcher alt = ALTERNATIVE.matcher(asking);
		if (alt.find()) {
			String a = ALT_HEAD.matcher(alt.group(1)).replaceFirst("");
			String b = ALT_TAIL.matcher(alt.group(2)).replaceFirst("");
			String first = a.isEmpty() ? alt.group(1) : a;
			// alternatives run parallel: in 「招标走公开招标还是邀请招标」 the first is as long as the second
			String[] parts = distinct(first.substring(Math.max(0, first.length() - b.length())), b);
			if (!parts[0].isEmpty() && !parts[1].isEmpty() && !DOCUMENT_SAYS.matcher(alt.group()).find() && !sharesCharacter(parts[0], sectioned.get(0))
					&& !sharesCharacter(parts[1], sectioned.get(0))) {
				return Optional.of("文件没有规定是“" + parts[0] + "”还是“" + parts[1] + "”。");
			}
		}
		return Optional.empty();
	}

	/**
	 * 「能拿到啥凭据」 asks for a paper in its own word, 「想争个啥名头」 for an honour: a clause naming the kind of thing
	 * asked (证明书, 积分; 争创, 试点) states it, whatever the word.
	 */
	private static boolean focusStated(String asking, List<String> relevant) {
		for (AskedFor.Focus focus : List.of(AskedFor.Focus.PAPER, AskedFor.Focus.HONOUR)) {
			if (focus.asks.matcher(asking).find() && relevant.stream().anyMatch(focus::answeredBy)) {
				return true;
			}
		}
		return false;
	}

	/** The noun after the question word, trimmed at the first particle or verb; empty when generic or one character. */
	static Optional<String> askedNoun(String asking) {
		Matcher m = WH.matcher(asking);
		while (m.find()) {
			String rest = asking.substring(m.end());
			if (PLACE.matcher(m.group()).matches() || rest.isEmpty() || NOT_A_NOUN.matcher(rest).find()) {
				continue;
			}
			if (BASIS_BEFORE.matcher(asking.substring(0, m.start())).find() && DECIDING.matcher(rest).find()) {
				continue; // 「按什么定数」 asks what a figure follows: 定 is the verb, not a noun asked for
			}
			if (WHETHER_BEFORE.matcher(asking.substring(0, m.start())).find()) {
				continue; // 「会不会问问老百姓啥意见」: after 会不会 the 啥 is "any", the question asks whether
			}
			String bare = head(rest);
			boolean measured = MEASURE.indexOf(rest.charAt(0)) >= 0;
			String noun = measured ? head(rest.substring(1)) : bare;
			if (noun.length() < 2 || GENERIC.matcher(bare).find() || GENERIC.matcher(noun).find()
					|| NOT_A_NOUN.matcher(noun).find() || ABSTRACT_TAIL.matcher(noun).find()) {
				continue;
			}
			return Optional.of(noun);
		}
		return Optional.empty();
	}

	/** 按, 照, 依据 … right before the question word: 「按什么定」 asks for a basis. */
	private static final Pattern BASIS_BEFORE = Pattern.compile("(按|照|依|据|凭|按照|依照|依据|根据|参照)$");

	/** An A-not-A modal before the question word: the question asks whether, and 啥/什么 after it means "any". */
	private static final Pattern WHETHER_BEFORE = Pattern.compile("(会不会|能不能|要不要|可不可以|需不需要|用不用|肯不肯|让不让)" + HAN + "{1,6}$");

	/** A verb of fixing or reckoning after 「按什么」. */
	private static final Pattern DECIDING = Pattern.compile("^(来|去)?(定|算|计|确定|核定|判|决定|折|换算|折算)");

	/**
	 * 「最后说要争创个什么称号」: the verb before the question word (争创) stands in a clause with its object after it
	 * (争创国家级生态县), which is what is asked, whatever kind-word the question uses. Light verbs (准备, 提供 …) that
	 * take anything are no such tie.
	 */
	private static final Pattern VERB_BEFORE_WH = Pattern.compile("(" + HAN + "{2})(?:个|一个|一项|一种|了|的是|是)?(?:什么|啥)$");

	private static final Pattern LIGHT_VERB = Pattern.compile("准备|需要|提供|提交|交纳|缴纳|出具|开具|携带|拿到|领取|发放|使用|采用|签订|签署|填写|办理|"
			+ "得到|获得|给予|给出|进行|开展|负责|承担|属于|叫做|算是|就是|还是|都是|也是|具体|到底|究竟|主要|应该|应当|可以|能够|需要");

	static boolean verbStated(String asking, String noun, List<String> relevant) {
		int at = asking.indexOf(noun);
		if (at < 0) {
			return false;
		}
		Matcher v = VERB_BEFORE_WH.matcher(asking.substring(0, at));
		if (!v.find() || LIGHT_VERB.matcher(v.group(1)).find()) {
			return false;
		}
		String verb = v.group(1);
		if (FUNCTION_CHARACTERS.indexOf(verb.charAt(0)) >= 0 || FUNCTION_CHARACTERS.indexOf(verb.charAt(1)) >= 0) {
			return false;
		}
		// 「依托“生态司法助力乡村振兴示范基地”」: the object may open with a quotation mark or a title mark
		Pattern object = Pattern.compile(Pattern.quote(verb) + "[“\"《「『]?" + HAN + "{2}");
		return relevant.stream().anyMatch(t -> object.matcher(t).find());
	}

	private static String head(String rest) {
		int end = 0;
		while (end < Math.min(4, rest.length()) && NOUN_END.indexOf(rest.charAt(end)) < 0 && isHan(rest.charAt(end))) {
			end++;
		}
		return rest.substring(0, end);
	}

	private static boolean isHan(char c) {
		return c >= '\u4e00' && c <= '\u9fff';
	}

	/**
	 * Whether the clauses speak of the noun: a pair of its characters, its head (the last character, before a suffix
	 * 子 or 儿: 案子 → 案件, but 包工头 is not 施工), or what a thesaurus phrase for it stands for.
	 */
	private boolean mentioned(String noun, String asking, List<String> relevant) {
		for (int i = 0; i + 2 <= noun.length(); i++) {
			String pair = noun.substring(i, i + 2);
			if (relevant.stream().anyMatch(t -> t.contains(pair))) {
				return true;
			}
		}
		String stem = noun.length() > 1 && "子儿".indexOf(noun.charAt(noun.length() - 1)) >= 0
				? noun.substring(0, noun.length() - 1) : noun;
		String head = stem.substring(stem.length() - 1);
		if (relevant.stream().anyMatch(t -> t.contains(head))) {
			return true;
		}
		int at = asking.indexOf(noun);
		return thesaurus.find(asking)
			.stream()
			.anyMatch(m -> m.end() > at && m.start() < at + noun.length()
					&& m.terms().stream().anyMatch(term -> relevant.stream().anyMatch(t -> t.contains(term))));
	}

	/** The two alternatives without what they share: 公开招标 / 邀请招标 → 公开 / 邀请. */
	private static String[] distinct(String a, String b) {
		int prefix = 0;
		while (prefix < Math.min(a.length(), b.length()) && a.charAt(prefix) == b.charAt(prefix)) {
			prefix++;
		}
		int suffix = 0;
		while (suffix < Math.min(a.length(), b.length()) - prefix
				&& a.charAt(a.length() - 1 - suffix) == b.charAt(b.length() - 1 - suffix)) {
			suffix++;
		}
		return new String[] { a.substring(prefix, a.length() - suffix), b.substring(prefix, b.length() - suffix) };
	}

	private static boolean sharesCharacter(String words, String text) {
		for (char c : words.toCharArray()) {
			if (FUNCTION_CHARACTERS.indexOf(c) < 0 && text.indexOf(c) >= 0) {
				return true;
			}
		}
		return false;
	}

}
