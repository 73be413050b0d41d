package cn.jiangle.ecojustice.bot.qa;

import java.time.Duration;
import java.util.List;

import cn.jiangle.ecojustice.bot.chat.ChatIntegrationTest;
import cn.jiangle.ecojustice.bot.messages.Reply;
import cn.jiangle.ecojustice.db.Actor;
import cn.jiangle.ecojustice.db.officers.Role;
import cn.jiangle.ecojustice.db.qa.Feedback;
import cn.jiangle.ecojustice.db.qa.Feedback.Rating;
import cn.jiangle.ecojustice.db.qa.QuestionLog;
import cn.jiangle.ecojustice.db.qa.RecordedAnswer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static cn.jiangle.ecojustice.bot.chat.ChatFixture.card;
import static cn.jiangle.ecojustice.bot.chat.ChatFixture.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Officer questions answered by the real knowledge base (real Lucene over the shipped documents), every answer
 * recorded, 👍/👎 with reasons, follow-up context in the database.
 */
class OfficerQuestionsIntegrationTests extends ChatIntegrationTest {

	@Autowired
	QuestionLog questionLog;

	@BeforeAll
	void officers() {
		for (String userid : List.of("asker", "rater", "mover", "prefixer", "late", "other", "hacker", "follower", "outsider")) {
			officers.register(userid, "COURT", Role.CASE_OFFICER, "法官" + userid, Actor.SYSTEM);
		}
	}

	private RecordedAnswer latest(String userid) {
		return questionLog.latest(userid, 1).get(0);
	}

	@Test
	void aQuestionIsAnsweredWithCitationsAFeedbackCardAndRecorded() {
		List<Reply> replies = chat.say("asker", "碳汇认购的流程是什么？");

		assertThat(replies).hasSize(2);
		assertThat(replies.get(0)).isInstanceOf(Reply.Text.class);
		String answer = ((Reply.Text) replies.get(0)).content();
		assertThat(answer).contains("【将法〔");
		Reply.Card card = card(replies);
		assertThat(card.buttons()).extracting(Reply.Button::key).containsExactly(OfficerQuestions.UP,
				OfficerQuestions.DOWN);
		assertThat(card.taskId()).startsWith("qa_");

		RecordedAnswer recorded = latest("asker");
		assertThat(recorded.question()).isEqualTo("碳汇认购的流程是什么？");
		assertThat(recorded.clauseIds()).isNotEmpty().allSatisfy(id -> assertThat(id).startsWith("将法〔"));
		assertThat(recorded.mode()).isEqualTo("EXTRACTIVE");
		assertThat(recorded.abstained()).isFalse();
		assertThat(recorded.reply()).isEqualTo(answer);
		assertThat(recorded.latencyMillis()).isNotNegative();
		assertThat(recorded.feedbackTaskId()).isEqualTo(card.taskId());
		assertThat(recorded.createdAt()).isEqualTo(clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
	}

	@Test
	void anOutOfScopeQuestionIsDeclinedAndStillRecorded() {
		List<Reply> replies = chat.say("outsider", "个人所得税专项附加扣除怎么填？");

		RecordedAnswer recorded = latest("outsider");
		assertThat(recorded.abstained()).isTrue();
		assertThat(recorded.clauseIds()).isEmpty();
		assertThat(text(replies)).contains(recorded.reply());
	}

	@Test
	void followUpsKeepTheTopicInTheDatabase() {
		chat.say("follower", "劳役代偿是什么？");
		assertThat(questionLog.context("follower").orElseThrow().context()).contains("劳役代偿");
		// kept sealed: the question it quotes may hold personal data
		assertThat(jdbc.queryForObject("SELECT context FROM qa_context WHERE officer_userid = 'follower'",
				String.class)).startsWith("a1:").doesNotContain("劳役代偿");

		chat.say("follower", "那需要什么材料？");

		RecordedAnswer followUp = latest("follower");
		assertThat(followUp.question()).isEqualTo("那需要什么材料？");
		assertThat(followUp.abstained()).isFalse();
		assertThat(questionLog.context("follower").orElseThrow().context()).contains("那需要什么材料");
	}

	@Test
	void aThumbsDownTakesTheNextMessageAsTheReason() {
		Reply.Card card = card(chat.say("rater", "认购碳汇的资金怎么管理？"));
		RecordedAnswer answer = latest("rater");

		assertThat(text(chat.click("rater", OfficerQuestions.DOWN, card.taskId()))).contains("直接回复不满意的原因");
		assertThat(text(chat.say("rater", "没有说明资金由谁监管"))).contains("已记录您的反馈原因");

		Feedback feedback = questionLog.feedback(answer.id()).orElseThrow();
		assertThat(feedback.rating()).isEqualTo(Rating.DOWN);
		assertThat(feedback.reason()).isEqualTo("没有说明资金由谁监管");
		assertThat(questionLog.latest("rater", 5)).hasSize(1);
		// the next message is a question again
		chat.say("rater", "劳役代偿怎么折算？");
		assertThat(questionLog.latest("rater", 5)).hasSize(2);
	}

	@Test
	void aQuestionAfterThumbsDownIsAnsweredNotTakenAsTheReason() {
		Reply.Card card = card(chat.say("mover", "生态修复管理人是谁？"));
		RecordedAnswer answer = latest("mover");
		chat.click("mover", OfficerQuestions.DOWN, card.taskId());

		chat.say("mover", "劳役代偿需要多少天？");

		assertThat(latest("mover").question()).isEqualTo("劳役代偿需要多少天？");
		assertThat(questionLog.feedback(answer.id()).orElseThrow().reason()).isNull();
		assertThat(questionLog.awaitingReason("mover", clock.instant())).isEmpty();
	}

	@Test
	void aReasonPrefixWorksAfterAThumbsUpToo() {
		Reply.Card card = card(chat.say("prefixer", "碳汇认购的流程是什么？"));
		RecordedAnswer answer = latest("prefixer");
		assertThat(text(chat.click("prefixer", OfficerQuestions.UP, card.taskId()))).contains("感谢反馈");

		assertThat(text(chat.say("prefixer", "原因：引用的条款很准确"))).contains("已记录您的反馈原因");

		assertThat(questionLog.feedback(answer.id()).orElseThrow()).satisfies(feedback -> {
			assertThat(feedback.rating()).isEqualTo(Rating.UP);
			assertThat(feedback.reason()).isEqualTo("引用的条款很准确");
		});
		assertThat(text(chat.say("other", "原因：随便说说"))).contains("请先点击回答下方的 👍 或 👎");
	}

	@Test
	void theReasonWindowCloses() {
		Reply.Card card = card(chat.say("late", "碳汇认购的流程是什么？"));
		RecordedAnswer answer = latest("late");
		chat.click("late", OfficerQuestions.DOWN, card.taskId());
		clock.advance(Duration.ofMinutes(11));
		try {
			chat.say("late", "引用不对");

			assertThat(questionLog.feedback(answer.id()).orElseThrow().reason()).isNull();
			assertThat(latest("late").question()).isEqualTo("引用不对");
		}
		finally {
			clock.advance(Duration.ofMinutes(-11));
		}
	}

	@Test
	void foreignAndUnknownCardsAreRefused() {
		Reply.Card card = card(chat.say("asker", "生态司法碳汇基金怎么使用？"));

		assertThat(text(chat.click("other", OfficerQuestions.UP, card.taskId()))).contains("该反馈卡片已失效");
		assertThat(text(chat.click("asker", OfficerQuestions.UP, "qa_unknowntask"))).contains("该反馈卡片已失效");
		assertThat(questionLog.feedback(latest("asker").id())).isEmpty();
	}

	@Test
	void sqlAndMarkupAreStoredAsTextAndNotEchoed() {
		String nasty = "<script>alert(1)</script>'; DROP TABLE qa_answer;-- 碳汇";

		List<Reply> replies = chat.say("hacker", nasty);

		assertThat(latest("hacker").question()).isEqualTo(nasty);
		assertThat(text(replies)).doesNotContain("<script>");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM qa_answer", Integer.class)).isPositive();
	}

}
