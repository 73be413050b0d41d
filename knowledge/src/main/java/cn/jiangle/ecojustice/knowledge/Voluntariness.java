package cn.jiangle.ecojustice.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import cn.jiangle.ecojustice.knowledge.index.Thesaurus;
import cn.jiangle.ecojustice.knowledge.ingest.Chunk;

/**
 * 「认购碳汇是强制的吧」「劳役代偿是不是硬性规定都得去」 claim that a path is imposed. The documents say the opposite in
 * so many words: carbon sinks are bought by defendants 「自愿」, and labour compensation comes 「经当事人申请」. The claim
 * is corrected with those sentences. A plain question whether not buying brings a harsher sentence names no compulsion
 * and gets no lead: the documents say nothing of harsher sentences.
 */
final class Voluntariness {

	private static final Pattern FORCED = Pattern.compile("强制|强迫|硬性|摊派|逼着|逼人|非买不可|不买不行|必须(要)?(买|认购)|"
			// 「是不是都得去常口村干活」 asks where, not whether
			+ "一定(要|得)(买|认购)|都得(买|认购)|没得选|不能不买|直接(安排|指派|分配)|不(用|需要|必)[^，,。？?]{0,8}申请|无需申请");

	private static final Pattern CARBON = Pattern.compile("碳汇|碳达|买碳|认购");

	private static final Pattern LABOUR = Pattern.compile("劳役|代偿|干活|出工|劳动抵");

	/** A harsher sentence claimed for refusing, which no clause states. */
	private static final Pattern HARSHER = Pattern.compile("从重|重判|判重|加重|多判");

	private Voluntariness() {
	}

	static Optional<ManagerRoles.Lead> lead(String question, List<Chunk> chunks) {
		String q = Thesaurus.normalize(question);
		if (!FORCED.matcher(q).find()) {
			return Optional.empty();
		}
		boolean labour = LABOUR.matcher(q).find();
		boolean carbon = CARBON.matcher(q).find();
		if (labour == carbon) {
			return Optional.empty(); // neither path, or both: the clauses answer
		}
		List<ManagerRoles.Quote> quotes = new ArrayList<>();
		String lead;
		if (carbon) {
			ManagerRoles.find(chunks, ManagerRoles.D13, "以自愿认购碳汇的形式进行替代性修复").ifPresent(quotes::add);
			ManagerRoles.find(chunks, "将法〔2021〕17号", "对自愿认购碳汇的被告人").ifPresent(quotes::add);
			lead = "不是强制的。文件规定的是鼓励和引导当事人自愿认购碳汇。"
					+ (HARSHER.matcher(q).find() ? "文件也没有规定不认购就从重处罚。" : "");
		}
		else {
			ManagerRoles.find(chunks, ManagerRoles.D13, "经当事人申请通过“劳役代偿”方式").ifPresent(quotes::add);
			lead = "不是强制的。劳役代偿要经当事人申请。";
		}
		if (quotes.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new ManagerRoles.Lead(lead, List.copyOf(quotes), quotes.stream().map(x -> x.chunk().doc()).distinct().toList()));
	}

}
