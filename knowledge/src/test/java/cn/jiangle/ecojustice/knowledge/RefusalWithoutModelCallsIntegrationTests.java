package cn.jiangle.ecojustice.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RefusalWithoutModelCallsIntegrationTests {

	@TempDir
	Path dir;

	@Test
	void refusalsNeverCallTheModel() {
		CountingChatModel model = new CountingChatModel(prompt -> "扫码认购碳汇[1]。");
		try (KnowledgeBase kb = KnowledgeBase.open(KnowledgeProperties.defaults().withIndexDir(dir), model)) {
			for (String q : new String[] { "今天将乐县天气怎么样？", "怎么申请驾驶证换证？", "个人所得税专项附加扣除怎么填？", "离婚时财产如何分割？",
					"医保报销比例是多少？", "酒驾会判几年？" }) {
				Answer a = kb.ask(q);
				assertThat(a.abstained()).as(q).isTrue();
				assertThat(a.mode()).isEqualTo(Answer.Mode.EXTRACTIVE);
			}
			// a refused follow-up does not call query compression either
			Answer first = kb.ask("劳役代偿适用于什么情况？");
			int afterFirst = model.calls();
			assertThat(kb.ask("医保报销比例是多少？", first.followUp()).abstained()).isTrue();
			assertThat(model.calls()).isEqualTo(afterFirst);
			assertThat(afterFirst).as("the answerable question did reach the model").isEqualTo(1);
			assertThat(first.mode()).isEqualTo(Answer.Mode.MODEL);
		}
	}

}
