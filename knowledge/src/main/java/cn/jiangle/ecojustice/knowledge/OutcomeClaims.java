package cn.jiangle.ecojustice.knowledge;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import cn.jiangle.ecojustice.knowledge.index.Thesaurus;
import cn.jiangle.ecojustice.knowledge.ingest.Chunk;

/**
 * 「听说买了碳汇就免罪了是吧」「买了碳汇检察院就不起诉了吧」 report an outcome of buying carbon sinks as settled. The
 * documents give buying two effects only — it may be treated as restoration done, and the court weighs the certificate
 * or points for a lenient sentence — so the claim is corrected: 「不是这样。」, the outcome the documents do not
 * promise, and the two sentences that say what they do. The sentencing notice follows, as on every outcome answer.
 *
 * <p>
 * A plain question (「买了碳汇能判缓刑吗」) is not a claim: it stays not covered, with the notice. Labour
 * compensation is given no legal effect by the documents, so a claim about it gets no correction here.
 */
final class OutcomeClaims {

	private static final String D21 = "将法〔2021〕17号";

	/** The outcome claimed, in the words a correction can repeat. */
	private record Outcome(Pattern words, String named) {

		Outcome(String words, String named) {
			this(Pattern.compile(words), named);
		}

	}

	private static final List<Outcome> OUTCOMES = List.of(new Outcome("免罪|无罪|没罪|不算犯罪|不定罪", "免罪"),
			new Outcome("免于刑事处罚|免予刑事处罚|免除刑事处罚|免除处罚|免刑|免于处罚|不用受罚|不处罚", "免于刑事处罚"),
			new Outcome("不起诉|不诉|撤案|撤销案件|案子.{0,4}撤|销案|不追究|不再追究", "不起诉或撤案"),
			new Outcome("不用坐牢|不坐牢|不用判刑|不判刑|不判|不用关|放出来|放人", "不判刑"),
			new Outcome("缓刑", "判缓刑"), new Outcome("减刑", "减刑"));

	/** The claim is put for confirmation: hearsay, or a tag asking to confirm. */
	private static final Pattern CLAIMED = Pattern.compile("听说|听讲|听人|据说|有人说|有人讲|人家说|人家讲|村里人|别人说|是吧|对吧|吧[？?。！!]*$|"
			+ "对不对|是不是真的|真的假的|是真的吗|是这样吗|是这样吧|没错吧");

	/** Buying carbon sinks, the path whose effects the documents state. */
	private static final Pattern CARBON = Pattern.compile("碳汇|碳达|买碳");

	private static final Pattern LABOUR = Pattern.compile("劳役|代偿|干活|出工");

	private OutcomeClaims() {
	}

	static Optional<ManagerRoles.Lead> lead(String question, List<Chunk> chunks) {
		String q = Thesaurus.normalize(question);
		if (!CARBON.matcher(q).find() || LABOUR.matcher(q).find() || !CLAIMED.matcher(q).find()) {
			return Optional.empty();
		}
		Optional<Outcome> outcome = OUTCOMES.stream().filter(o -> o.words().matcher(q).find()).findFirst();
		// 「积分满100分就能判缓刑」 claims a threshold, which no clause states: that stays not covered
		if (outcome.isEmpty() || asksOpenly(q) || AskedFor.of(question).kind() != AskedFor.Kind.OTHER) {
			return Optional.empty();
		}
		Optional<ManagerRoles.Quote> restored = ManagerRoles.find(chunks, D21, "可以将其视为已履行修复生态义务");
		Optional<ManagerRoles.Quote> lenient = ManagerRoles.find(chunks, D21, "在量刑时给予酌情从轻考虑");
		if (restored.isEmpty() || lenient.isEmpty()) {
			return Optional.empty();
		}
		String lead = "不是这样。文件没有规定认购碳汇就能" + outcome.get().named()
				+ "；文件规定的是：认购碳汇的行为，县法院、县检察院可以视为已履行修复生态义务，县法院依照认购碳汇证明书或碳汇积分的多少，在量刑时给予酌情从轻考虑。";
		return Optional.of(new ManagerRoles.Lead(lead, List.of(restored.get(), lenient.get()), List.of(D21)));
	}

	private static final Pattern OPEN = Pattern.compile("能不能|可不可以|会不会|有没有可能|能否|是否");

	private static final Pattern HEARD = Pattern.compile("听说|听讲|听人|据说|有人说|有人讲|人家说|人家讲|是吧|对吧|真的假的");

	/** 「买了碳汇能不能判缓刑」 asks; 「买了碳汇就能判缓刑了吧」 claims. */
	private static boolean asksOpenly(String q) {
		return OPEN.matcher(q).find() && !HEARD.matcher(q).find();
	}

}
