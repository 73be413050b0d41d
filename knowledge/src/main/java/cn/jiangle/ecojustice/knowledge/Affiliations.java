package cn.jiangle.ecojustice.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import cn.jiangle.ecojustice.knowledge.index.Thesaurus;
import cn.jiangle.ecojustice.knowledge.ingest.Chunk;

/**
 * 「金森是法院下面的单位吧」「竹舟村归林业局管吧」 claim whom a body answers to. The documents settle it for the two bodies
 * that manage a restoration: 竹舟村委会's superior is 万全乡人民政府, and 福建金森碳汇科技有限公司 is a company the court
 * designates or hires as manager, a unit of no agency. A claim naming any other superior gets 「不是。」; the right one
 * gets 「是。」. Each fact is tied to a phrase of its document and used only while the indexed documents contain it.
 */
final class Affiliations {

	/** 「X是Y下面的单位」「X归Y管」「X隶属于Y」「Y是X的上级」: one body said to stand under another. */
	private static final Pattern UNDER = Pattern
		.compile("下面|下边|底下|下属|下级|手下|隶属|直属|归[^，,。？?]{1,6}管|(的|是)上级|上面的单位|派出的");

	/** The question checks a claim rather than asking openly. */
	private static final Pattern CLAIM = Pattern
		.compile("听说|据说|有人说|人家说|我记得|好像|是吧|对吧|吧[？?。！!]*$|对不对|是不是|没错吧|吗[？?。！!]*$|么[？?。！!]*$|嘛[？?。！!]*$");

	/** The question asks for content besides the claim. */
	private static final Pattern OTHER = Pattern.compile("谁|哪|什么|啥|怎么|如何|多少|几|为什么|为啥|能不能|可不可以|要不要");

	private static final Pattern VILLAGE = Pattern.compile("竹舟|竹州|村委|村民委员会|(?<!乡)村(?!民)");

	private static final Pattern COMPANY = Pattern.compile("金森|碳汇公司|这家公司|那家公司");

	/** The superiors a claim may name; the 乡 of 乡政府 is the village's own. */
	private static final List<Pattern> AGENCIES = List.of(Pattern.compile("法院|法官|审判庭"), Pattern.compile("检察"),
			Pattern.compile("公安|派出所"), Pattern.compile("林业"), Pattern.compile("自然资源|国土|资源局"),
			Pattern.compile("管委会|管理委员会|协作小组"), Pattern.compile("县政府|县人民政府|县里"));

	private static final Pattern TOWNSHIP = Pattern.compile("乡政府|乡人民政府|镇政府|万全乡|乡里|镇里");

	static final String VILLAGE_SUPERIOR = "万全乡人民政府作为竹舟村的上级行政主管部门";

	private Affiliations() {
	}

	/** The lead for a claim that a manager stands under a body, if the documents settle it. */
	static Optional<ManagerRoles.Lead> lead(String question, List<Chunk> chunks) {
		String q = Thesaurus.normalize(question);
		if (!UNDER.matcher(q).find() || !CLAIM.matcher(q).find() || OTHER.matcher(q).find()) {
			return Optional.empty();
		}
		boolean village = VILLAGE.matcher(q).find();
		boolean company = COMPANY.matcher(q).find();
		boolean township = TOWNSHIP.matcher(q).find();
		boolean agency = AGENCIES.stream().anyMatch(a -> a.matcher(q).find());
		if (village == company || !(township || agency)) {
			return Optional.empty(); // one manager, said to stand under a named body
		}
		if (village) {
			Optional<ManagerRoles.Quote> quote = ManagerRoles.find(chunks, ManagerRoles.D4, VILLAGE_SUPERIOR);
			String verdict = township && !agency ? "是。" : "不是。";
			return quote.map(qt -> new ManagerRoles.Lead(verdict + "竹舟村委会的上级行政主管部门是将乐县万全乡人民政府。", List.of(qt),
					List.of(ManagerRoles.D4)));
		}
		List<ManagerRoles.Quote> quotes = new ArrayList<>();
		ManagerRoles.find(chunks, ManagerRoles.CARBON.doc(), ManagerRoles.CARBON.evidence()).ifPresent(quotes::add);
		if (quotes.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new ManagerRoles.Lead("文件没有说福建金森碳汇科技有限公司隶属于哪个机关：它是一家公司，由县法院指定或聘任为生态修复管理人。",
				List.copyOf(quotes), List.of(ManagerRoles.D13)));
	}

}
