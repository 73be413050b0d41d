package cn.jiangle.ecojustice.db.crypto;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.jiangle.ecojustice.db.Actor;
import cn.jiangle.ecojustice.db.cases.Case;
import cn.jiangle.ecojustice.db.cases.CaseNumber;
import cn.jiangle.ecojustice.db.cases.Cases;
import cn.jiangle.ecojustice.db.cases.Charge;
import cn.jiangle.ecojustice.db.cases.NewCase;
import cn.jiangle.ecojustice.db.cases.Stage;
import cn.jiangle.ecojustice.db.conversation.ConversationStates;
import cn.jiangle.ecojustice.db.labour.CheckIns;
import cn.jiangle.ecojustice.db.labour.LabourApplications;
import cn.jiangle.ecojustice.db.labour.LabourPlan;
import cn.jiangle.ecojustice.db.labour.LabourPlans;
import cn.jiangle.ecojustice.db.labour.NewLabourPlan;
import cn.jiangle.ecojustice.db.labour.Valuation;
import cn.jiangle.ecojustice.db.obligations.LegalBasis;
import cn.jiangle.ecojustice.db.obligations.ObligationKind;
import cn.jiangle.ecojustice.db.obligations.RestorationPath;
import cn.jiangle.ecojustice.db.officers.Officers;
import cn.jiangle.ecojustice.db.officers.Role;
import cn.jiangle.ecojustice.db.outbox.IdempotencyKey;
import cn.jiangle.ecojustice.db.outbox.OutboundMessage;
import cn.jiangle.ecojustice.db.outbox.Outbox;
import cn.jiangle.ecojustice.db.parties.IdCardNumber;
import cn.jiangle.ecojustice.db.parties.MobilePhone;
import cn.jiangle.ecojustice.db.parties.NewParty;
import cn.jiangle.ecojustice.db.parties.Parties;
import cn.jiangle.ecojustice.db.qa.Feedback.Rating;
import cn.jiangle.ecojustice.db.qa.QuestionLog;
import cn.jiangle.ecojustice.db.qa.QuestionLog.NewAnswer;
import cn.jiangle.ecojustice.db.qa.RecordedAnswer;
import cn.jiangle.ecojustice.db.registration.CaseRegistration;
import cn.jiangle.ecojustice.db.registration.CaseRegistrations;
import cn.jiangle.ecojustice.db.reminders.NewReminder;
import cn.jiangle.ecojustice.db.reminders.RecurringReminders;
import cn.jiangle.ecojustice.db.reminders.ReminderKind;
import cn.jiangle.ecojustice.db.reminders.Reminders;
import cn.jiangle.ecojustice.db.testing.DatabaseTest;
import cn.jiangle.ecojustice.db.testing.DatabaseTestConfiguration;
import cn.jiangle.ecojustice.db.testing.TestCryptoKeys;
import cn.jiangle.ecojustice.db.wecom.AibotReplies;
import cn.jiangle.ecojustice.db.wecom.InboundEvents;
import cn.jiangle.ecojustice.db.wecom.NewAibotReply;
import cn.jiangle.ecojustice.db.wecom.NewInboundEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.mybatis.spring.SqlSessionTemplate;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Every column of {@link SealedColumns#ALL}, written through the features' own APIs: stored only sealed and bound to
 * its row (a value copied elsewhere does not open), and re-encrypted as a whole after a key rotation.
 */
@SpringBootTest(classes = DatabaseTestConfiguration.class)
@DatabaseTest
@Import({ InboundEvents.class, QuestionLog.class, ConversationStates.class, AibotReplies.class })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SealedColumnsIntegrationTests {

	static final String ID_CARD = "35042819850312123X";

	static final String PHONE = "13812345678";

	static final String CODE = "7K3M9PQRXW2T";

	static final Instant NOW = Instant.parse("2026-11-20T08:00:00Z");

	@Autowired
	Officers officers;

	@Autowired
	Cases cases;

	@Autowired
	Parties parties;

	@Autowired
	ConversationStates states;

	@Autowired
	InboundEvents events;

	@Autowired
	Outbox outbox;

	@Autowired
	QuestionLog questions;

	@Autowired
	AibotReplies aibot;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Reminders reminders;

	@Autowired
	RecurringReminders recurring;

	@Autowired
	org.springframework.transaction.support.TransactionTemplate transactions;

	@Autowired
	SqlSessionTemplate sessions;

	@Autowired
	CaseRegistrations registrations;

	@Autowired
	LabourApplications labourApplications;

	@Autowired
	LabourPlans labourPlans;

	@Autowired
	CheckIns checkIns;

	long firstEvent;

	long secondEvent;

	List<Long> bodies;

	RecordedAnswer firstAnswer;

	RecordedAnswer secondAnswer;

	@BeforeAll
	void everySealedColumnHoldsAValue() {
		officers.register("judge_seal", "COURT", Role.CASE_OFFICER, "封法官", Actor.SYSTEM);
		Case opened = cases.open(new NewCase(CaseNumber.parse("（2026）闽0428刑初501号"), Charge.ILLEGAL_LOGGING, null,
				Stage.TRIAL, List.of("judge_seal")), Actor.SYSTEM);
		parties.add(opened.id(), new NewParty("封一", IdCardNumber.parse(ID_CARD), MobilePhone.parse(PHONE)),
				Actor.SYSTEM);
		states.begin("APP", "judge_seal", "新建案件", "partyPhone", "{\"idCard\":\"" + ID_CARD + "\"}", null, NOW);
		firstEvent = events.record(inbound("a", "我的身份证号是" + ID_CARD, "scene", CODE), NOW).orElseThrow();
		secondEvent = events.record(inbound("b", "电话" + PHONE, null, null), NOW).orElseThrow();
		bodies = outbox.enqueue(OutboundMessage.textToMember("judge_seal", "绑定码：" + CODE), IdempotencyKey.of("test", 1), NOW);
		bodies = new ArrayList<>(bodies);
		bodies.addAll(outbox.enqueue(OutboundMessage.textToMember("judge_seal", "另一条"), IdempotencyKey.of("test", 2), NOW));
		firstAnswer = questions.record(new NewAnswer("judge_seal", null, "身份证" + ID_CARD + "电话" + PHONE,
				List.of("将法〔2021〕17号 二、5"), "EXTRACTIVE", false, "您问的是" + PHONE, 12, "qa_task_1"), NOW);
		secondAnswer = questions.record(new NewAnswer("judge_seal", null, "另一个问题", List.of(), "EXTRACTIVE", true,
				"文件未涉及", 5, "qa_task_2"), NOW);
		questions.rate(firstAnswer.id(), Rating.DOWN, NOW.plusSeconds(600), NOW);
		questions.giveReason(firstAnswer.id(), "没有回答" + PHONE, NOW);
		questions.saveContext("judge_seal", "{\"lastQuestion\":\"" + ID_CARD + "\"}", NOW);
		transactions.executeWithoutResult(status -> {
			aibot.open(new NewAibotReply("0123456789abcdef0123456789abcdef", "aibot1", "group", "chat1", "judge_seal",
					null, true, "封法官 问：「身份证" + ID_CARD + "」"), firstEvent, NOW);
			aibot.answer(firstEvent, "您的电话" + PHONE, null, NOW);
		});
		java.time.Instant due = java.time.Instant.now().plus(java.time.Duration.ofDays(30));
		reminders.create(new NewReminder(ReminderKind.FREE_FORM, "forestry", "联系" + PHONE + "报送进展", due, null,
				null, null, List.of("judge_seal"), List.of()), Actor.officer("judge_seal"));
		transactions.executeWithoutResult(status -> recurring.create(ReminderKind.MEETING, "committee",
				"会议联系人电话" + PHONE, "QUARTERLY/1/10/09:30", due, Actor.officer("judge_seal")));
		labourWithACheckInAndAPendingPart();
	}

	/** 劳役代偿: a hardship reason, a recorded check-in (location and photo) and a location waiting for its photo. */
	private void labourWithACheckInAndAPendingPart() {
		officers.register("jinsen_seal", "RESTORATION_MANAGER", Role.MANAGER_STAFF, "金森封", Actor.SYSTEM);
		CaseNumber number = CaseNumber.parse("（2026）闽0428刑初502号");
		long partyId = registrations.register(new CaseRegistration(
				new NewCase(number, Charge.ILLEGAL_LOGGING, null, Stage.TRIAL, List.of("judge_seal")),
				List.of(new NewParty("封二", null, null)),
				List.of(new CaseRegistration.ObligationDraft(0,
						Map.of(ObligationKind.GREENING_DEPOSIT, new java.math.BigDecimal("600")),
						LegalBasis.of("判决书", number.toString()), RestorationPath.UNDECIDED))),
				Actor.SYSTEM).parties().get(0).id();
		long application = labourApplications.apply(partyId, "电话" + PHONE + "，家庭困难", Actor.SYSTEM).id();
		labourApplications.approve(application, Actor.SYSTEM);
		java.time.Instant now = java.time.Instant.now();
		java.time.LocalDate today = now.atZone(java.time.ZoneId.of("Asia/Shanghai")).toLocalDate();
		LabourPlan plan = labourPlans.set(new NewLabourPlan(partyId, "琵琶丘", 26.7283, 117.4712, 500, null,
				Valuation.dailyWage(new java.math.BigDecimal("60")), today, today.plusDays(3), null, null),
				Actor.officer("jinsen_seal"));
		labourPlans.confirm(plan.id(), Actor.SYSTEM);
		checkIns.location(partyId, 26.7285, 117.4713, now, Actor.SYSTEM);
		checkIns.photo(partyId, new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1, 2, 3 }, "image/jpeg", now,
				Actor.SYSTEM);
		checkIns.location(partyId, 26.7284, 117.4712, now.plus(java.time.Duration.ofDays(1)), Actor.SYSTEM);
	}

	@Test
	@Order(1)
	void everyColumnIsStoredSealedAndReadsBack() {
		for (SealedColumn column : SealedColumns.ALL) {
			List<String> raw = jdbc.queryForList("SELECT " + column.column() + " FROM " + column.table() + " WHERE "
					+ column.column() + " IS NOT NULL AND " + column.column() + " <> ''", String.class);
			assertThat(raw).as(column.toString()).isNotEmpty().allSatisfy(value -> assertThat(value).startsWith("a1:")
				.doesNotContain(ID_CARD).doesNotContain(PHONE).doesNotContain(CODE).doesNotContain("绑定码"));
		}
		assertThat(events.find(firstEvent).orElseThrow()).satisfies(event -> {
			assertThat(event.content()).isEqualTo("我的身份证号是" + ID_CARD);
			assertThat(event.eventKey()).isEqualTo("scene");
			assertThat(event.sceneParam()).isEqualTo(CODE);
		});
		assertThat(outbox.find(bodies.get(0)).orElseThrow().body()).isEqualTo("绑定码：" + CODE);
		assertThat(questions.find(firstAnswer.id()).orElseThrow()).satisfies(answer -> {
			assertThat(answer.question()).isEqualTo("身份证" + ID_CARD + "电话" + PHONE);
			assertThat(answer.reply()).isEqualTo("您问的是" + PHONE);
		});
		assertThat(questions.feedback(firstAnswer.id()).orElseThrow().reason()).isEqualTo("没有回答" + PHONE);
		assertThat(questions.context("judge_seal").orElseThrow().context()).contains(ID_CARD);
		assertThat(reminders.openFor("judge_seal", 10)).singleElement()
			.satisfies(reminder -> assertThat(reminder.subject()).isEqualTo("联系" + PHONE + "报送进展"));
	}

	@Test
	@Order(2)
	void valuesCopiedToAnotherRowDoNotOpen() {
		swap("wecom_inbound_event", "content", firstEvent, secondEvent);
		// inbound text that cannot be opened reads as empty, so one stale row cannot block the queue
		assertThat(events.find(secondEvent).orElseThrow().content()).isNull();
		assertThat(events.find(firstEvent).orElseThrow().content()).isNull();

		swap("outbox_message", "body", bodies.get(0), bodies.get(1));
		assertThat(outbox.find(bodies.get(1)).orElseThrow().body()).isNull();
		swap("outbox_message", "body", bodies.get(0), bodies.get(1));
		assertThat(outbox.find(bodies.get(1)).orElseThrow().body()).isEqualTo("另一条");

		swap("qa_answer", "question", firstAnswer.id(), secondAnswer.id());
		assertThatExceptionOfType(SealedValueUnreadable.class).isThrownBy(() -> questions.find(secondAnswer.id()));
		swap("qa_answer", "question", firstAnswer.id(), secondAnswer.id());
		assertThat(questions.find(secondAnswer.id()).orElseThrow().question()).isEqualTo("另一个问题");

		// a reply moved into the question column of its own row does not open either
		jdbc.update("UPDATE qa_answer SET question = reply WHERE id = ?", secondAnswer.id());
		assertThatExceptionOfType(SealedValueUnreadable.class).isThrownBy(() -> questions.find(secondAnswer.id()));
	}

	@Test
	@Order(3)
	void reencryptionMovesEveryColumnToTheNewKeyAndCountsWhatItCannotRead() {
		FieldCipher rotated = TestCryptoKeys.cipher(2, 1, 2);
		Reencryption reencryption = new Reencryption(sessions, rotated);
		List<String> progress = new ArrayList<>();

		Reencryption.Report report = reencryption.run(1, progress::add);

		// the values swapped above belong to no row: counted, left alone
		assertThat(report.unreadable()).isEqualTo(3);
		assertThat(report.complete()).isFalse();
		assertThat(report.reencrypted()).isGreaterThanOrEqualTo(SealedColumns.ALL.size());
		assertThat(progress).isNotEmpty().allSatisfy(line -> assertThat(line).doesNotContain(ID_CARD, PHONE, CODE));
		FieldCipher onlyTheNewKey = TestCryptoKeys.cipher(2, 2);
		for (SealedColumn column : SealedColumns.ALL) {
			for (Map<String, Object> row : jdbc.queryForList("SELECT " + column.rowKey() + " AS row_key, "
					+ column.column() + " AS sealed FROM " + column.table() + " WHERE " + column.column()
					+ " IS NOT NULL AND " + column.column() + " <> ''")) {
				String sealed = (String) row.get("sealed");
				SealedColumn.Cell cell = column.cell(String.valueOf(row.get("row_key")));
				if (sealed.startsWith("a2:")) {
					assertThat(onlyTheNewKey.open(sealed, cell)).as(column.toString()).isNotBlank();
				}
			}
		}
		assertThat(onlyTheNewKey.open(jdbc.queryForObject("SELECT body FROM outbox_message WHERE id = ?",
				String.class, bodies.get(0)), SealedColumns.OUTBOX_BODY.cell(bodies.get(0).toString())))
			.isEqualTo("绑定码：" + CODE);

		// resumable: a second run has nothing left it can read
		Reencryption.Report again = reencryption.run(500, line -> {
		});
		assertThat(again.reencrypted()).isZero();
		assertThat(again.unreadable()).isEqualTo(3);

		// once the unreadable rows are gone, every value is under key 2: key 1 may be removed
		jdbc.update("UPDATE wecom_inbound_event SET content = NULL WHERE id IN (?, ?)", firstEvent, secondEvent);
		jdbc.update("UPDATE qa_answer SET question = ? WHERE id = ?",
				rotated.seal("另一个问题", SealedColumns.QA_QUESTION.cell(Long.toString(secondAnswer.id()))),
				secondAnswer.id());
		assertThat(reencryption.run(500, line -> {
		}).complete()).isTrue();
	}

	private void swap(String table, String column, long first, long second) {
		jdbc.update("UPDATE " + table + " a JOIN " + table + " b ON a.id = ? AND b.id = ? SET a." + column + " = b."
				+ column + ", b." + column + " = a." + column, first, second);
	}

	private static NewInboundEvent inbound(String key, String content, String eventKey, String sceneParam) {
		return new NewInboundEvent(String.format("%064x", key.hashCode() & 0xffffffffL), "APP", "TEXT", "text",
				"judge_seal", null, content, eventKey, sceneParam, null, null, null, NOW);
	}

}
