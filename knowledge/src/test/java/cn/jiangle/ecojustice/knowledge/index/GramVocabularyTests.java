package cn.jiangle.ecojustice.knowledge.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class GramVocabularyTests {

	private final GramVocabulary vocabulary = GramVocabulary.of(List.of(Set.of("碳", "汇", "钱"), Set.of("碳", "汇"),
			Set.of("碳", "基金")), 2);

	@Test
	void keepsTheGramsOfAtLeastMinDfQuestionsInOrder() {
		assertThat(vocabulary.size()).isEqualTo(2);
		assertThat(List.of(vocabulary.gram(0), vocabulary.gram(1))).containsExactly("汇", "碳");
		// smoothed idf: ln((1 + 3) / (1 + df)) + 1
		assertThat(vocabulary.idf(0)).isCloseTo(Math.log(4.0 / 3) + 1, within(1e-12));
		assertThat(vocabulary.idf(1)).isCloseTo(1, within(1e-12));
	}

	@Test
	void aRowIsSublinearTfIdfOfUnitLengthWithinItsBlock() {
		List<Integer> columns = new ArrayList<>();
		List<Double> values = new ArrayList<>();
		vocabulary.appendRow(Map.of("碳", 1.0), columns, values);
		vocabulary.appendRow(Map.of("碳", 3.0, "汇", 1.0, "钱", 5.0), columns, values);
		assertThat(columns).hasSize(3);
		assertThat(values.get(0)).isCloseTo(1, within(1e-12));
		double second = Math.pow(values.get(1), 2) + Math.pow(values.get(2), 2);
		assertThat(second).isCloseTo(1, within(1e-12));
		int carbon = columns.subList(1, 3).indexOf(1) + 1;
		int sink = columns.subList(1, 3).indexOf(0) + 1;
		assertThat(values.get(carbon) / values.get(sink))
			.isCloseTo((1 + Math.log(3)) * vocabulary.idf(1) / vocabulary.idf(0), within(1e-12));
	}

}
