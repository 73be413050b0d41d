package cn.jiangle.ecojustice.knowledge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.jiangle.ecojustice.knowledge.index.Thesaurus;
import cn.jiangle.ecojustice.knowledge.ingest.Chunk;

/**
 * 「吴地矿山在哪个乡」「万全乡被挖坏的那个矿山是在哪个村」「竹舟村当管理人修的是哪块山」 ask where a site of the documents
 * lies. The documents name a site after its township and village (将乐县万全乡竹舟村吴地被破坏的矿山山体), so where it
 * lies is read from the indexed text, and the sentences placing it most fully are quoted — one per document, the
 * fullest first — rather than whichever clause search ranks first for the site's name.
 */
final class Sites {

	/** 将乐县万全乡竹舟村吴地……矿山: a site named after its township and village, followed by what stands there. */
	private static final Pattern SITE = Pattern.compile(
			"(将乐县)?([\\u4e00-\\u9fff]{2}(?:乡|镇))([\\u4e00-\\u9fff]{2}村)([\\u4e00-\\u9fff]{2})(?=[\\u4e00-\\u9fff]{0,4}?(矿山|山体))");

	/** Words a question may use for what stands at the site. */
	private static final String THING = "矿山|矿|山体|那座山|那块山|那片山";

	/** Words between the subject and what is asked: 「矿山是在哪个村」「吴地到底位于哪」. */
	private static final String LINK = "(?:是|就是|到底|究竟|具体|就|又)*(?:在|位于|属于|坐落在|处在)?";

	/** Where: 哪个乡, 什么村, 哪里, 什么地方, 哪块. */
	private static final String WHERE = "(?:哪个?|哪一个|什么|啥)(?:乡镇|乡|镇|村|地方|位置|地儿|块|片|处)|哪里|哪儿|哪块|哪(?=[呢啊呀]?[？?]?$)";

	/** What follows a place word when the question asks who acts there (「哪个村在管」「哪个村委会」「村民小组」). */
	private static final Pattern ACTOR_AFTER = Pattern.compile("^(委|民|干部|在管|管|负责|来|当|出|的人|牵头|组织|指定)");

	/** 「竹舟村当管理人修的到底是哪块山」: the place restored. */
	private static final Pattern RESTORED = Pattern.compile(
			"修(?:复)?(?:的|了)?(?:到底|究竟)?(?:是)?(?:哪|什么|啥)(?:一)?(?:块|座|片|处|个地方|地方|矿|山)");

	private static final Pattern TOWNSHIP_OR_VILLAGE = Pattern.compile("[\\u4e00-\\u9fff]{2}(乡|镇|村)");

	private Sites() {
	}

	/** Where the site the question asks about lies, with the sentences that place it. */
	static Optional<ManagerRoles.Lead> lead(String question, List<Chunk> chunks) {
		String q = Thesaurus.normalize(question);
		Found found = found(chunks);
		List<Placed> placed = found.placed();
		if (placed.isEmpty()) {
			return Optional.empty();
		}
		Placed site = placed.get(0);
		boolean restored = mentions(site, q) && RESTORED.matcher(q).find();
		boolean asks = restored || asks(found.whereAfter(), q) || asks(found.whereBefore(), q);
		Matcher claim = found.claimed().matcher(q);
		String verdict = "";
		if (!asks && claim.find() && Issuers.WHETHER.matcher(q).find() && !ACTOR_AFTER.matcher(q.substring(claim.end())).find()) {
			String named = claim.group(1);
			verdict = named.equals(site.township()) || named.equals(site.village()) ? "是。" : "不是。";
		}
		else if (!asks) {
			return Optional.empty();
		}
		String place = "将乐县" + site.township() + site.village();
		String lead = restored ? "修复的是" + place + site.site() + "的" + site.thing() + "。"
				: verdict + site.site() + site.thing() + "在" + place + "。";
		List<ManagerRoles.Quote> quotes = placed.stream().map(Placed::quote).toList();
		return Optional.of(new ManagerRoles.Lead(lead, quotes, quotes.stream().map(x -> x.chunk().doc()).distinct().toList()));
	}

	/** Whether {@code asking} finds a where-question not followed by who acts there. */
	private static boolean asks(Pattern asking, String q) {
		Matcher m = asking.matcher(q);
		while (m.find()) {
			if (!ACTOR_AFTER.matcher(q.substring(m.end())).find()) {
				return true;
			}
		}
		return false;
	}

	/** The question names the site, its village or what stands there. */
	private static boolean mentions(Placed site, String q) {
		return q.contains(site.site()) || q.contains(site.village().substring(0, 2)) || Pattern.compile(THING).matcher(q).find();
	}

	/**
	 * The site's placing sentence of each document, the fullest first (将乐县 before none): at most one per document,
	 * each the first of its document naming the whole chain. All name the same site; the first site read is used.
	 */
	/** The sites the clauses place and the patterns asking about the first, for one generation of chunks. */
	private record Found(List<Chunk> chunks, List<Placed> placed, Pattern whereAfter, Pattern whereBefore,
			Pattern claimed) {
	}

	/** Searches run this for every question: the clauses are scanned once per index generation, not per question. */
	private static volatile Found cache;

	private static Found found(List<Chunk> chunks) {
		Found current = cache;
		if (current != null && current.chunks() == chunks) {
			return current;
		}
		List<Placed> placed = placed(chunks);
		String subject = placed.isEmpty() ? THING : "(?:" + placed.get(0).site() + "|" + THING + ")";
		current = new Found(chunks, placed, Pattern.compile(subject + LINK + "(" + WHERE + ")"),
				Pattern.compile("(" + WHERE + ")的" + subject),
				Pattern.compile(subject + LINK + "(" + TOWNSHIP_OR_VILLAGE.pattern() + ")"));
		cache = current;
		return current;
	}

	private static List<Placed> placed(List<Chunk> chunks) {
		List<Placed> out = new ArrayList<>();
		for (Chunk c : chunks) {
			if (out.stream().anyMatch(p -> p.quote().chunk().doc().equals(c.doc()))) {
				continue;
			}
			List<String> sentences = ExtractiveAnswers.sentences(c.text());
			for (int i = 0; i < sentences.size(); i++) {
				Matcher m = SITE.matcher(sentences.get(i));
				if (!m.find() || !out.isEmpty() && !out.get(0).site().equals(m.group(4)) || sentences.get(i).length() > 300) {
					continue;
				}
				String thing = m.group(5).equals("山体") ? "山体" : "矿山";
				out.add(new Placed(m.group(4), thing, m.group(2), m.group(3), m.group(1) != null,
						new ManagerRoles.Quote(c, enumeration(sentences, i, c))));
				break;
			}
		}
		out.sort(Comparator.comparing((Placed p) -> !p.withCounty()));
		return out;
	}

	/** An item of 「目标包括但不限于A；B；C。」 is quoted with the sentence opening it and the other items. */
	private static String enumeration(List<String> sentences, int i, Chunk c) {
		int opener = AnswerComposer.enumerationOpener(sentences, i);
		if (opener < 0) {
			return ClauseSentences.withoutHeading(sentences.get(i).strip(), c.sectionPath());
		}
		StringBuilder out = new StringBuilder();
		for (int j = opener; j <= AnswerComposer.enumerationEnd(sentences, opener); j++) {
			out.append(j == opener ? ClauseSentences.withoutHeading(sentences.get(j).strip(), c.sectionPath()) : sentences.get(j).strip());
		}
		return out.toString();
	}

	private record Placed(String site, String thing, String township, String village, boolean withCounty,
			ManagerRoles.Quote quote) {
	}

}
