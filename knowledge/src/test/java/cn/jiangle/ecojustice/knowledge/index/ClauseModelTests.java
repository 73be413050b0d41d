package cn.jiangle.ecojustice.knowledge.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.jiangle.ecojustice.knowledge.ingest.Chunk;

/**
 * The learned clause model without an index: its fit, its file format, how it scales candidates and the shipped file.
 */
class ClauseModelTests {

	private static final String FUND = "doc 二.3#00000001";

	private static final String LABOUR = "doc 二.一是#00000002";

	private static List<ClauseModelFit.Example> examples() {
		List<ClauseModelFit.Example> out = new ArrayList<>();
		for (String q : List.of("碳汇基金谁来管", "基金管委会主任是谁", "基金的钱用在哪", "碳汇基金开会审核啥", "管委会多久开会",
				"基金专款专用吗")) {
			out.add(new ClauseModelFit.Example(q, FUND));
		}
		for (String q : List.of("没钱赔可以干活抵吗", "劳役代偿去哪干活", "经济困难怎么修复", "干活抵赔偿金", "去补偿林劳动",
				"拿不出钱怎么办")) {
			out.add(new ClauseModelFit.Example(q, LABOUR));
		}
		return out;
	}

	@Test
	void learnsWhichClauseAWordingPointsTo() {
		ClauseModel model = ClauseModelFit.fit(examples(), 4);
		assertThat(model.classCount()).isEqualTo(2);
		int fund = model.indexOf(FUND);
		int labour = model.indexOf(LABOUR);
		double[] money = model.probabilities("家里拿不出钱，能去干活抵吗");
		double[] board = model.probabilities("基金管委会的钱怎么用");
		assertThat(money[labour]).isGreaterThan(0.5);
		assertThat(board[fund]).isGreaterThan(0.5);
		assertThat(Arrays.stream(money).sum()).isCloseTo(1, within(1e-9));
	}

	@Test
	void scalesKnownCandidatesAndLeavesUnknownOnesAlone() {
		ClauseModel model = ClauseModelFit.fit(examples(), 4);
		double[] f = model.factors("没钱赔偿能干活抵吗", new int[] { model.indexOf(FUND), -1, model.indexOf(LABOUR) });
		assertThat(f[2]).isEqualTo(1.0);
		assertThat(f[1]).isEqualTo(1.0);
		assertThat(f[0]).isLessThan(1).isGreaterThanOrEqualTo(1 - ClauseModel.WEIGHT);
		assertThat(ClauseModel.none().factors("随便问问", new int[] { -1, -1 })).containsExactly(1, 1);
	}

	@Test
	void theFileGivesBackTheSameModel() throws IOException {
		ClauseModel model = ClauseModelFit.fit(examples(), 4);
		StringWriter out = new StringWriter();
		model.write(out, List.of("test"));
		ClauseModel read = ClauseModel.parse(out.toString());
		assertThat(read.classCount()).isEqualTo(2);
		assertThat(read.gramCount()).isEqualTo(model.gramCount());
		for (String q : List.of("基金谁管", "没钱怎么办", "天气怎么样")) {
			double[] a = model.probabilities(q);
			double[] b = read.probabilities(q);
			for (int i = 0; i < a.length; i++) {
				assertThat(b[i]).isCloseTo(a[i], within(1e-3));
			}
		}
	}

	@Test
	void theFitIsDeterministic() throws IOException {
		StringWriter a = new StringWriter();
		StringWriter b = new StringWriter();
		ClauseModelFit.fit(examples(), 4).write(a, List.of());
		ClauseModelFit.fit(examples(), 4).write(b, List.of());
		assertThat(a.toString()).isEqualTo(b.toString());
	}

	@Test
	void aBrokenFileSaysWhichLine() {
		assertThatThrownBy(() -> ClauseModel.parse("class\ta\nbias\t0.1\ng\t碳\tx\t0:1"))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("line 3");
	}

	@Test
	void aFileNamingAnUnknownClassOrALongGramIsRejectedWhenRead() {
		assertThatThrownBy(() -> ClauseModel.parse("class\ta\nbias\t0.1\ng\t碳\t1.0\t3:0.5"))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("class 3 of 1");
		assertThatThrownBy(() -> ClauseModel.parse("class\ta\nbias\t0.1\ng\t碳汇基金\t1.0\t0:0.5"))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("one to three characters");
	}

	@Test
	void windowsLineEndingsReadTheSame() throws IOException {
		ClauseModel model = ClauseModelFit.fit(examples(), 4);
		StringWriter out = new StringWriter();
		model.write(out, List.of("test"));
		assertThat(out.toString()).doesNotContain("\r");
		ClauseModel crlf = ClauseModel.parse(out.toString().replace("\n", "\r\n"));
		assertThat(crlf.knows(FUND)).isTrue();
		assertThat(crlf.probabilities("基金谁管")).containsExactly(model.probabilities("基金谁管"), within(1e-3));
	}

	@Test
	void aGramWithoutWeightsStillScalesTheQuestion() {
		ClauseModel withCommonGram = ClauseModel.parse("class\ta\nclass\tb\nbias\t0,0\ng\t碳\t1.0\t0:1.0\ng\t吗\t1.0\t");
		ClauseModel without = ClauseModel.parse("class\ta\nclass\tb\nbias\t0,0\ng\t碳\t1.0\t0:1.0");
		// 「碳吗」: 吗 has no weight but takes half the vector's length, as it did when the model was fitted
		assertThat(withCommonGram.probabilities("碳吗")[0]).isLessThan(without.probabilities("碳吗")[0]);
		assertThat(withCommonGram.gramCount()).isEqualTo(2);
	}

	@Test
	void anEditedClauseIsAnotherClass() {
		Chunk before = chunk("对自愿认购碳汇的被告人，可以按照碳汇交易指导价格认购碳汇。");
		Chunk spaced = chunk("对自愿认购碳汇的被告人， 可以按照碳汇交易指导价格认购碳汇。");
		Chunk edited = chunk("对自愿认购碳汇的被告人，可以按照市场价格认购碳汇。");
		assertThat(ClauseModel.classOf(spaced)).isEqualTo(ClauseModel.classOf(before));
		assertThat(ClauseModel.classOf(edited)).isNotEqualTo(ClauseModel.classOf(before)).startsWith("将法〔2021〕17号 二.5#");
	}

	@Test
	void theShippedModelParses() {
		ClauseModel model = ClauseModel.builtIn();
		assertThat(model.classCount()).isGreaterThanOrEqualTo(30);
		assertThat(model.gramCount()).isGreaterThan(1000);
	}

	private static Chunk chunk(String text) {
		return new Chunk("将法〔2021〕17号 二.5", "将法〔2021〕17号", "意见", List.of(), "", List.of("二、工作机制", "5.规范碳汇认购程序"),
				"二.5", text, "test", 0, text.length());
	}

}
