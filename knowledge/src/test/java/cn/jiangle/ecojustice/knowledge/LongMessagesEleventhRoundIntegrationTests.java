package cn.jiangle.ecojustice.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.junit.jupiter.api.Test;

/**
 * The eleventh round on issue 11: a message opening with the asker's standing — who they are and the role their body
 * holds — is answered on the question after it, never with the manager lead or a gap the opening sets off; a lead
 * stating a body's role quotes the sentence stating it; who may be designated manager is answered by the court's
 * criteria. Real index over the built-in documents; the wordings are none of the evaluation files'.
 */
class LongMessagesEleventhRoundIntegrationTests extends BuiltInKnowledgeBase {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			喂 那个 我们村现在是修复管理人吧 修复的钱要用的话 得交些啥材料 | 提交支付申请、支付依据、费用发票
			你好 我是竹舟村的文书 我们村委会当那个矿山修复管理人嘛 施工的时候现场我们要做些啥 | 负责现场施工的督导工作
			我是村里的会计哈 村里当管理人了 修复款要单独开账户吗 | 设立专项账户
			嗯 我们村是矿山修复的管理人对吧 修完了要向谁汇报 | 向项目生态修复协作小组汇报修复成果
			那啥 咱们村委会这次是管理人 招标的事归不归我们管 | 招标管理工作
			我们村是管理人吗？修复款要交什么材料 | 提交支付申请、支付依据、费用发票
			""")
	void theQuestionAfterTheAskersStandingIsAnswered(String message, String evidence) {
		Answer a = kb.ask(message);
		assertThat(a.abstained()).as(message).isFalse();
		assertThat(a.notCovered()).as(message).isFalse();
		assertThat(a.text()).as(message).contains(evidence).doesNotStartWith("是。").doesNotStartWith("文件没有");
	}

	@Test
	void theStandingIsContextNotTheQuestion() {
		// a claim about the asker's body with a later question reads the later question, keeping the matter named
		assertThat(Standings.later("我是竹舟村的会计，那个吴地矿山修复我们村委会当管理人嘛，现场要管些啥"))
			.hasValue("吴地矿山修复，现场要管些啥");
		// 「我们局」 in the later question names the body only through the standing, which stays
		assertThat(Standings.later("我是林业局的，我们也是管理人吧，我们局要管哪些事")).hasValueSatisfying(s -> assertThat(s).startsWith("我是林业局的"));
	}

	@Test
	void aFillerAsksNothing() {
		// 「那个啥」 fills a pause: the opening after it may still be dropped by search
		assertThat(MessageTails.of("那个啥 我家男人上山砍了杉树被抓了 现在碳汇要到哪里去买")).contains("现在碳汇要到哪里去买");
	}

	@ParameterizedTest
	@ValueSource(strings = { "竹舟村委会当管理人 有没有管理费拿", "我们公安在立案侦查阶段，对碳汇认购能做点啥", "我是竹舟村的村民，修复完了谁来验收",
			"我们村是管理人吗", "我是滥伐林木被抓的，这种能认购碳汇吗" })
	void noStandingToDropWhereTheOpeningIsTheMatterOrOnlyWhoAsks(String message) {
		// a named body's role is what is asked; 我们公安在…… is the subject; who asks alone is read by search; no later question
		assertThat(Standings.later(message)).as(message).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "竹舟村委会干嘛的", "竹舟村在矿山修复里啥身份", "村委会在吴地矿山修复里算啥", "竹舟村委会在那个协议里扮演什么",
			"吴地矿山那块竹舟村算个什么角色" })
	void aManagersRoleIsQuotedFromTheSentenceStatingIt(String question) {
		Answer a = kb.ask(question);
		assertThat(a.text()).as(question)
			.startsWith("竹舟村委会是矿山生态修复管理人")
			.contains("竹舟村民委员会作为矿山生态修复管理人")
			.contains("竹舟村委会则是生态修复管理事务的实际执行人");
	}

	@ParameterizedTest
	@ValueSource(strings = { "除了村里 还有啥单位能当修复管理人", "管理人需要满足什么条件", "哪类组织可以担任生态修复管理人", "什么样的机构有资格成为管理人",
			"生态修复管理人的标准是什么" })
	void whoMayBeDesignatedIsAnsweredByTheCriteria(String question) {
		Answer a = kb.ask(question);
		assertThat(a.notCovered()).as(question).isFalse();
		assertThat(a.text()).as(question)
			.startsWith("可以被指定为生态修复管理人的有")
			.contains("指定具备生态修复技术力量和管理能力的行政事业单位");
	}

	@Test
	void whoHoldsTheRoleNowIsNotAskedAsWhoMayHoldIt() {
		// 「谁当了管理人」 asks for the holder, which the manager lead names
		assertThat(kb.ask("矿山修复是谁当了管理人").text()).doesNotStartWith("可以被指定");
		assertThat(kb.ask("劳役代偿什么单位可以当管理人").text()).doesNotStartWith("可以被指定");
	}

}
