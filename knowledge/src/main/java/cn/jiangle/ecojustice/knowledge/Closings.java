package cn.jiangle.ecojustice.knowledge;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.jiangle.ecojustice.knowledge.index.Thesaurus;
import cn.jiangle.ecojustice.knowledge.ingest.Chunk;

/**
 * A document's closing block (落款): the seals of its issuers and the list of its attachments. 「13号文盖了哪些章」
 * 「落款那个公司章上写的啥」「13号文后面附了哪些文件」 are answered from its lines, quoted as they stand — the seal of
 * the company reads 将乐县金森碳汇科技有限公司 there, though the text says 福建金森碳汇科技有限公司.
 */
final class Closings {

	/** The question is about seals or signatures. */
	static final Pattern SEALS = Pattern.compile("章|落款|签字|签名|签章|署名");

	/** 「公司章上写的啥名」「落款有哪些」: what the seals read. */
	private static final Pattern SEAL_ASKED = Pattern.compile(
			"(章|落款|署名)[^，,。？?]{0,6}(写|名|啥|什么|哪|谁|几)|(?<![涵覆掩遮])(盖|签)了?(哪些|哪几|几个|谁)|(哪些|哪几家|几家|谁)(单位|部门)?的?(章|印章|公章)");

	/** 「附了哪些文件」「附件是啥」. */
	private static final Pattern ATTACHMENTS_ASKED = Pattern.compile("附件|附了|附的(文件|是|啥|什么)|附上了?(哪|什么|啥)|附有|后面附|后附|附录");

	private static final Pattern TITLE = Pattern.compile("《[^》]{4,60}》");

	private static final Pattern SEAL_NAME = Pattern.compile("([^\\s（(）)]{2,30})[（(]印章[）)]");

	private static final Pattern DATE_ASKED = Pattern.compile("日期|几月|几号|哪天|哪一天|什么时候|啥时候|时间|年份");

	/** The question is about a document, by its number or its kind. */
	private static final Pattern PAPER = Pattern.compile("\\d号|文件|文(?!化|明)|意见|协议|落款");

	private static final Pattern OTHER_PAPER = Pattern.compile("证明书|证书|证明|积分|合同|发票|收据|材料|申请书|报告");

	private Closings() {
	}

	/** The closing block of a document, if its file has one. */
	static Optional<Chunk> of(String doc, List<Chunk> chunks) {
		return chunks.stream()
			.filter(c -> c.doc().equals(doc) && c.closing())
			.findFirst();
	}

	/** The lines of a document's seals, as one quote. */
	static Optional<ManagerRoles.Quote> sealQuote(String doc, List<Chunk> chunks) {
		return of(doc, chunks).flatMap(c -> {
			String seals = lines(c).stream().filter(l -> l.contains("印章")).reduce((a, b) -> a + "\n" + b).orElse("");
			return seals.isEmpty() ? Optional.empty() : Optional.of(new ManagerRoles.Quote(c, seals));
		});
	}

	/** 「13号文落款的公司章上写的啥名」: the names on the seals of the document asked about. */
	static Optional<ManagerRoles.Lead> seals(String question, List<Chunk> chunks) {
		String q = Thesaurus.normalize(question);
		if (!SEAL_ASKED.matcher(q).find() || DATE_ASKED.matcher(q).find() || !PAPER.matcher(q).find()
				|| OTHER_PAPER.matcher(q).find()) {
			// 「落款日期是几号」 asks for a date; 「证明书上盖谁的章」 about another paper than the document
			return Optional.empty();
		}
		Optional<String> doc = Issuers.documentNamed(q).or(() -> onlyWith(chunks, "印章"));
		Optional<ManagerRoles.Quote> quote = doc.flatMap(d -> sealQuote(d, chunks));
		if (quote.isEmpty()) {
			return Optional.empty();
		}
		List<String> names = new ArrayList<>();
		Matcher m = SEAL_NAME.matcher(quote.get().sentence());
		while (m.find()) {
			names.add(m.group(1));
		}
		String lead = doc.get() + "落款处盖有" + names.size() + "枚印章：" + String.join("、", names) + "。";
		return Optional.of(new ManagerRoles.Lead(lead, List.of(quote.get()), List.of(doc.get())));
	}

	/** 「13号文后面附了哪两个文件」: the titles listed after 附件. */
	static Optional<ManagerRoles.Lead> attachments(String question, List<Chunk> chunks) {
		String q = Thesaurus.normalize(question);
		if (!ATTACHMENTS_ASKED.matcher(q).find()) {
			return Optional.empty();
		}
		Optional<String> doc = Issuers.documentNamed(q).or(() -> onlyWith(chunks, "附件"));
		Optional<Chunk> closing = doc.flatMap(d -> of(d, chunks));
		if (closing.isEmpty()) {
			return Optional.empty();
		}
		List<String> lines = lines(closing.get());
		int from = -1;
		for (int i = 0; i < lines.size(); i++) {
			if (Thesaurus.normalize(lines.get(i)).startsWith("附件")) {
				from = i;
				break;
			}
		}
		if (from < 0) {
			return Optional.empty();
		}
		String listed = String.join("\n", lines.subList(from, lines.size()));
		List<String> titles = new ArrayList<>();
		Matcher m = TITLE.matcher(listed);
		while (m.find()) {
			titles.add(m.group());
		}
		if (titles.isEmpty()) {
			return Optional.empty();
		}
		String lead = doc.get() + "附有" + titles.size() + "份文件：" + String.join("、", titles) + "。";
		return Optional.of(new ManagerRoles.Lead(lead, List.of(new ManagerRoles.Quote(closing.get(), listed)),
				List.of(doc.get())));
	}

	/** The one document whose closing block holds the word, when only one does. */
	private static Optional<String> onlyWith(List<Chunk> chunks, String word) {
		List<String> docs = chunks.stream()
			.filter(c -> c.closing() && c.text().contains(word))
			.map(Chunk::doc)
			.distinct()
			.toList();
		return docs.size() == 1 ? Optional.of(docs.get(0)) : Optional.empty();
	}

	private static List<String> lines(Chunk closing) {
		return Arrays.stream(closing.text().split("\n")).map(String::strip).filter(l -> !l.isEmpty()).toList();
	}

}
