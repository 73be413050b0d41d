package cn.jiangle.ecojustice.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The learned unstated model without an index: its fit, its file format and the shipped file.
 */
class UnstatedModelTests {

	private static final String CLAUSE = "对自愿认购碳汇的被告人，可以至福建金森碳汇科技有限公司通过扫“碳汇认购二维码”认购碳汇";

	private static List<UnstatedModelFit.Example> examples() {
		List<UnstatedModelFit.Example> out = new ArrayList<>();
		String[] asked = { "碳汇到哪里买", "碳汇找谁认购", "认购碳汇扫什么码", "被告人去哪家公司买碳汇", "认购碳汇要去金森公司吗",
				"碳汇认购二维码在哪扫" };
		String[] unstated = { "碳汇一吨多少钱", "认购碳汇要交多少钱", "金森公司的电话多少", "碳汇多少钱一吨啊", "买碳汇最少交多少钱",
				"金森公司电话号码是多少" };
		for (String q : asked) {
			out.add(new UnstatedModelFit.Example(q, CLAUSE, false, "a"));
		}
		for (String q : unstated) {
			out.add(new UnstatedModelFit.Example(q, CLAUSE, true, "u"));
		}
		return out;
	}

	@Test
	void learnsWhatTheClauseDoesNotState() {
		UnstatedModel model = UnstatedModelFit.fit(examples(), 4, 0.8);
		double price = model.probability("认购一吨碳汇多少钱", CLAUSE);
		double place = model.probability("去哪里认购碳汇", CLAUSE);
		assertThat(price).isGreaterThan(0.5).isGreaterThan(place);
		assertThat(place).isLessThan(0.5);
	}

	@Test
	void theFileGivesBackTheSameModel() throws IOException {
		UnstatedModel model = UnstatedModelFit.fit(examples(), 4, 0.8);
		StringWriter out = new StringWriter();
		model.write(out, List.of("test"));
		UnstatedModel read = UnstatedModel.parse(out.toString());
		assertThat(read.size()).isEqualTo(model.size());
		assertThat(read.threshold()).isEqualTo(0.8);
		for (String q : List.of("认购一吨碳汇多少钱", "去哪里认购碳汇", "金森的电话")) {
			assertThat(read.probability(q, CLAUSE)).isCloseTo(model.probability(q, CLAUSE), within(1e-4));
		}
	}

	@Test
	void theFitIsDeterministic() throws IOException {
		StringWriter a = new StringWriter();
		StringWriter b = new StringWriter();
		UnstatedModelFit.fit(examples(), 4, 0.8).write(a, List.of());
		UnstatedModelFit.fit(examples(), 4, 0.8).write(b, List.of());
		assertThat(a.toString()).isEqualTo(b.toString());
	}

	@Test
	void theShippedModelSaysHowItWasFitted() {
		UnstatedModel shipped = UnstatedModel.builtIn();
		// thousands of grams from the tuning sets, and a threshold that only a confident model reaches
		assertThat(shipped.size()).isGreaterThan(10_000);
		assertThat(shipped.threshold()).isBetween(0.8, 0.99);
	}

}
