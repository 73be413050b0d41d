package cn.jiangle.ecojustice.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.jiangle.ecojustice.knowledge.index.Thesaurus;
import cn.jiangle.ecojustice.knowledge.ingest.Chunk;

/**
 * 「17号文是照着哪些上级文件搞的」「13号意见是在什么基础上出的」 ask what a document rests on. Each document says so in
 * its opening sentence, by the titles it implements or builds on (「全面落实……《生态环境损害赔偿制度改革方案》……的精神」); that
 * sentence is long and about much else, so search ranks other clauses of the document above it. The answer names the
 * titles and quotes the part of the sentence that carries them. A document that cites no title gets no lead.
 */
final class DocumentBasis {

	private static final Pattern ASKS = Pattern.compile(
			"依据|根据(什么|啥|哪)|照着|按照?[^，,。？?]{1,12}(定|制定|制订|订)的|照(什么|啥|哪)|依照(什么|啥|哪)|按照(什么|啥|哪)|依托|基础上|上级.{0,2}(文件|规定|精神|政策)|上位|落实(什么|啥|哪)|贯彻(什么|啥|哪)");

	/** Questions about what a decision inside the mechanism rests on, not the document. */
	private static final Pattern INNER = Pattern.compile("从轻|量刑|积分|价格|价钱|指定|撤销|拨付|验收|核销");

	private static final Pattern TITLE = Pattern.compile("《[^》]{4,60}》");

	/** 「竹舟村当管理人是依托哪份协议来的」: a titled paper asked for about a matter, not about a whole document. */
	private static final Pattern ASKS_TITLE = Pattern.compile("(哪份|哪个|哪一份|哪一个|哪部|什么|啥)(样的)?(协议|文件|意见|规定|方案|办法)(?!书)");

	/** 「按照哪个文件哪一条」 asks for a clause, which search finds. */
	private static final Pattern ASKS_CLAUSE = Pattern.compile("哪一?条|第几条|哪一?款|哪一?项");

	/** Shared two-character words needed before a titled sentence counts as about the question's matter. */
	private static final int MIN_SHARED = 4;

	private static final Pattern PART_BREAK = Pattern.compile("[，,；;]");

	private DocumentBasis() {
	}

	static Optional<ManagerRoles.Lead> lead(String question, List<Chunk> chunks) {
		String q = Thesaurus.normalize(question);
		if (!ASKS.matcher(q).find() || INNER.matcher(q).find()) {
			return Optional.empty();
		}
		Optional<String> doc = Issuers.documentNamed(q);
		if (doc.isEmpty()) {
			return Optional.empty();
		}
		Chunk bestChunk = null;
		String bestSentence = null;
		int most = 0;
		for (Chunk c : chunks) {
			if (!c.doc().equals(doc.get()) || c.text().startsWith("附件")) {
				continue;
			}
			for (String sentence : ExtractiveAnswers.sentences(c.text())) {
				int titles = titles(sentence).size();
				if (titles > most) {
					most = titles;
					bestChunk = c;
					bestSentence = sentence.strip();
				}
			}
		}
		if (bestChunk == null) {
			return madeAccordingTo(doc.get(), chunks);
		}
		List<String> titles = titles(bestSentence).stream().distinct().toList();
		String lead = doc.get() + "开头写明，它依据或依托的是" + String.join("、", titles) + "。";
		ManagerRoles.Quote quote = new ManagerRoles.Quote(bestChunk, titledPart(bestSentence));
		return Optional.of(new ManagerRoles.Lead(lead, List.of(quote), List.of(doc.get())));
	}

	/**
	 * The titled sentence sharing most words with the question: 「竹舟村当管理人是依托哪份协议来的」 is answered by
	 * 「依托《……协作框架协议》，指定将乐县万全乡竹舟村为生态修复管理人」, wherever that sentence stands.
	 */
	static Optional<ManagerRoles.Lead> matter(String question, List<Chunk> chunks) {
		String q = Thesaurus.normalize(question);
		if (!ASKS.matcher(q).find() || !ASKS_TITLE.matcher(q).find() || ASKS_CLAUSE.matcher(q).find()) {
			return Optional.empty();
		}
		java.util.Set<String> words = bigrams(q.replaceAll("《[^》]*》", ""));
		Chunk bestChunk = null;
		String bestSentence = null;
		int most = MIN_SHARED - 1;
		for (Chunk c : chunks) {
			for (String sentence : ExtractiveAnswers.sentences(c.text())) {
				if (titles(sentence).isEmpty()) {
					continue;
				}
				String plain = Thesaurus.normalize(sentence);
				int shared = (int) words.stream().filter(plain::contains).count();
				if (shared > most) {
					most = shared;
					bestChunk = c;
					bestSentence = sentence.strip();
				}
			}
		}
		if (bestChunk == null) {
			return Optional.empty();
		}
		List<String> titles = titles(bestSentence).stream().distinct().toList();
		String lead = "文件写明，依托（依据）的是" + String.join("、", titles) + "。";
		ManagerRoles.Quote quote = new ManagerRoles.Quote(bestChunk, bestSentence.length() <= 120 ? bestSentence
				: titledPart(bestSentence));
		return Optional.of(new ManagerRoles.Lead(lead, List.of(quote), List.of(bestChunk.doc())));
	}

	/** Two-character runs of Chinese characters, less those of question and function words. */
	private static java.util.Set<String> bigrams(String q) {
		java.util.Set<String> out = new java.util.LinkedHashSet<>();
		String han = q.replaceAll("[^\\u4e00-\\u9fff]", " ");
		for (String run : han.split(" +")) {
			for (int i = 0; i + 2 <= run.length(); i++) {
				String w = run.substring(i, i + 2);
				if (!COMMON.matcher(w).find()) {
					out.add(w);
				}
			}
		}
		return out;
	}

	private static final Pattern COMMON = Pattern.compile("[哪份个什么啥的是了吗呢吧来去这那就也都还要会能]|协议|文件|意见|规定|依托|依据|根据");

	/** 「根据相关法律规定及万全乡吴地矿山实地情况，特制订本……协议」: what a document without cited titles is made on. */
	private static final Pattern MADE_ACCORDING = Pattern.compile("(根据|依据|按照|依照)[^，,。；;]{2,40}[，,]?特?(制订|制定|订立)本?[^，,。；;]{0,30}");

	private static Optional<ManagerRoles.Lead> madeAccordingTo(String doc, List<Chunk> chunks) {
		for (Chunk c : chunks) {
			if (!c.doc().equals(doc)) {
				continue;
			}
			Matcher m = MADE_ACCORDING.matcher(c.text());
			if (m.find()) {
				String part = m.group();
				return Optional.of(new ManagerRoles.Lead(doc + "开头写明了它制订的依据：",
						List.of(new ManagerRoles.Quote(c, part)), List.of(doc)));
			}
		}
		return Optional.empty();
	}

	private static List<String> titles(String sentence) {
		List<String> out = new ArrayList<>();
		Matcher m = TITLE.matcher(sentence);
		while (m.find()) {
			out.add(m.group());
		}
		return out;
	}

	/** From the first to the last comma-separated part naming a title, marked as cut where the sentence goes on. */
	static String titledPart(String sentence) {
		String[] parts = PART_BREAK.split(sentence);
		int first = -1;
		int last = -1;
		for (int i = 0; i < parts.length; i++) {
			if (parts[i].contains("《")) {
				first = first < 0 ? i : first;
				last = i;
			}
		}
		int start = sentence.indexOf(parts[first]);
		int end = sentence.indexOf(parts[last], start) + parts[last].length();
		String part = sentence.substring(start, end);
		return (start > 0 ? "……" : "") + part + (end < sentence.length() ? "……" : "");
	}

}
