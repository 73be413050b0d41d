package cn.jiangle.ecojustice.db.projects;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import cn.jiangle.ecojustice.db.Actor;
import cn.jiangle.ecojustice.db.FieldMissing;
import cn.jiangle.ecojustice.db.agencies.Agencies;
import cn.jiangle.ecojustice.db.audit.AuditEntry;
import cn.jiangle.ecojustice.db.audit.AuditLedger;
import cn.jiangle.ecojustice.db.obligations.Yuan;
import cn.jiangle.ecojustice.db.officers.Officers;
import cn.jiangle.ecojustice.db.testing.DatabaseTest;
import cn.jiangle.ecojustice.db.testing.DatabaseTestConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static cn.jiangle.ecojustice.db.projects.ProjectsTestConfiguration.BUREAU;
import static cn.jiangle.ecojustice.db.projects.ProjectsTestConfiguration.COURT_VIEWER;
import static cn.jiangle.ecojustice.db.projects.ProjectsTestConfiguration.FORESTRY;
import static cn.jiangle.ecojustice.db.projects.ProjectsTestConfiguration.JUDGE;
import static cn.jiangle.ecojustice.db.projects.ProjectsTestConfiguration.NOW;
import static cn.jiangle.ecojustice.db.projects.ProjectsTestConfiguration.OTHER_MANAGER;
import static cn.jiangle.ecojustice.db.projects.ProjectsTestConfiguration.TOWNSHIP;
import static cn.jiangle.ecojustice.db.projects.ProjectsTestConfiguration.VILLAGE;
import static cn.jiangle.ecojustice.db.projects.ProjectsTestConfiguration.VILLAGE_TWO;
import static cn.jiangle.ecojustice.db.projects.ProjectsTestConfiguration.VILLAGE_VIEWER;
import static cn.jiangle.ecojustice.db.projects.ProjectsTestConfiguration.basis;
import static cn.jiangle.ecojustice.db.projects.ProjectsTestConfiguration.invoice;
import static cn.jiangle.ecojustice.db.projects.ProjectsTestConfiguration.wanquan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * 支付申请 on the real database: the bureau's opinion, the court's decision, every refusal with nothing stored
 * half-way, sealed attachments checked against their hash, and concurrent requests that must not over-commit the fund.
 */
@SpringBootTest(classes = { DatabaseTestConfiguration.class, ProjectsTestConfiguration.class },
		properties = "ecojustice.projects.attachment-max-size=300KB")
@DatabaseTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DisbursementsIntegrationTests {

	@Autowired
	Projects projects;

	@Autowired
	Disbursements disbursements;

	@Autowired
	Agencies agencies;

	@Autowired
	Officers officers;

	@Autowired
	AuditLedger ledger;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ProjectsTestConfiguration.Recorder events;

	@BeforeAll
	void people() {
		ProjectsTestConfiguration.registerOfficers(officers);
	}

	@BeforeEach
	void clearEvents() {
		events.clear();
	}

	private Project aProject(String fund) {
		Project project = projects.designate(wanquan(agencies, fund), JUDGE);
		events.clear();
		return project;
	}

	@Test
	void requestOpinionApprovalWithTheRunningTotalAndTheLedger() throws Exception {
		Project project = aProject("100000");
		DisbursementRequest request = disbursements.request(project.id(), new BigDecimal("30000"), "第一期土方工程款",
				List.of(basis("合同"), invoice("A001")), VILLAGE);

		assertThat(request.status()).isEqualTo(DisbursementStatus.AWAITING_OPINION);
		assertThat(request.projectNumber()).isEqualTo(project.number());
		assertThat(request.amount()).isEqualByComparingTo("30000");
		assertThat(request.purpose()).isEqualTo("第一期土方工程款");
		assertThat(request.requestedBy()).isEqualTo("zhuzhou1");
		assertThat(request.requestedAt()).isEqualTo(NOW);
		assertThat(request.opinion()).isNull();
		assertThat(request.attachments()).extracting(StoredAttachment::kind)
			.containsExactly(AttachmentKind.PAYMENT_BASIS, AttachmentKind.INVOICE);
		StoredAttachment invoice = request.attachments().get(1);
		assertThat(invoice.fileName()).isEqualTo("发票-A001.pdf");
		assertThat(invoice.contentType()).isEqualTo("application/pdf");
		byte[] invoiceBytes = invoice("A001").bytes();
		assertThat(invoice.size()).isEqualTo(invoiceBytes.length);
		assertThat(invoice.sha256()).isEqualTo(sha256(invoiceBytes));
		assertThat(disbursements.attachment(invoice.id()).bytes()).isEqualTo(invoiceBytes);
		assertThat(events.of(DisbursementRequested.class)).containsExactly(new DisbursementRequested(request));

		FundStatement pending = disbursements.statement(project.id());
		assertThat(pending.approved()).isEqualByComparingTo("0");
		assertThat(pending.pending()).isEqualByComparingTo("30000");
		assertThat(pending.remaining()).isEqualByComparingTo("70000");
		assertThat(disbursements.pending()).extracting(DisbursementRequest::id).contains(request.id());

		DisbursementRequest reviewed = disbursements.opinion(request.id(), "费用合理，同意拨付", true, BUREAU);
		assertThat(reviewed.status()).isEqualTo(DisbursementStatus.AWAITING_DECISION);
		assertThat(reviewed.opinion()).isEqualTo(new Opinion("费用合理，同意拨付", true, "zrj1", NOW));
		assertThat(events.of(DisbursementReviewed.class)).containsExactly(new DisbursementReviewed(reviewed));

		DisbursementRequest approved = disbursements.approve(request.id(), JUDGE);
		assertThat(approved.status()).isEqualTo(DisbursementStatus.APPROVED);
		assertThat(approved.decidedBy()).isEqualTo("judge");
		assertThat(approved.decidedAt()).isEqualTo(NOW);
		DisbursementApproved event = events.of(DisbursementApproved.class).get(0);
		assertThat(event.request()).isEqualTo(approved);
		assertThat(event.approvedTotal()).isEqualByComparingTo("30000");
		assertThat(event.remaining()).isEqualByComparingTo("70000");
		assertThat(disbursements.get(request.id())).isEqualTo(approved);
		assertThat(disbursements.pending()).extracting(DisbursementRequest::id).doesNotContain(request.id());

		DisbursementRequest second = disbursements.request(project.id(), new BigDecimal("20000.50"), "苗木款",
				List.of(invoice("A002")), VILLAGE_TWO);
		FundStatement statement = disbursements.statement(project.id());
		assertThat(statement.fund()).isEqualByComparingTo("100000");
		assertThat(statement.approved()).isEqualByComparingTo("30000");
		assertThat(statement.pending()).isEqualByComparingTo("20000.50");
		assertThat(statement.remaining()).isEqualByComparingTo("49999.50");
		assertThat(statement.lines()).extracting((line) -> line.request().id())
			.containsExactly(request.id(), second.id());
		assertThat(statement.lines()).extracting(FundStatement.Line::approvedSoFar)
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal("30000"), new BigDecimal("30000"));
		assertThat(statement.requests()).extracting(DisbursementRequest::status)
			.containsExactly(DisbursementStatus.APPROVED, DisbursementStatus.AWAITING_OPINION);

		List<AuditEntry> history = ledger.history(Disbursements.AUDIT_TYPE, Long.toString(request.id()));
		assertThat(history).extracting(AuditEntry::action)
			.containsExactly("disbursement.requested", "disbursement.reviewed", "disbursement.approved");
		assertThat(history.get(0).changes()).contains(sha256(invoiceBytes), sha256(basis("合同").bytes()), "INVOICE",
				"第一期土方工程款", "\"amount\":{\"to\":\"30000.00\"}")
			.as("file names are sealed, not in the ledger")
			.doesNotContain("发票-A001.pdf");
		assertThat(history.get(1).actor()).isEqualTo("zrj1");
		assertThat(history.get(2).changes()).contains("\"approvedTotal\":{\"to\":\"30000.00\"}");
		assertThat(ledger.verify().intact()).isTrue();
	}

	@Test
	void theCourtRefusesWithAReasonAndTheAmountIsFreeAgain() {
		Project project = aProject("50000");
		DisbursementRequest request = disbursements.request(project.id(), new BigDecimal("50000"), "全部资金",
				List.of(invoice("B001")), VILLAGE);
		assertThatExceptionOfType(AmountAboveRemainingFund.class).as("the pending request counts")
			.isThrownBy(() -> disbursements.request(project.id(), new BigDecimal("0.01"), "再来一笔",
					List.of(invoice("B002")), VILLAGE))
			.satisfies((ex) -> assertThat(ex.remaining()).isEqualByComparingTo("0"));
		disbursements.opinion(request.id(), "支付依据不足", false, BUREAU);

		DisbursementRequest refused = disbursements.refuse(request.id(), "请补充施工合同", JUDGE);

		assertThat(refused.status()).isEqualTo(DisbursementStatus.REFUSED);
		assertThat(refused.refusalReason()).isEqualTo("请补充施工合同");
		assertThat(refused.opinion().agrees()).isFalse();
		assertThat(events.of(DisbursementRefused.class)).containsExactly(new DisbursementRefused(refused));
		assertThat(disbursements.statement(project.id()).remaining()).isEqualByComparingTo("50000");
		assertThat(disbursements.request(project.id(), new BigDecimal("50000"), "补充材料后重新申请",
				List.of(invoice("B003")), VILLAGE).status()).isEqualTo(DisbursementStatus.AWAITING_OPINION);
		assertThat(ledger.history(Disbursements.AUDIT_TYPE, Long.toString(request.id())))
			.extracting(AuditEntry::action).endsWith("disbursement.refused");
	}

	@Test
	void requestsAreRefusedAboveTheRemainingFundWithoutAttachmentsOrFromOutsideTheManagerAndNothingIsStored() {
		Project project = aProject("10000");
		DisbursementRequest first = disbursements.request(project.id(), new BigDecimal("6000"), "一期",
				List.of(invoice("C001")), VILLAGE);
		disbursements.opinion(first.id(), "同意", true, BUREAU);
		disbursements.approve(first.id(), JUDGE);
		events.clear();
		long requestsBefore = count("disbursement_request");
		long attachmentsBefore = count("disbursement_attachment");
		long chunksBefore = count("disbursement_attachment_chunk");
		long ledgerBefore = ledger.verify().entriesChecked();

		assertThatExceptionOfType(AmountAboveRemainingFund.class)
			.isThrownBy(() -> disbursements.request(project.id(), new BigDecimal("4000.01"), "二期",
					List.of(invoice("C002")), VILLAGE))
			.withMessage("申请金额超过修复资金余额（扣除已批准和待审批的申请后尚余4000.00元），请核对。")
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("amount"));
		assertThatExceptionOfType(AttachmentsMissing.class).isThrownBy(
				() -> disbursements.request(project.id(), new BigDecimal("100"), "二期", List.of(), VILLAGE));
		assertThatExceptionOfType(AttachmentsMissing.class).isThrownBy(
				() -> disbursements.request(project.id(), new BigDecimal("100"), "二期", null, VILLAGE));
		assertThatExceptionOfType(NotTheProjectManager.class)
			.isThrownBy(() -> disbursements.request(project.id(), new BigDecimal("100"), "二期",
					List.of(invoice("C003")), OTHER_MANAGER))
			.withMessage("只有本项目的生态修复管理人（将乐县万全乡竹舟村民委员会）的工作人员可以提交支付申请。");
		for (Actor outsider : List.of(TOWNSHIP, BUREAU, JUDGE, VILLAGE_VIEWER, Actor.officer("nobody"))) {
			assertThatExceptionOfType(NotTheProjectManager.class).as(outsider.id())
				.isThrownBy(() -> disbursements.request(project.id(), new BigDecimal("100"), "二期",
						List.of(invoice("C003")), outsider));
		}
		assertThatExceptionOfType(Yuan.AmountOutOfRange.class).isThrownBy(() -> disbursements.request(project.id(),
				BigDecimal.ZERO, "二期", List.of(invoice("C004")), VILLAGE));
		assertThatExceptionOfType(Yuan.AmountOutOfRange.class).isThrownBy(() -> disbursements.request(project.id(),
				new BigDecimal("-5"), "二期", List.of(invoice("C004")), VILLAGE));
		assertThatExceptionOfType(FieldMissing.class).isThrownBy(() -> disbursements.request(project.id(),
				new BigDecimal("100"), " ", List.of(invoice("C005")), VILLAGE));
		assertThatExceptionOfType(AttachmentTooLarge.class)
			.isThrownBy(() -> disbursements.request(project.id(), new BigDecimal("100"), "二期",
					List.of(invoice("C006"), new Attachment(AttachmentKind.INVOICE, "大发票.jpg", "image/jpeg",
							new byte[300 * 1024 + 1])), VILLAGE))
			.withMessage("附件“大发票.jpg”超过大小上限（0.3MB），请压缩或分开发送。");
		assertThatExceptionOfType(AttachmentEmpty.class).isThrownBy(() -> disbursements.request(project.id(),
				new BigDecimal("100"), "二期",
				List.of(new Attachment(AttachmentKind.INVOICE, "空.pdf", "application/pdf", new byte[0])), VILLAGE));
		assertThatExceptionOfType(ProjectNotFound.class).isThrownBy(() -> disbursements.request(99_999,
				new BigDecimal("100"), "二期", List.of(invoice("C007")), VILLAGE));

		assertThat(count("disbursement_request")).isEqualTo(requestsBefore);
		assertThat(count("disbursement_attachment")).isEqualTo(attachmentsBefore);
		assertThat(count("disbursement_attachment_chunk")).isEqualTo(chunksBefore);
		assertThat(ledger.verify().entriesChecked()).isEqualTo(ledgerBefore);
		assertThat(events.all()).isEmpty();
		assertThat(disbursements.request(project.id(), new BigDecimal("4000"), "二期（余额全部）",
				List.of(invoice("C008")), VILLAGE).amount()).as("exactly the remaining fund").isEqualByComparingTo("4000");
	}

	@Test
	void theOpinionComesFromTheBureauAndTheDecisionFromTheCourtOnlyOnceAndOnlyAfterTheOpinion() {
		Project project = aProject("10000");
		DisbursementRequest request = disbursements.request(project.id(), new BigDecimal("1000"), "一期",
				List.of(invoice("D001")), VILLAGE);

		for (Actor wrong : List.of(JUDGE, VILLAGE, TOWNSHIP, FORESTRY)) {
			assertThatExceptionOfType(NotTheNaturalResourcesBureau.class).as(wrong.id())
				.isThrownBy(() -> disbursements.opinion(request.id(), "同意", true, wrong));
		}
		assertThatExceptionOfType(OpinionMissing.class).isThrownBy(() -> disbursements.approve(request.id(), JUDGE))
			.withMessage("自然资源局尚未出具审核意见，暂不能审批该支付申请。");
		assertThatExceptionOfType(OpinionMissing.class)
			.isThrownBy(() -> disbursements.refuse(request.id(), "不合理", JUDGE));

		disbursements.opinion(request.id(), "同意", true, BUREAU);
		assertThatExceptionOfType(OpinionAlreadyGiven.class)
			.isThrownBy(() -> disbursements.opinion(request.id(), "改为不同意", false, BUREAU));
		for (Actor wrong : List.of(BUREAU, VILLAGE, TOWNSHIP, FORESTRY, COURT_VIEWER, Actor.officer("nobody"))) {
			assertThatExceptionOfType(NotTheCourt.class).as(wrong.id())
				.isThrownBy(() -> disbursements.approve(request.id(), wrong))
				.withMessage("只有法院工作人员可以审批支付申请。");
			assertThatExceptionOfType(NotTheCourt.class).as(wrong.id())
				.isThrownBy(() -> disbursements.refuse(request.id(), "不合理", wrong));
		}
		assertThat(disbursements.get(request.id()).status()).isEqualTo(DisbursementStatus.AWAITING_DECISION);

		disbursements.approve(request.id(), JUDGE);
		assertThatExceptionOfType(DisbursementAlreadyDecided.class)
			.isThrownBy(() -> disbursements.approve(request.id(), JUDGE))
			.withMessage("该支付申请已由judge处理（已批准）。");
		assertThatExceptionOfType(DisbursementAlreadyDecided.class)
			.isThrownBy(() -> disbursements.refuse(request.id(), "撤回", JUDGE));
		assertThatExceptionOfType(DisbursementAlreadyDecided.class)
			.isThrownBy(() -> disbursements.opinion(request.id(), "迟到的意见", true, BUREAU));
		assertThatExceptionOfType(DisbursementRequestNotFound.class)
			.isThrownBy(() -> disbursements.approve(99_999, JUDGE));
		assertThat(events.of(DisbursementApproved.class)).hasSize(1);
		assertThat(ledger.history(Disbursements.AUDIT_TYPE, Long.toString(request.id()))).hasSize(3);
	}

	@Test
	void attachmentsAreSealedInChunksAndAlteredContentIsNeverServed() {
		Project project = aProject("10000");
		byte[] large = new byte[200 * 1024];
		new java.util.Random(7).nextBytes(large);
		byte[] marker = "收款人电话13812345678".getBytes(StandardCharsets.UTF_8);
		System.arraycopy(marker, 0, large, 0, marker.length);
		DisbursementRequest request = disbursements.request(project.id(), new BigDecimal("100"), "材料",
				List.of(new Attachment(AttachmentKind.PAYMENT_BASIS, "C:\\扫描\\工资表.pdf", "Application/PDF; q=1",
						large), new Attachment(null, null, "not a type", marker)), VILLAGE);
		StoredAttachment big = request.attachments().get(0);
		StoredAttachment small = request.attachments().get(1);
		assertThat(big.fileName()).as("path parts dropped").isEqualTo("工资表.pdf");
		assertThat(big.contentType()).isEqualTo("application/pdf");
		assertThat(small.kind()).isEqualTo(AttachmentKind.OTHER);
		assertThat(small.fileName()).as("a picture sent in chat has no name").isEqualTo("其他-2");
		assertThat(small.contentType()).isEqualTo("application/octet-stream");
		assertThat(disbursements.attachment(big.id()).bytes()).isEqualTo(large);

		List<String> raw = jdbc.queryForList(
				"SELECT content FROM disbursement_attachment_chunk WHERE attachment_id = ? ORDER BY seq", String.class,
				big.id());
		assertThat(raw).hasSize(4).allSatisfy((chunk) -> assertThat(chunk).startsWith("a1:"));
		assertThat(jdbc.queryForObject("SELECT file_name FROM disbursement_attachment WHERE id = ?", String.class,
				big.id())).startsWith("a1:").doesNotContain("工资表");

		// chunks swapped within the attachment: bound to their place, they no longer open
		jdbc.update("UPDATE disbursement_attachment_chunk SET seq = 99 WHERE attachment_id = ? AND seq = 0", big.id());
		jdbc.update("UPDATE disbursement_attachment_chunk SET seq = 0 WHERE attachment_id = ? AND seq = 1", big.id());
		jdbc.update("UPDATE disbursement_attachment_chunk SET seq = 1 WHERE attachment_id = ? AND seq = 99", big.id());
		assertThatExceptionOfType(AttachmentCorrupted.class).isThrownBy(() -> disbursements.attachment(big.id()));
		jdbc.update("UPDATE disbursement_attachment_chunk SET seq = 99 WHERE attachment_id = ? AND seq = 0", big.id());
		jdbc.update("UPDATE disbursement_attachment_chunk SET seq = 0 WHERE attachment_id = ? AND seq = 1", big.id());
		jdbc.update("UPDATE disbursement_attachment_chunk SET seq = 1 WHERE attachment_id = ? AND seq = 99", big.id());
		assertThat(disbursements.attachment(big.id()).bytes()).isEqualTo(large);

		// the last chunk deleted, or the recorded hash no longer matching: refused as well
		String last = raw.get(3);
		jdbc.update("DELETE FROM disbursement_attachment_chunk WHERE attachment_id = ? AND seq = 3", big.id());
		assertThatExceptionOfType(AttachmentCorrupted.class).isThrownBy(() -> disbursements.attachment(big.id()));
		jdbc.update("INSERT INTO disbursement_attachment_chunk (attachment_id, seq, content) VALUES (?, 3, ?)",
				big.id(), last);
		assertThat(disbursements.attachment(big.id()).bytes()).isEqualTo(large);
		jdbc.update("UPDATE disbursement_attachment SET sha256 = ? WHERE id = ?", "0".repeat(64), small.id());
		assertThatExceptionOfType(AttachmentCorrupted.class).isThrownBy(() -> disbursements.attachment(small.id()));
		assertThatExceptionOfType(AttachmentNotFound.class).isThrownBy(() -> disbursements.attachment(99_999));
	}

	@Test
	void twoConcurrentRequestsThatTogetherExceedTheFundOneIsRefused() throws Exception {
		for (int round = 0; round < 5; round++) {
			Project project = aProject("100000");
			List<Object> outcomes = race(2, (i) -> disbursements.request(project.id(), new BigDecimal("60000"),
					"并发申请" + i, List.of(invoice("E" + i)), (i == 0) ? VILLAGE : VILLAGE_TWO));
			assertThat(outcomes).filteredOn(DisbursementRequest.class::isInstance).hasSize(1);
			assertThat(outcomes).filteredOn(AmountAboveRemainingFund.class::isInstance).hasSize(1);
			FundStatement statement = disbursements.statement(project.id());
			assertThat(statement.pending()).isEqualByComparingTo("60000");
			assertThat(statement.remaining()).isEqualByComparingTo("40000");
		}
		Project project = aProject("100000");
		List<Object> outcomes = race(8, (i) -> disbursements.request(project.id(), new BigDecimal("20000"),
				"并发申请" + i, List.of(invoice("F" + i)), (i % 2 == 0) ? VILLAGE : VILLAGE_TWO));
		assertThat(outcomes).filteredOn(DisbursementRequest.class::isInstance).hasSize(5);
		assertThat(outcomes).filteredOn(AmountAboveRemainingFund.class::isInstance).hasSize(3);
		assertThat(disbursements.statement(project.id()).remaining()).isEqualByComparingTo("0");
		assertThat(ledger.verify().intact()).isTrue();
	}

	@Test
	void concurrentApprovalsOfOneRequestDecideItOnce() throws Exception {
		Project project = aProject("10000");
		DisbursementRequest request = disbursements.request(project.id(), new BigDecimal("1000"), "一期",
				List.of(invoice("G001")), VILLAGE);
		disbursements.opinion(request.id(), "同意", true, BUREAU);
		officers.register("judge2", "COURT", cn.jiangle.ecojustice.db.officers.Role.CASE_OFFICER, "李法官",
				Actor.SYSTEM);
		events.clear();
		List<Object> outcomes = race(2, (i) -> (i == 0) ? disbursements.approve(request.id(), JUDGE)
				: disbursements.refuse(request.id(), "不同意", Actor.officer("judge2")));
		assertThat(outcomes).filteredOn(DisbursementRequest.class::isInstance).hasSize(1);
		assertThat(outcomes).filteredOn(DisbursementAlreadyDecided.class::isInstance).hasSize(1);
		assertThat(events.of(DisbursementApproved.class).size() + events.of(DisbursementRefused.class).size())
			.isEqualTo(1);
		assertThat(ledger.history(Disbursements.AUDIT_TYPE, Long.toString(request.id()))).hasSize(3);
	}

	private interface Attempt {

		Object run(int index) throws Exception;

	}

	/** Runs the attempts together on separate connections; each outcome is the result or the exception thrown. */
	private static List<Object> race(int attempts, Attempt attempt) throws InterruptedException {
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(attempts);
		try {
			List<Future<Object>> futures = new ArrayList<>();
			for (int i = 0; i < attempts; i++) {
				int index = i;
				Callable<Object> task = () -> {
					start.await();
					return attempt.run(index);
				};
				futures.add(pool.submit(task));
			}
			start.countDown();
			List<Object> outcomes = new ArrayList<>();
			for (Future<Object> future : futures) {
				try {
					outcomes.add(future.get());
				}
				catch (ExecutionException ex) {
					outcomes.add(ex.getCause());
				}
			}
			return outcomes;
		}
		finally {
			pool.shutdownNow();
		}
	}

	private long count(String table) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
	}

	private static String sha256(byte[] bytes) throws java.security.NoSuchAlgorithmException {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
	}

}
