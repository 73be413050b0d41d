package cn.jiangle.ecojustice.knowledge.index;

/**
 * A question that quotes a phrase only one or two clauses of the knowledge base contain (「深呼吸司法服务平台」,
 * 「典型案例」) is about those clauses, however little else of it the refusal model recognises: people ask about
 * what they have read or heard. Checked only for questions the refusal model turns down, so answerable searches pay
 * nothing for it. The question must still look somewhat answerable to the refusal model (see
 * {@link #THRESHOLD_SHARE}).
 */
final class DistinctivePhrase {

	/** Four characters: 「典型案例」; a two- or three-character word is too often a common word. */
	static final int LENGTH = 4;

	/** A phrase in more clauses than this is a common expression (生态修复, 人民法院). */
	static final int MAX_CLAUSES = 2;

	/**
	 * Such a phrase is strong evidence, not proof: 「工作人员」 is in one clause too. The refusal model's threshold is
	 * lowered to this share of itself, not dropped.
	 */
	static final double THRESHOLD_SHARE = 0.25;

	private DistinctivePhrase() {
	}

	/**
	 * Whether the normalised question contains a run of {@link #LENGTH} Chinese characters that the best clause
	 * contains and at most {@link #MAX_CLAUSES} clauses of the knowledge base do.
	 */
	static boolean quoted(String normalizedQuestion, String bestText, String[] allTexts) {
		for (int i = 0; i + LENGTH <= normalizedQuestion.length(); i++) {
			String phrase = normalizedQuestion.substring(i, i + LENGTH);
			if (allChinese(phrase) && bestText.contains(phrase) && rare(phrase, allTexts)) {
				return true;
			}
		}
		return false;
	}

	private static boolean rare(String phrase, String[] allTexts) {
		int n = 0;
		for (String t : allTexts) {
			if (t.contains(phrase) && ++n > MAX_CLAUSES) {
				return false;
			}
		}
		return true;
	}

	private static boolean allChinese(String s) {
		return s.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
	}

}
