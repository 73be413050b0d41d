package cn.jiangle.ecojustice.bot.qa;

import java.time.Instant;
import java.util.List;

import cn.jiangle.ecojustice.db.qa.QuestionLog.StoredContext;
import cn.jiangle.ecojustice.knowledge.Answer;
import cn.jiangle.ecojustice.knowledge.Citation;
import cn.jiangle.ecojustice.knowledge.FollowUpContext;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OfficerQuestionsTests {

	private static final Citation CARBON = new Citation("将法〔2021〕17号", "关于建立“生态司法+碳汇”工作机制的意见",
			"二、工作机制 > 5.规范碳汇认购程序", "二.5", "……");

	private static final Citation LABOUR = new Citation("将法〔2024〕13号", "意见", "三、劳役代偿", "", "……");

	@Test
	void aDeclinedAnswerListsTheSuggestedClausesItDoesNotAlreadyName() {
		Answer declined = new Answer("q", true, "抱歉，现有政策文件中没有能回答这个问题的内容。\n· " + CARBON.label(), List.of(),
				List.of(CARBON, LABOUR), Answer.Mode.EXTRACTIVE, false, FollowUpContext.NONE, "q");

		String reply = OfficerQuestions.replyText(declined);

		assertThat(reply).contains("相关条款：\n" + LABOUR.label());
		assertThat(reply.indexOf(CARBON.label())).isEqualTo(reply.lastIndexOf(CARBON.label()));
	}

	@Test
	void anAnswerIsSentAsTheKnowledgeBaseWroteIt() {
		Answer answered = new Answer("q", false, "  根据现有文件：……" + CARBON.label() + "\n", List.of(CARBON), List.of(LABOUR),
				Answer.Mode.MODEL, false, FollowUpContext.NONE, "q");

		assertThat(OfficerQuestions.replyText(answered)).isEqualTo("根据现有文件：……" + CARBON.label());
	}

	@Test
	void clauseIdsNameTheDocumentAndTheClause() {
		assertThat(OfficerQuestions.clauseId(CARBON)).isEqualTo("将法〔2021〕17号 二.5");
		assertThat(OfficerQuestions.clauseId(LABOUR)).isEqualTo("将法〔2024〕13号 三、劳役代偿");
	}

	@Test
	void theFollowUpContextRoundTripsThroughItsStoredForm() {
		FollowUpContext context = new FollowUpContext("劳役代偿是什么？", List.of("劳役代偿", "折抵"));

		FollowUpContext back = OfficerQuestions
			.contextOf(new StoredContext(OfficerQuestions.json(context), Instant.EPOCH));

		assertThat(back).isEqualTo(context);
	}

	@Test
	void questionsAreToldApartFromReasons() {
		assertThat(OfficerQuestions.looksLikeQuestion("劳役代偿需要多少天？")).isTrue();
		assertThat(OfficerQuestions.looksLikeQuestion("那怎么申请")).isTrue();
		assertThat(OfficerQuestions.looksLikeQuestion("可以分期缴纳吗")).isTrue();
		assertThat(OfficerQuestions.looksLikeQuestion("请问碳汇价格")).isTrue();
		assertThat(OfficerQuestions.looksLikeQuestion("没有说明资金由谁监管")).isFalse();
		assertThat(OfficerQuestions.looksLikeQuestion("引用的条款不对。")).isFalse();
		assertThat(OfficerQuestions.looksLikeQuestion("没有说明怎么申请")).isFalse();
		assertThat(OfficerQuestions.looksLikeQuestion("劳役代偿需要多少天")).isTrue();
	}

}
