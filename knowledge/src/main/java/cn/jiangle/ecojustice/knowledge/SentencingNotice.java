package cn.jiangle.ecojustice.knowledge;

import java.util.regex.Pattern;

/**
 * Legal safety: a question about sentencing (量刑, 从轻, 判轻, 缓刑 …) — or an answer that quotes the clause on
 * lenient sentencing — always carries a fixed notice that the court decides.
 */
final class SentencingNotice {

	static final String NOTICE = "以上内容仅供参考，是否从轻处理由人民法院依法裁判";

	private static final Pattern SENTENCING = Pattern
		.compile("量刑|从轻|从宽|减轻|判轻|轻判|少判|减刑|缓刑|判刑|判几年|判多久|坐牢|刑期|免于处罚|免予|宽大处理|定罪|罪名|轻点|轻一点|酌情");

	private SentencingNotice() {
	}

	/** For a sentencing question, or an answer text that speaks of sentencing (quoting 「在量刑时给予酌情从轻考虑」). */
	static boolean applies(String question, String answerText) {
		return SENTENCING.matcher(question).find() || answerText.contains("量刑") || answerText.contains("从轻");
	}

}
