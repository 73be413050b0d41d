package cn.jiangle.ecojustice.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import cn.jiangle.ecojustice.knowledge.index.ScoredChunk;
import cn.jiangle.ecojustice.knowledge.ingest.Chunk;

class ModelAnswersTests {

	private static final List<ScoredChunk> SOURCES = List.of(
			source("二.5", List.of("二、工作机制", "5.规范碳汇认购程序"), "对自愿认购碳汇的被告人，可以通过扫“碳汇认购二维码”认购碳汇。"),
			source("二.3", List.of("二、工作机制", "3.设立生态司法碳汇基金"), "基金管理委员会定期召开专题会议，办公室由各部门指派1名工作人员组成。"));

	@Test
	void validCitationsBecomeLabels() {
		var g = ModelAnswers.validate("被告人可扫二维码认购碳汇[1]。基金委员会定期开会[2][2]。", "怎么认购？", SOURCES);
		assertThat(g).hasValueSatisfying(a -> {
			assertThat(a.text()).isEqualTo("被告人可扫二维码认购碳汇【将法〔2021〕17号 二、工作机制 5.规范碳汇认购程序】。"
					+ "基金委员会定期开会【将法〔2021〕17号 二、工作机制 3.设立生态司法碳汇基金】。");
			assertThat(a.citations()).extracting(Citation::clauseId).containsExactly("二.5", "二.3");
		});
	}

	@Test
	void invalidCitationsAreDropped() {
		var g = ModelAnswers.validate("可以扫码认购[1]，也可以到柜台[7]。", "怎么认购？", SOURCES);
		assertThat(g).hasValueSatisfying(a -> {
			assertThat(a.text()).doesNotContain("[7]").contains("也可以到柜台。");
			assertThat(a.citations()).hasSize(1);
		});
	}

	@Test
	void answersWithoutAValidCitationAreRejected() {
		assertThat(ModelAnswers.validate("可以扫码认购。", "怎么认购？", SOURCES)).isEmpty();
		assertThat(ModelAnswers.validate("可以扫码认购[3][0]。", "怎么认购？", SOURCES)).isEmpty();
		assertThat(ModelAnswers.validate("资料不足", "怎么认购？", SOURCES)).isEmpty();
		assertThat(ModelAnswers.validate("  ", "怎么认购？", SOURCES)).isEmpty();
		assertThat(ModelAnswers.validate(null, "怎么认购？", SOURCES)).isEmpty();
	}

	@Test
	void numbersMustComeFromTheCitedSources() {
		assertThat(ModelAnswers.validate("碳汇每吨50元[1]。", "碳汇多少钱？", SOURCES)).isEmpty();
		// 1 名 is in source 2, not in source 1
		assertThat(ModelAnswers.validate("办公室由各部门指派1名工作人员组成[1]。", "办公室怎么组成？", SOURCES)).isEmpty();
		assertThat(ModelAnswers.validate("办公室由各部门指派1名工作人员组成[2]。", "办公室怎么组成？", SOURCES)).isPresent();
	}

	@Test
	void fullWidthDigitsAreCheckedLikeAsciiOnes() {
		assertThat(ModelAnswers.validate("碳汇每吨５０元[1]。", "碳汇多少钱？", SOURCES)).isEmpty();
		assertThat(ModelAnswers.validate("办公室由各部门指派１名工作人员组成[2]。", "办公室怎么组成？", SOURCES)).isPresent();
		assertThat(ModelAnswers.validate("指导价为每吨５０元[1]。", "碳汇多少钱？", PRICED)).isPresent();
		assertThat(ModelAnswers.validate("指导价为每吨６０元[1]。", "碳汇多少钱？", PRICED)).isEmpty();
	}

	@Test
	void chineseNumeralAmountsMustComeFromTheCitedSources() {
		assertThat(ModelAnswers.validate("碳汇每吨五十元[1]。", "碳汇多少钱？", SOURCES)).isEmpty();
		assertThat(ModelAnswers.validate("一般要交三万元[1]。", "要交多少？", SOURCES)).isEmpty();
		assertThat(ModelAnswers.validate("大概两千就够了[1]。", "要交多少？", SOURCES)).isEmpty();
		assertThat(ModelAnswers.validate("要补种八亩林地[1]。", "要种多少？", SOURCES)).isEmpty();
		assertThat(ModelAnswers.validate("打八折，即百分之八十[1]。", "能便宜吗？", SOURCES)).isEmpty();
		// the same amount written another way is supported by the source
		assertThat(ModelAnswers.validate("指导价为每吨五十元[1]。", "碳汇多少钱？", PRICED)).isPresent();
		assertThat(ModelAnswers.validate("保证金为三万元[1]。", "保证金多少？", PRICED)).isPresent();
		assertThat(ModelAnswers.validate("保证金为30000元[1]。", "保证金多少？", PRICED)).isPresent();
		assertThat(ModelAnswers.validate("保证金为四万元[1]。", "保证金多少？", PRICED)).isEmpty();
	}

	@Test
	void chineseNumeralsThatAreWordsAreNotAmounts() {
		// 一是 / 统一 / 万一 / 十分 are words; none of them is in the sources, yet the answer is fine
		assertThat(ModelAnswers.validate("一是统一扫码认购，万一扫不了十分麻烦时可咨询[1]。", "怎么认购？", SOURCES)).isPresent();
	}

	private static final List<ScoredChunk> PRICED = List.of(
			source("二.6", List.of("二、工作机制", "6.碳汇价格"), "碳汇交易指导价格为每吨50元，复绿保证金为3万元。"));

	private static ScoredChunk source(String clause, List<String> path, String text) {
		return new ScoredChunk(new Chunk("将法〔2021〕17号 " + clause, "将法〔2021〕17号", "关于建立“生态司法＋碳汇”工作机制的意见",
				List.of(), "附件1", path, clause, text, "a.txt", 0, text.length()), 1.0, text);
	}

}
