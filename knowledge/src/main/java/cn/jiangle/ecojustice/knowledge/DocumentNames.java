package cn.jiangle.ecojustice.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import cn.jiangle.ecojustice.knowledge.index.Thesaurus;
import cn.jiangle.ecojustice.knowledge.ingest.Chunk;

/**
 * What a document is called: its 文号 and its title, which stand in its header, not in any clause. 「管理人那份实施意见
 * 文号多少」 gets the 文号, 「矿山协议文号是不是将法2024 4号」 a 是/不是 with it, 「17号文全称叫啥」「4号文是什么文件」 the
 * title, 「17号意见是哪年出的」 the year its 文号 carries, and 「三份文件分别叫什么」 every title.
 */
final class DocumentNames {

	/** 「碳汇那个文件是几号文」: a document's 文号, which stands in its header. */
	private static final Pattern NUMBER = Pattern.compile("文号|几号文|几号文件|多少号|哪个号|什么号|编号|字号|发文号");

	/** The words people use for each document when they do not know its number. */
	private static final List<Issuers.Named> TITLES = List.of(
			new Issuers.Named("将法〔2024〕4号", Pattern.compile("协议|矿山|万全|吴地|框架")),
			new Issuers.Named("将法〔2024〕13号", Pattern.compile("管理人|实施意见")),
			new Issuers.Named("将法〔2021〕17号", Pattern.compile("碳汇|工作机制|2021|21年")));

	/**
	 * 「生态修复管理人那份实施意见的文号是多少」: the 文号 of the document the question describes, with its title. A
	 * question that already names a 文号 asks something else.
	 */
	static Optional<ManagerRoles.Lead> number(String question, List<Chunk> chunks) {
		String q = Thesaurus.normalize(question);
		if (!NUMBER.matcher(q).find()) {
			return Optional.empty();
		}
		if (GIVEN_NUMBER.matcher(q.replace("〔", "").replace("〕", " ")).find()) {
			return Optional.empty(); // a 文号 given with its year is checked by claimedNumber
		}
		Optional<String> named = q.matches(".*\\d+号.*") ? Issuers.documentNamed(q) : Optional.empty();
		if (named.isPresent()) {
			// 「13号文的文号给我一下」: the full 文号 of the document named by its number
			Optional<Chunk> own = first(named.get(), chunks);
			return own.map(c -> new ManagerRoles.Lead("《" + c.title() + "》的文号是" + c.doc() + "。", List.of(),
					List.of(c.doc())));
		}
		for (Issuers.Named doc : TITLES) {
			if (!doc.words().matcher(q).find()) {
				continue;
			}
			Optional<Chunk> own = first(doc.doc(), chunks);
			return own.map(c -> new ManagerRoles.Lead("《" + c.title() + "》的文号是" + doc.doc() + "。", List.of(),
					List.of(doc.doc())));
		}
		return Optional.empty();
	}

	/** 「将法2024 4号」「2024年4号」: the year and number a question gives for a 文号. */
	private static final Pattern GIVEN_NUMBER = Pattern.compile("(20\\d\\d)\\D{0,3}?(\\d{1,3})号");

	/** 「是2024年12号文吧」: a 文号 given for the document, without the word 文号. */
	private static final Pattern CLAIMED_NUMBER = Pattern.compile("(是|就是|是不是|应该是)(将法)?〔?20\\d\\d");

	private static final Pattern PAPER = Pattern.compile("文件|意见|协议|文(?!化|明)");

	private static final Pattern DOC_NUMBER = Pattern.compile("(20\\d\\d)〕(\\d{1,3})号");

	/**
	 * 「矿山协议文号是不是将法2024 4号」: the 文号 a question gives for a document it describes, confirmed or corrected
	 * from the header. A question naming no document by its words, or giving no year, gets no verdict.
	 */
	static Optional<ManagerRoles.Lead> claimedNumber(String question, List<Chunk> chunks) {
		String q = Thesaurus.normalize(question);
		if (!NUMBER.matcher(q).find() && !(PAPER.matcher(q).find() && CLAIMED_NUMBER.matcher(q).find())) {
			return Optional.empty();
		}
		java.util.regex.Matcher given = GIVEN_NUMBER.matcher(q.replace("〔", "").replace("〕", " "));
		if (!given.find() || !Issuers.WHETHER.matcher(q).find()) {
			return Optional.empty();
		}
		String unnumbered = GIVEN_NUMBER.matcher(q).replaceAll(" ");
		for (Issuers.Named doc : TITLES) {
			if (!doc.words().matcher(unnumbered).find()) {
				continue;
			}
			java.util.regex.Matcher actual = DOC_NUMBER.matcher(doc.doc());
			Optional<Chunk> own = first(doc.doc(), chunks);
			if (!actual.find() || own.isEmpty()) {
				return Optional.empty();
			}
			boolean same = actual.group(1).equals(given.group(1))
					&& Integer.parseInt(actual.group(2)) == Integer.parseInt(given.group(2));
			return Optional.of(new ManagerRoles.Lead((same ? "是。" : "不是。") + "《" + own.get().title() + "》的文号是"
					+ doc.doc() + "。", List.of(), List.of(doc.doc())));
		}
		return Optional.empty();
	}

	/** 「17号文标题是什么」「矿山那份协议全称叫啥」: a document's title. */
	private static final Pattern TITLE_ASKED = Pattern.compile("(文件|文(?!化|明)|意见|协议|\\d号)[^，,。？?]{0,3}?(的)?(标题|全称|题目|名称|文件名|叫(什么|啥)|(什么|啥)名字?|名字)");

	static Optional<ManagerRoles.Lead> title(String question, List<Chunk> chunks) {
		String q = Thesaurus.normalize(question);
		if (!TITLE_ASKED.matcher(q).find()) {
			return Optional.empty();
		}
		Optional<String> doc = Issuers.documentNamed(q)
			.or(() -> TITLES.stream().filter(t -> t.words().matcher(q).find()).map(Issuers.Named::doc).findFirst());
		Optional<Chunk> own = doc.flatMap(d -> first(d, chunks));
		return own.filter(c -> !c.title().isEmpty())
			.map(c -> new ManagerRoles.Lead(c.doc() + "的标题是《" + c.title() + "》。", List.of(), List.of(c.doc())));
	}

	/** 「4号文是什么文件」「13号文讲的是啥」: the document named by its number, asked what it is. */
	private static final Pattern WHAT_PAPER = Pattern.compile("(是|叫)(个|一份)?(什么|啥|哪个|哪份)(文件|文|东西|意见|协议)|讲(的是)?(什么|啥)|是关于(什么|啥)|关于(什么|啥)的");

	/** 「三份文件分别叫什么」: every document's title. */
	private static final Pattern ALL_PAPERS = Pattern.compile("(三|几|这几|这三|两)份|分别|都叫|各叫|全部|所有的?文件|哪几个文件|哪些文件");

	private static final Pattern ANY_TITLE = Pattern.compile("标题|全称|题目|名称|文件名|叫(什么|啥)|(什么|啥)名字?|名字");

	/** 「17号意见是哪一年出的」: the year in the 文号. */
	private static final Pattern YEAR_ASKED = Pattern.compile(
			"(哪一?年|几几年|什么年份?|啥年份?)的?(出|发|印发|定|制定|制订|写|下发|出台|签)|(出|发|印发|制定|出台|签)(的|于|在)?(哪一?年|几几年)|(什么|啥)年份|年份是");

	/** 「是2021年出的吗」: the year a question claims for a document. */
	private static final Pattern CLAIMED_YEAR = Pattern.compile("(?:20)?(\\d\\d)年的?(出|发|印发|定|制定|制订|下发|出台|签)");

	private static final Pattern YES_NO = Pattern.compile("吗|吧|是不是|对不对|是否|没错");

	/**
	 * 「这个矿山协议什么时候签的」「17号文是哪天印发的」: the day a document was issued or signed. No header carries more
	 * than the year in its 文号, so the answer says the day is not written and gives that year.
	 */
	private static final Pattern DATE_ASKED = Pattern.compile(
			"(什么时候|啥时候|何时|哪天|哪一天|几月|哪个月|几号|具体日期|日期|具体时间)[^，,。？?]{0,3}(出|发|印发|定|制定|制订|下发|出台|签|发布)"
					+ "|(出|发|印发|制定|制订|出台|签|签订|签署|发布|下发)(的|于|在)?(是|在)?(什么时候|啥时候|何时|哪天|哪一天|几月|哪个月|几号|什么日子|日期|时间)"
					+ "|(印发|签订|签署|发文|落款|成文)(的)?(日期|时间)");

	static Optional<ManagerRoles.Lead> undated(String question, List<Chunk> chunks) {
		String q = Thesaurus.normalize(question);
		if (!DATE_ASKED.matcher(q).find() || NUMBER.matcher(q.replaceAll("\\d+号", "")).find()
				|| VALIDITY.matcher(q).find()) {
			return Optional.empty();
		}
		Optional<Chunk> own = Issuers.documentNamed(q).flatMap(d -> first(d, chunks)).filter(c -> !c.title().isEmpty());
		if (own.isEmpty()) {
			return Optional.empty();
		}
		java.util.regex.Matcher number = DOC_NUMBER.matcher(own.get().doc());
		String year = number.find() ? "，文号只表明它是" + number.group(1) + "年的文件" : "";
		return Optional.of(new ManagerRoles.Lead("文件没有写明《" + own.get().title() + "》（" + own.get().doc()
				+ "）的成文日期（印发、签订的具体日期）" + year + "。", List.of(), List.of(own.get().doc())));
	}

	/** 「有效期到哪一年」 asks how long it holds, which no document says. */
	private static final Pattern VALIDITY = Pattern.compile("有效|到哪|为止|截止|期限|多久|几年|失效|过期");

	static Optional<ManagerRoles.Lead> whatPaper(String question, List<Chunk> chunks) {
		String q = Thesaurus.normalize(question);
		boolean all = ALL_PAPERS.matcher(q).find() && ANY_TITLE.matcher(q).find() && Issuers.documentNamed(q).isEmpty();
		if (all) {
			List<String> docs = new ArrayList<>();
			List<String> parts = new ArrayList<>();
			for (Chunk c : chunks) {
				if (!docs.contains(c.doc()) && !c.title().isEmpty()) {
					docs.add(c.doc());
					parts.add(c.doc() + "《" + c.title() + "》");
				}
			}
			return parts.isEmpty() ? Optional.empty()
					: Optional.of(new ManagerRoles.Lead(parts.size() + "份文件是：" + String.join("；", parts) + "。", List.of(), docs));
		}
		boolean year = (YEAR_ASKED.matcher(q).find() || (CLAIMED_YEAR.matcher(q).find() && YES_NO.matcher(q).find()))
				&& !VALIDITY.matcher(q).find();
		// 「碳汇那份意见是哪年出的」 names the document by its words; what it is (WHAT_PAPER) only by its number
		Optional<String> doc = q.matches(".*\\d+号.*") || year ? Issuers.documentNamed(q) : Optional.empty();
		Optional<Chunk> own = doc.flatMap(d -> first(d, chunks)).filter(c -> !c.title().isEmpty());
		if (own.isEmpty()) {
			return Optional.empty();
		}
		if (year) {
			java.util.regex.Matcher number = DOC_NUMBER.matcher(own.get().doc());
			if (!number.find()) {
				return Optional.empty();
			}
			java.util.regex.Matcher claimed = CLAIMED_YEAR.matcher(q);
			String verdict = !claimed.find() ? "" : number.group(1).endsWith(claimed.group(1)) ? "是。" : "不是。";
			return Optional.of(new ManagerRoles.Lead(verdict + own.get().doc() + "的文号年份是" + number.group(1)
					+ "年；文件没有写明具体的发文日期。", List.of(), List.of(own.get().doc())));
		}
		if (WHAT_PAPER.matcher(q).find()) {
			return Optional.of(new ManagerRoles.Lead(own.get().doc() + "是《" + own.get().title() + "》。", List.of(),
					List.of(own.get().doc())));
		}
		return Optional.empty();
	}

	/** A document's first chunk, which carries its title and issuers. */
	private static Optional<Chunk> first(String doc, List<Chunk> chunks) {
		return chunks.stream().filter(c -> c.doc().equals(doc)).findFirst();
	}

}
