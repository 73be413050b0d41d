package cn.jiangle.ecojustice.knowledge;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import cn.jiangle.ecojustice.knowledge.index.Thesaurus;
import cn.jiangle.ecojustice.knowledge.ingest.Chunk;

/**
 * 「碳汇去哪买」「找哪家买」「咋买」 — where and how carbon sinks are bought is said in one sentence of the 2021 opinions:
 * at 福建金森碳汇科技有限公司, by scanning the 「碳汇认购二维码」, at the trading guide price. The answer leads with that and
 * quotes the sentence (without the sentencing sentence after it, which the question did not ask about).
 */
final class PurchasePlace {

	private static final String D21 = "将法〔2021〕17号";

	private static final String SENTENCE = "扫“碳汇认购二维码”";

	private static final Pattern ASKS = Pattern.compile(
			"(去哪|在哪|哪里|哪儿|上哪|到哪|什么地方|啥地方|找哪家|找谁|哪家公司|哪个公司|哪家单位|哪个单位|交给哪|交给谁)(儿|里|个)?(去)?(买|认购|交|办)"
					+ "|(买|认购|交钱|交).{0,6}(去哪|在哪|哪里|哪儿|上哪|到哪|找哪家|找谁|哪家|哪个公司|什么地方|啥地方)"
					+ "|(怎么|咋|如何|怎样)(个)?(买|认购)(法|呢)?|扫(哪个|什么|啥)码");

	/** Which moneys, crimes or outcomes: other questions about buying. */
	private static final Pattern OTHER = Pattern.compile("哪些|哪几|多少|几吨|价格|价钱|缓刑|判|从轻|罪|建议|要不要|必须|强制");

	private PurchasePlace() {
	}

	static Optional<ManagerRoles.Lead> lead(String question, List<Chunk> chunks) {
		String q = Thesaurus.normalize(question);
		if (!q.contains("碳汇") || !ASKS.matcher(q).find() || OTHER.matcher(q).find()) {
			return Optional.empty();
		}
		return ManagerRoles.find(chunks, D21, SENTENCE)
			.map(quote -> new ManagerRoles.Lead("到福建金森碳汇科技有限公司扫“碳汇认购二维码”，按照碳汇交易指导价格认购。",
					java.util.stream.Stream.concat(java.util.stream.Stream.of(quote), recommended(chunks).stream()).toList(),
					List.of(D21)));
	}

	/** The words of the clause that names the company to buy from as the procuratorate recommends it. */
	static final String RECOMMENDED = "由县检察院依据生态复绿补植等相关规定";

	/**
	 * 「……由县检察院依据……规定，建议被告人向福建金森碳汇科技有限公司认购碳汇。」: the other sentence naming whom carbon
	 * sinks are bought from, quoted from the body recommending it (the list of crimes before it is another question's).
	 */
	static Optional<ManagerRoles.Quote> recommended(List<Chunk> chunks) {
		return ManagerRoles.find(chunks, D21, RECOMMENDED).map(quote -> {
			String sentence = quote.sentence();
			int at = sentence.indexOf(RECOMMENDED);
			return at <= 0 ? quote : new ManagerRoles.Quote(quote.chunk(), "……" + sentence.substring(at));
		});
	}

}
