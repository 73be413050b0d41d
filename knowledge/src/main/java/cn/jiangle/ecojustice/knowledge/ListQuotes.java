package cn.jiangle.ecojustice.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import cn.jiangle.ecojustice.knowledge.index.Retrieval;
import cn.jiangle.ecojustice.knowledge.index.Thesaurus;
import cn.jiangle.ecojustice.knowledge.ingest.Chunk;

/** The headings an answer shows around its quotes: a list's items, and the body a duty belongs to. */
final class ListQuotes {

	private static final Pattern BODY = Pattern.compile("法院|检察院|公安|林业局|自然资源局|公司|村委会|政府");

	private ListQuotes() {
	}

	/** 「……实际执行人，其主要职责：」 — a sentence introducing a list nobody shows ends before the introduction. */
	static String withoutListIntro(String sentence) {
		if (!sentence.endsWith("：") && !sentence.endsWith(":")) {
			return sentence;
		}
		int cut = Math.max(sentence.lastIndexOf('，'), sentence.lastIndexOf(','));
		return cut > 0 ? sentence.substring(0, cut) + "。" : sentence.substring(0, sentence.length() - 1) + "。";
	}

	/**
	 * 「将乐法院具体职责：1.指定和撤销生态修复管理人；2.……」 — when a list is asked for and the best clause is one item of
	 * a heading that names what was asked (法院, 职责), the heading's items answer better than any one item's text.
	 */
	static String siblingList(Chunk item, List<Retrieval.Unit> units, List<Chunk> allChunks) {
		List<String> path = item.sectionPath();
		if (path.size() < 2) {
			return "";
		}
		for (Chunk c : allChunks) {
			if (c.doc().equals(item.doc()) && c.sectionPath().size() > path.size()
					&& c.sectionPath().subList(0, path.size()).equals(path)) {
				return ""; // the clause has items of its own: they are listed with it
			}
		}
		List<String> parent = path.subList(0, path.size() - 1);
		String parentLabel = Thesaurus.normalize(parent.get(parent.size() - 1));
		if (units.stream().noneMatch(u -> u.in(parentLabel))) {
			return "";
		}
		Chunk parentChunk = new Chunk(item.id(), item.doc(), item.title(), item.issuers(), item.annex(), parent,
				item.clauseId(), "", item.source(), 0, 0);
		String items = items(parentChunk, allChunks);
		if (items.isEmpty() || !items.contains("；")) {
			return "";
		}
		String heading = parent.get(parent.size() - 1).replaceAll("^[（(]?[0-9一二三四五六七八九十]+[）)、.．]?", "")
			.replaceAll("[：:]$", "");
		return heading + "：" + items;
	}

	/**
	 * 「将乐法院具体职责：」 — a short citation no longer shows the headings, so when a heading names the body whose duty
	 * the quote describes and the quote does not, the heading goes first.
	 */
	static String bodyHeading(Chunk chunk, List<SentenceCandidate> quoted) {
		String text = quoted.stream().map(SentenceCandidate::normalized).reduce("", String::concat);
		List<String> path = chunk.sectionPath();
		for (int i = path.size() - 1; i >= 0; i--) {
			String label = path.get(i);
			java.util.regex.Matcher body = BODY.matcher(label);
			if (body.find()) {
				if (text.contains(body.group()) || label.length() > 30) {
					return "";
				}
				return label.replaceAll("^[（(]?[0-9一二三四五六七八九十]+[）)、.．]?", "").replaceAll("[：:]$", "") + "：";
			}
		}
		return "";
	}

	/**
	 * 「1.生态环境修复事务性管理（招标管理工作、现场施工督导、……）；2.……」: the item headings under a clause that only
	 * introduces them, each with its own sub-items' headings, since an item heading alone (事务性管理) says little.
	 */
	static String items(Chunk parent, List<Chunk> allChunks) {
		List<String> path = parent.sectionPath();
		java.util.Map<String, List<String>> items = new java.util.LinkedHashMap<>();
		for (Chunk c : allChunks) {
			if (c.doc().equals(parent.doc()) && c.sectionPath().size() > path.size()
					&& c.sectionPath().subList(0, path.size()).equals(path)) {
				List<String> subs = items.computeIfAbsent(c.sectionPath().get(path.size()).replaceAll("[。：:；;]$", ""),
						k -> new ArrayList<>());
				if (c.sectionPath().size() > path.size() + 1) {
					String sub = c.sectionPath().get(path.size() + 1).replaceAll(NUMBERING, "").replaceAll("[。：:；;，,]$", "");
					if (!subs.contains(sub)) {
						subs.add(sub);
					}
				}
			}
		}
		List<String> out = new ArrayList<>();
		items.forEach((item, subs) -> out.add(subs.isEmpty() ? item : item + "（" + String.join("、", subs) + "）"));
		return out.isEmpty() ? "" : String.join("；", out) + "。";
	}

	private static final String NUMBERING = "^[（(]?[0-9一二三四五六七八九十]+[）)、.．]?";

}
