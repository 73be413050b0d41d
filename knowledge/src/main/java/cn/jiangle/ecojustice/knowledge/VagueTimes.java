package cn.jiangle.ecojustice.knowledge;

import java.util.Optional;

/**
 * 「管委会多久开一次会」: the documents answer 「定期」 and fix no interval. The clause answers the question as far as the
 * documents go, so it is not refused; a lead says that no interval is fixed, so nobody reads 「定期」 as one.
 */
final class VagueTimes {

	private VagueTimes() {
	}

	/** The lead for an answer quoting 「定期」 to a question asking how often, if it is one. */
	static Optional<String> lead(AskedFor asked, String answerText) {
		if (asked.kind() == AskedFor.Kind.FREQUENCY && answerText.contains("定期")) {
			return Optional.of("文件只写了“定期”，没有规定具体多久一次。");
		}
		return Optional.empty();
	}

}
