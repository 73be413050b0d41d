package cn.jiangle.ecojustice.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import cn.jiangle.ecojustice.knowledge.index.Thesaurus;
import cn.jiangle.ecojustice.knowledge.ingest.Chunk;

/**
 * 「买碳汇能抵赔偿金吗」「认购碳汇的钱算不算赔偿款」 ask whether buying carbon sinks pays the money a defendant owes.
 * The 2024 opinions say buying is the form in which the restoration money is paid (「以认购碳汇的形式交纳复绿保证金、
 * 生态修复赔偿金、生态服务功能损失费等」) and the 2021 opinions that buying may count as the restoration duty done; the
 * answer says so and quotes both, rather than the crime list or the QR-code clause. A question about how much, by
 * what rate or when stays with what the clauses leave open.
 */
final class CarbonPayments {

	private static final String D13 = "将法〔2024〕13号";

	private static final String D21 = "将法〔2021〕17号";

	private static final Pattern CARBON = Pattern.compile("碳汇|碳达|买碳");

	private static final Pattern OWED = Pattern.compile("赔偿|赔钱|赔款|赔的钱|赔付|不用赔|不赔|免赔|保证金|损失费|修复费|罚款|罚金");

	private static final Pattern LABOUR = Pattern.compile("劳役|代偿|干活|出工|劳动");

	/** Asks for a figure, a rate, a time or a way: what the clauses leave open. */
	private static final Pattern OTHER = Pattern.compile("多少|几|比例|标准|怎么算|如何算|按什么|按啥|价格|什么时候|啥时候|哪|谁|怎么|如何|流程|罚金|罚款");

	/** 「能抵赔偿金吗」「算不算赔偿」: whether buying pays what is owed. */
	private static final Pattern COUNTS = Pattern.compile("抵|顶|代替|替代|折");

	private static final Pattern IS = Pattern.compile("算不算|算是|算作|当作|当成|属于|属不属于");

	/** The fund's money is another matter ({@link FundUses}). */
	private static final Pattern FUND = Pattern.compile("基金");

	/**
	 * 「买了碳汇还要不要赔偿被害人」「还要另外交赔偿金吗」: whether anything is still owed besides, which no clause says;
	 * only whether buying pays what is owed (抵, 算不算) is answered here.
	 */
	private static final Pattern STILL = Pattern.compile("还要|还得|还需|另外|另行|再交|再赔|不用赔|不赔|免赔|被害人|受害人|对方");

	/**
	 * Money a judgment or mediation fixed: the 2021 opinions' own sentence on 赔偿义务人 of a public-interest suit says
	 * it may buy carbon sinks, which search finds.
	 */
	private static final Pattern DECIDED = Pattern.compile("判决|调解|公益|义务人|判下来|判的|判了|法院判|生效");

	private CarbonPayments() {
	}

	static Optional<ManagerRoles.Lead> lead(String question, List<Chunk> chunks) {
		String q = Thesaurus.normalize(question);
		if (!CARBON.matcher(q).find() || !OWED.matcher(q).find() || LABOUR.matcher(q).find() || OTHER.matcher(q).find()
				|| FUND.matcher(q).find() || DECIDED.matcher(q).find() || STILL.matcher(q).find()
				|| !(IS.matcher(q).find() || COUNTS.matcher(q).find())) {
			return Optional.empty();
		}
		Optional<ManagerRoles.Quote> form = ManagerRoles.find(chunks, D13, "主动以认购碳汇的形式交纳");
		Optional<ManagerRoles.Quote> duty = ManagerRoles.find(chunks, D21, "视为已履行修复生态义务");
		if (form.isEmpty()) {
			return Optional.empty();
		}
		List<ManagerRoles.Quote> quotes = new ArrayList<>(List.of(form.get()));
		duty.ifPresent(quotes::add);
		String verdict = IS.matcher(q).find() ? "是。" : "可以。";
		return Optional.of(new ManagerRoles.Lead(verdict + "文件规定，经济允许的当事人可以主动以认购碳汇的形式交纳复绿保证金、生态修复赔偿金、生态服务功能损失费等"
				+ (duty.isPresent() ? "；认购碳汇的行为，县法院、县检察院可以视为已履行修复生态义务。" : "。"), List.copyOf(quotes),
				quotes.stream().map(x -> x.chunk().doc()).distinct().toList()));
	}

}
