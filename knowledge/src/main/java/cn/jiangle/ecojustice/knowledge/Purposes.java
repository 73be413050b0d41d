package cn.jiangle.ecojustice.knowledge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.jiangle.ecojustice.knowledge.index.Thesaurus;
import cn.jiangle.ecojustice.knowledge.ingest.Chunk;

/**
 * 「为啥要搞司法碳汇这套」「管理人制度图个啥」「矿山协议的目标口号是啥」 ask why a document was made or what it aims at.
 * Each document says so in its opening and its goal sections (引言, 目的意义, 工作目标, 工作效果, 总体目标) — in sentences
 * of a hundred characters and more, of which the answer is one phrase: 「推动恢复性生态司法与林业碳汇工作机制的有效衔接」,
 * 「重构了生态环境修复裁判执行权的运行机制」. The answer quotes the phrases of the asked document's purpose sections that
 * share the most with the question and with the kind of purpose asked (why, what it connects, where it heads, what it
 * brings, its slogan), each marked 「……」 where its sentence goes on.
 */
final class Purposes {

	private static final String D21 = "将法〔2021〕17号";

	/** Asks for a purpose, an aim, a benefit or a direction. */
	private static final Pattern ASKS = Pattern.compile("为啥要|为什么要|为何要|为啥搞|为什么搞|为了啥|为了什么|(主要|就|其实|本来)?是为了.{1,12}(是吧|对吧|吧|吗|嘛|是不是|不是)|图个?啥|图什么|目的|意义|目标|"
			+ "想达到|要达到(什么|啥)|达到(什么|啥)|想实现|要实现(什么|啥)|实现(什么|啥)|方向|口号|初衷|用意|出发点|好处|有(什么|啥)用|"
			+ "解决(什么|啥)问题|(什么|啥)帮助|帮助|衔接|串起来|串到一起|结合起来|连起来|打通|绑在一起|合在一起|放在一起|融合|建成(什么|啥)|想干(啥|什么|嘛)|是想|想要");

	/** What a question asks about a concrete thing, which its own clause states (修复目标 of one site is one). */
	private static final Pattern OTHER = Pattern.compile("多少|(?<!这)几|谁|哪个部门|哪家|哪个单位|哪里|什么时候|多久|怎么申请|流程|程序|验收|"
			+ "资金|基金|钱|证明书|积分|陪审员|志愿|劳役|代偿|认购|买碳汇|核销|打卡|根据|依据|考虑|情况|怎么定|如何定|定的");

	private static final Pattern MINE = Pattern.compile("矿山|吴地|万全|协议|竹舟|4号");

	private static final Pattern MANAGER = Pattern.compile("管理人|13号|2024年.{0,4}意见|24年.{0,4}意见");

	private static final Pattern MECHANISM = Pattern.compile("碳汇机制|司法碳汇|生态司法.?碳汇|碳汇这|17号|2021|21年|工作机制的意见");

	/** 「这个机制」 without a name: the 2021 mechanism or the 2024 one built on it. */
	private static final Pattern SOME_MECHANISM = Pattern.compile("这个?机制|这套机制|这个?制度|这项工作|这套做法");

	/** The mine agreement's 总体目标 lists restoration results, which its own clause answers whole. */
	private static final Pattern PURPOSE_SECTION = Pattern.compile("目的|意义|工作目标|效果|引言");

	/** A section-title word the question repeats: 「要实现什么样的效果」 and 工作效果. */
	private static final Pattern TITLE_WORD = Pattern.compile("目的|意义|目标|效果");

	private static final Pattern PART_BREAK = Pattern.compile("(?<=[，；,;：:])");

	/** A kind of purpose asked, and the phrases that state that kind. */
	private record Cue(Pattern asks, Pattern states) {
	}

	private static final Cue GOAL = new Cue(Pattern.compile("目标|达到|实现|最终|建成|想要|想干"),
			Pattern.compile("目标|提高|实现|恢复|统筹推进|做实|建立|凝聚"));

	private static final List<Cue> CUES = List.of(
			new Cue(Pattern.compile("衔接|串|结合|连起来|打通|挂钩|哪两|绑|合在一起|放在一起|放一起|搭在一起|捆在一起|融合"), Pattern.compile("衔接|结合|联动|融合")),
			new Cue(Pattern.compile("方向|往哪|朝哪|推向"), Pattern.compile("向.{2,16}发展")),
			new Cue(Pattern.compile("意义|好处|帮助|执行难|用处|有(什么|啥)用|图个?啥|图什么|为啥|为什么|为何|价值"),
					Pattern.compile("重构|突破|有利于|推动了")),
			new Cue(Pattern.compile("为啥|为什么|为何|为了|初衷|出发点|起因|解决"), Pattern.compile("^为(?!将乐)|控制|促进|衔接|创新")),
			GOAL,
			new Cue(Pattern.compile("口号|一句话|提法|说法"), Pattern.compile("“[^”]{3,16}、[^”]{3,16}”")));

	private static final int CUE_WEIGHT = 3;

	private static final int MAX_PARTS = 3;

	/** A sentence up to this length is quoted whole rather than cut to its phrases. */
	private static final int WHOLE_SENTENCE = 130;

	private Purposes() {
	}

	static Optional<ManagerRoles.Lead> lead(String question, List<Chunk> chunks) {
		String q = Thesaurus.normalize(question);
		if (!ASKS.matcher(q).find() || OTHER.matcher(q).find()) {
			return Optional.empty();
		}
		List<String> docs = documentsAsked(q);
		if (docs.isEmpty() || (docs.equals(List.of(ManagerRoles.D4)) && !asksBeyondGoal(q))) {
			return Optional.empty(); // the mine's results are its 总体目标 clause, which search finds
		}
		Matcher titleWord = TITLE_WORD.matcher(q);
		String title = titleWord.find() ? titleWord.group() : null;
		List<Part> parts = new ArrayList<>();
		for (Chunk c : chunks) {
			if (docs.contains(c.doc()) && (c.sectionPath().isEmpty() || PURPOSE_SECTION.matcher(c.section()).find())) {
				int bonus = title != null && c.section().contains(title) ? CUE_WEIGHT : 0;
				for (String sentence : ExtractiveAnswers.sentences(c.text())) {
					String s = ClauseSentences.withoutHeading(sentence.strip(), c.sectionPath());
					String[] pieces = PART_BREAK.split(s);
					for (int i = 0; i < pieces.length; i++) {
						String piece = pieces[i].strip();
						if (piece.length() >= 6) {
							String next = i + 1 < pieces.length ? pieces[i + 1].strip() : "";
							parts.add(new Part(c, s, piece, next, bonus + score(q, piece)));
						}
					}
				}
			}
		}
		if (asksAboutSomethingElse(q, docs, chunks, parts)) {
			return Optional.empty(); // 「为什么要强调后期维护」: why of a measure its own clause gives
		}
		parts.sort(Comparator.comparingInt(Part::score).reversed());
		if (parts.isEmpty() || parts.get(0).score() < CUE_WEIGHT) {
			return Optional.empty();
		}
		int best = parts.get(0).score();
		Map<Chunk, List<Part>> chosen = new LinkedHashMap<>();
		int n = 0;
		for (Part p : parts) {
			if (n++ == MAX_PARTS || p.score() * 2 < best) {
				break;
			}
			chosen.computeIfAbsent(p.chunk(), k -> new ArrayList<>()).add(p);
		}
		List<ManagerRoles.Quote> quotes = new ArrayList<>();
		// a short sentence reads better whole: 工作目标 is one sentence naming who pursues the aim
		chosen.forEach((chunk, ps) -> quotes.add(new ManagerRoles.Quote(chunk,
				ps.stream().allMatch(p -> p.sentence().length() <= WHOLE_SENTENCE && p.sentence().equals(ps.get(0).sentence()))
						? ps.get(0).sentence() : joined(chunk, ps))));
		List<String> quoted = chosen.keySet().stream().map(Chunk::doc).distinct().toList();
		return Optional.of(new ManagerRoles.Lead(String.join("、", quoted) + "写明：", quotes, quoted));
	}

	/** Characters of question words, cue words and fillers: bigrams with them name no matter. */
	private static final String ASKING_CHARACTERS = "什么啥为要想最哪怎吗呢是的了个这那搞图干达到实现目标意义效果口号方向说白终后解决问题主";

	/**
	 * A word of the question that the asked documents use, but none of their purpose phrases: the question is about
	 * that matter (后期维护, 补植), whose own clause says why.
	 */
	private static boolean asksAboutSomethingElse(String q, List<String> docs, List<Chunk> chunks, List<Part> parts) {
		String purposeText = parts.stream().map(p -> Thesaurus.normalize(p.piece())).reduce("", String::concat);
		StringBuilder documents = new StringBuilder();
		chunks.stream().filter(c -> docs.contains(c.doc())).forEach(c -> documents.append(Thesaurus.normalize(c.text())).append('\n'));
		for (int i = 0; i + 2 <= q.length(); i++) {
			String bigram = q.substring(i, i + 2);
			if (!isHan(bigram) || COMMON.contains(bigram) || bigram.chars().anyMatch(ch -> ASKING_CHARACTERS.indexOf(ch) >= 0)
					|| purposeText.contains(bigram)) {
				continue;
			}
			if (documents.indexOf(bigram) >= 0) {
				return true;
			}
		}
		return false;
	}

	/** Why, what it brings, connects or is summed up as — not only the results the mine should reach. */
	private static boolean asksBeyondGoal(String q) {
		return CUES.stream().filter(c -> c != GOAL).anyMatch(c -> c.asks().matcher(q).find());
	}

	/** The mine agreement, the manager opinions or the 2021 mechanism, by the words the question uses for it. */
	static List<String> documentsAsked(String q) {
		Optional<String> named = Issuers.documentNamed(q);
		if (named.isPresent()) {
			return List.of(named.get());
		}
		if (MINE.matcher(q).find()) {
			return List.of(ManagerRoles.D4);
		}
		if (MANAGER.matcher(q).find()) {
			return List.of(ManagerRoles.D13);
		}
		if (MECHANISM.matcher(q).find()) {
			return List.of(D21);
		}
		return SOME_MECHANISM.matcher(q).find() ? List.of(D21, ManagerRoles.D13) : List.of();
	}

	/** The question's two-character words the phrase repeats, and the kinds of purpose asked that it states. */
	static int score(String q, String piece) {
		String p = Thesaurus.normalize(piece);
		Set<String> seen = new HashSet<>();
		int score = 0;
		for (int i = 0; i + 2 <= q.length(); i++) {
			String bigram = q.substring(i, i + 2);
			if (isHan(bigram) && !COMMON.contains(bigram) && seen.add(bigram) && p.contains(bigram)) {
				score++;
			}
		}
		for (Cue cue : CUES) {
			if (cue.asks().matcher(q).find() && cue.states().matcher(p).find()) {
				score += CUE_WEIGHT;
			}
		}
		return score;
	}

	/** Words every purpose phrase and question shares: they tell no phrase from another. */
	private static final Set<String> COMMON = Set.of("生态", "修复", "碳汇", "司法", "机制", "制度", "工作", "这个", "管理", "理人", "文件",
			"意见", "将乐", "什么", "为什", "么要", "目标", "实现");

	private static boolean isHan(String s) {
		return s.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
	}

	/** The chunk's chosen phrases in the order they stand, 「……」 wherever text is left out between or around them. */
	static String joined(Chunk chunk, List<Part> parts) {
		String text = chunk.text();
		List<int[]> spans = new ArrayList<>();
		for (Part p : parts) {
			int at = text.indexOf(p.piece());
			if (at >= 0) {
				int end = at + p.piece().length();
				int next = p.piece().length() < SHORT_PIECE && !p.next().isEmpty() && p.next().length() <= 2 * SHORT_PIECE ? text.indexOf(p.next(), end) : -1;
				spans.add(new int[] { at, next >= 0 && text.substring(end, next).isBlank() ? next + p.next().length() : end });
			}
		}
		spans.sort(Comparator.comparingInt(a -> a[0]));
		StringBuilder out = new StringBuilder();
		int end = -1;
		for (int[] span : spans) {
			if (span[0] < end) {
				if (span[1] > end) {
					out.append(text, end, span[1]);
					end = span[1];
				}
				continue;
			}
			if (end >= 0 && !text.substring(end, span[0]).isBlank()) {
				out.setLength(out.length() - trailingBreak(out));
				out.append("……");
			}
			else if (end < 0 && !startsSentence(text, span[0])) {
				out.append("……");
			}
			out.append(text, span[0], span[1]);
			end = span[1];
		}
		int cut = trailingBreak(out);
		out.setLength(out.length() - cut);
		if (out.isEmpty() || out.charAt(out.length() - 1) != '。') {
			out.append(end < text.strip().length() ? "……" : "。");
		}
		return out.toString();
	}

	private static int trailingBreak(StringBuilder s) {
		return s.length() > 0 && "，；,;：:".indexOf(s.charAt(s.length() - 1)) >= 0 ? 1 : 0;
	}

	private static boolean startsSentence(String text, int at) {
		String before = text.substring(0, at).strip();
		return before.isEmpty() || before.endsWith("。") || before.endsWith("：");
	}

	/** @param next the phrase after it in its sentence, shown with a short one: 「为进一步拓展适用……」 says for what next */
	private record Part(Chunk chunk, String sentence, String piece, String next, int score) {
	}

	private static final int SHORT_PIECE = 25;

}
