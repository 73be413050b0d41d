package cn.jiangle.ecojustice.db.qa;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import cn.jiangle.ecojustice.db.Actor;
import cn.jiangle.ecojustice.db.FieldMissing;
import cn.jiangle.ecojustice.db.officers.Officers;
import cn.jiangle.ecojustice.db.officers.Role;
import cn.jiangle.ecojustice.db.qa.Feedback.Rating;
import cn.jiangle.ecojustice.db.qa.QuestionLog.NewAnswer;
import cn.jiangle.ecojustice.db.testing.DatabaseTest;
import cn.jiangle.ecojustice.db.testing.DatabaseTestConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The Q&A record on the real database: answers, feedback with reasons, follow-up context. */
@SpringBootTest(classes = { DatabaseTestConfiguration.class, QuestionLog.class })
@DatabaseTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QuestionLogIntegrationTests {

	private static final Instant NOW = Instant.parse("2026-11-20T08:00:00Z");

	@Autowired
	QuestionLog log;

	@Autowired
	Officers officers;

	@BeforeAll
	void officers() {
		for (String userid : List.of("asker", "rounder", "rater", "reasoner", "mover", "context", "other")) {
			officers.register(userid, "COURT", Role.CASE_OFFICER, "法官" + userid, Actor.SYSTEM);
		}
	}

	private RecordedAnswer answer(String userid, long eventId, String taskId) {
		return log.record(new NewAnswer(userid, eventId, "碳汇认购的流程是什么？", List.of("将法〔2021〕17号 二、5"),
				"EXTRACTIVE", false, "答：……", 12, taskId), NOW);
	}

	@Test
	void everyFieldRoundTrips() {
		String question = "没钱赔怎么办？<script>alert(1)</script>'; DROP TABLE qa_answer;--";
		RecordedAnswer recorded = log.record(new NewAnswer("rounder", 1001L, question,
				List.of("将法〔2024〕13号 三、（二）", "将法〔2021〕17号 二、5"), "MODEL", false, "可以申请劳役代偿。【将法〔2024〕13号】",
				234, "qa_task_1"), NOW.plusMillis(900));

		RecordedAnswer found = log.find(recorded.id()).orElseThrow();
		assertThat(found.officerUserid()).isEqualTo("rounder");
		assertThat(found.eventId()).isEqualTo(1001L);
		assertThat(found.question()).isEqualTo(question);
		assertThat(found.clauseIds()).containsExactly("将法〔2024〕13号 三、（二）", "将法〔2021〕17号 二、5");
		assertThat(found.mode()).isEqualTo("MODEL");
		assertThat(found.abstained()).isFalse();
		assertThat(found.reply()).isEqualTo("可以申请劳役代偿。【将法〔2024〕13号】");
		assertThat(found.latencyMillis()).isEqualTo(234);
		assertThat(found.createdAt()).isEqualTo(NOW);
		assertThat(log.forEvent(1001L)).contains(found);
		assertThat(log.forFeedbackTask("qa_task_1")).contains(found);
		assertThat(log.latest("rounder", 5)).containsExactly(found);
	}

	@Test
	void aRefusalHasNoClauses() {
		RecordedAnswer refused = log.record(
				new NewAnswer("asker", 1002L, "今天天气怎么样", List.of(), "EXTRACTIVE", true, "抱歉……", 3, null), NOW);

		assertThat(log.find(refused.id()).orElseThrow()).satisfies(found -> {
			assertThat(found.clauseIds()).isEmpty();
			assertThat(found.abstained()).isTrue();
		});
	}

	@Test
	void aBlankQuestionIsRefusedAndALongOneCut() {
		assertThatExceptionOfType(FieldMissing.class).isThrownBy(
				() -> log.record(new NewAnswer("asker", null, "  ", List.of(), "EXTRACTIVE", true, "x", 1, null), NOW));

		RecordedAnswer longOne = log.record(
				new NewAnswer("asker", null, "碳".repeat(5000), List.of(), "EXTRACTIVE", true, "x", 1, null), NOW);
		String kept = log.find(longOne.id()).orElseThrow().question();
		assertThat(kept.length()).isEqualTo(QuestionLog.MAX_QUESTION);
	}

	@Test
	void aSecondRatingReplacesTheFirst() {
		RecordedAnswer answer = answer("rater", 2001L, "qa_task_rate");

		log.rate(answer.id(), Rating.UP, null, NOW);
		Feedback changed = log.rate(answer.id(), Rating.DOWN, NOW.plus(Duration.ofMinutes(10)), NOW.plusSeconds(30));

		assertThat(changed.rating()).isEqualTo(Rating.DOWN);
		assertThat(changed.reasonUntil()).isEqualTo(NOW.plus(Duration.ofMinutes(10)));
		assertThat(changed.createdAt()).isEqualTo(NOW);
		assertThat(changed.updatedAt()).isEqualTo(NOW.plusSeconds(30));
	}

	@Test
	void aReasonIsAwaitedOnlyWithinTheWindow() {
		RecordedAnswer answer = answer("reasoner", 3001L, "qa_task_reason");
		log.rate(answer.id(), Rating.DOWN, NOW.plus(Duration.ofMinutes(10)), NOW);

		assertThat(log.awaitingReason("reasoner", NOW.plus(Duration.ofMinutes(9)))).hasValue(answer.id());
		assertThat(log.awaitingReason("reasoner", NOW.plus(Duration.ofMinutes(11)))).isEmpty();
		assertThat(log.awaitingReason("other", NOW)).isEmpty();

		log.giveReason(answer.id(), "没有回答到劳役代偿的天数", NOW.plusSeconds(60));
		Feedback feedback = log.feedback(answer.id()).orElseThrow();
		assertThat(feedback.reason()).isEqualTo("没有回答到劳役代偿的天数");
		assertThat(feedback.reasonUntil()).isNull();
		assertThat(log.awaitingReason("reasoner", NOW.plusSeconds(61))).isEmpty();
		assertThat(log.latestRated("reasoner", NOW.minus(Duration.ofDays(1)))).hasValue(answer.id());
	}

	@Test
	void movingOnStopsWaitingForAReason() {
		RecordedAnswer answer = answer("mover", 4001L, "qa_task_move");
		log.rate(answer.id(), Rating.DOWN, NOW.plus(Duration.ofMinutes(10)), NOW);

		log.stopAwaitingReason("mover");

		assertThat(log.awaitingReason("mover", NOW)).isEmpty();
		assertThat(log.feedback(answer.id()).orElseThrow().rating()).isEqualTo(Rating.DOWN);
	}

	@Test
	void followUpContextIsKeptPerOfficer() {
		assertThat(log.context("context")).isEmpty();

		log.saveContext("context", "{\"topic\":\"劳役代偿\"}", NOW);
		log.saveContext("context", "{\"topic\":\"认购碳汇\"}", NOW.plusSeconds(90));

		QuestionLog.StoredContext stored = log.context("context").orElseThrow();
		assertThat(stored.context()).isEqualTo("{\"topic\":\"认购碳汇\"}");
		assertThat(stored.updatedAt()).isEqualTo(NOW.plusSeconds(90));
		assertThat(log.context("other")).isEmpty();

		log.clearContext("context");
		assertThat(log.context("context")).isEmpty();
	}

}
