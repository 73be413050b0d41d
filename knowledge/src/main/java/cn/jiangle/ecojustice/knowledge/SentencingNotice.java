package cn.jiangle.ecojustice.knowledge;

import java.util.regex.Pattern;

/**
 * Legal safety: a question about a sentencing outcome (量刑, 从轻, 缓刑, 判几年, 坐牢, 不起诉, 免于刑事处罚, 减刑 …) — or
 * an answer that quotes the clause on lenient sentencing or on purchase counting as restoration — always carries a
 * fixed notice that the court decides.
 */
final class SentencingNotice {

	static final String NOTICE = "以上内容仅供参考，是否从轻处理由人民法院依法裁判";

	private static final Pattern SENTENCING = Pattern.compile("量刑|从轻|从宽|从重|减轻|加重|判轻|轻判|少判|重判|判重|减刑|缓刑|"
			+ "判刑|判几年|判多久|判多少|判得|坐牢|坐几年|关几年|实刑|刑期|免于|免予|免刑|免罪|无罪|不起诉|不诉|起诉|公诉|撤案|撤销案件|取保|"
			+ "宽大处理|定罪|罪名|轻点|轻一点|酌情|照顾|"
			// what a family fears: being held, prosecuted at all, a record, the case ending
			+ "追究|少关|关几|关多久|关多长|放人|放出来|案底|前科|犯罪记录|结案|销案|案子.{0,5}(结|了结|完结|了了)");

	private SentencingNotice() {
	}

	/** For a sentencing question, or an answer text that speaks of sentencing (quoting 「在量刑时给予酌情从轻考虑」). */
	static boolean applies(String question, String answerText) {
		// 「视为已履行修复生态义务」 is a legal effect the court and procuratorate weigh, like 从轻
		return SENTENCING.matcher(question).find() || answerText.contains("量刑") || answerText.contains("从轻")
				|| answerText.contains("视为已履行");
	}

}
