package cn.jiangle.ecojustice.bot.disclosure;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Period;
import java.util.HexFormat;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import cn.jiangle.ecojustice.bot.chat.ChatIntegrationTest;
import cn.jiangle.ecojustice.bot.messages.Reply;
import cn.jiangle.ecojustice.db.Actor;
import cn.jiangle.ecojustice.db.audit.AuditLedger;
import cn.jiangle.ecojustice.db.cases.CaseNumber;
import cn.jiangle.ecojustice.db.cases.Cases;
import cn.jiangle.ecojustice.db.cases.Charge;
import cn.jiangle.ecojustice.db.cases.NewCase;
import cn.jiangle.ecojustice.db.cases.Stage;
import cn.jiangle.ecojustice.db.obligations.LegalBasis;
import cn.jiangle.ecojustice.db.obligations.LegalBasisType;
import cn.jiangle.ecojustice.db.obligations.ObligationKind;
import cn.jiangle.ecojustice.db.obligations.RestorationPath;
import cn.jiangle.ecojustice.db.officers.Role;
import cn.jiangle.ecojustice.db.outbox.OutboundMessage.Destination;
import cn.jiangle.ecojustice.db.outbox.OutboundMessage.Format;
import cn.jiangle.ecojustice.db.outbox.Outbox;
import cn.jiangle.ecojustice.db.outbox.OutboxEntry;
import cn.jiangle.ecojustice.db.parties.NewParty;
import cn.jiangle.ecojustice.db.parties.Parties;
import cn.jiangle.ecojustice.db.registration.CaseRegistration;
import cn.jiangle.ecojustice.db.registration.CaseRegistration.ObligationDraft;
import cn.jiangle.ecojustice.db.registration.CaseRegistrations;
import cn.jiangle.ecojustice.db.reminders.NewReminder;
import cn.jiangle.ecojustice.db.reminders.Phase;
import cn.jiangle.ecojustice.db.reminders.PlannedPush;
import cn.jiangle.ecojustice.db.reminders.Reminder;
import cn.jiangle.ecojustice.db.reminders.ReminderFired;
import cn.jiangle.ecojustice.db.reminders.ReminderKind;
import cn.jiangle.ecojustice.db.reminders.Reminders;
import cn.jiangle.ecojustice.db.agencies.Agencies;
import cn.jiangle.ecojustice.db.labour.CheckIn;
import cn.jiangle.ecojustice.db.labour.CheckIns;
import cn.jiangle.ecojustice.db.labour.LabourAcceptances;
import cn.jiangle.ecojustice.db.labour.LabourApplications;
import cn.jiangle.ecojustice.db.labour.LabourPlan;
import cn.jiangle.ecojustice.db.labour.LabourPlans;
import cn.jiangle.ecojustice.db.labour.NewLabourPlan;
import cn.jiangle.ecojustice.db.labour.Valuation;
import cn.jiangle.ecojustice.db.labour.WorkQuantities;
import cn.jiangle.ecojustice.db.projects.Attachment;
import cn.jiangle.ecojustice.db.projects.AttachmentKind;
import cn.jiangle.ecojustice.db.projects.DisbursementRequest;
import cn.jiangle.ecojustice.db.projects.Disbursements;
import cn.jiangle.ecojustice.db.projects.Milestones;
import cn.jiangle.ecojustice.db.projects.NewMilestone;
import cn.jiangle.ecojustice.db.projects.NewProject;
import cn.jiangle.ecojustice.db.projects.Project;
import cn.jiangle.ecojustice.db.projects.Projects;
import cn.jiangle.ecojustice.db.restoration.CarbonPricing;
import cn.jiangle.ecojustice.db.restoration.Certificates;
import cn.jiangle.ecojustice.db.restoration.PaymentRequest;
import cn.jiangle.ecojustice.db.restoration.Payments;
import cn.jiangle.ecojustice.jobs.reminders.ReminderDispatcher;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static cn.jiangle.ecojustice.bot.chat.ChatFixture.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * 进展报告 / 成果报告 through the dispatched chat on the real database, for the carbon path: who gets a report and who
 * is told the case does not exist, the PDF's content read back, a result report only once something is finished, a
 * tampered ledger shown as broken where it breaks, and the progress report going out with a 进展报告 reminder's push.
 */
class DisclosureIntegrationTests extends ChatIntegrationTest {

	static final CarbonPricing PRICING = new CarbonPricing(new BigDecimal("86.02"), "将乐县碳汇交易指导价格（测试）",
			LocalDate.of(2026, 1, 1), new BigDecimal("10"));

	@Autowired
	CaseRegistrations registrations;

	@Autowired
	Cases cases;

	@Autowired
	Parties parties;

	@Autowired
	Payments payments;

	@Autowired
	Reminders reminders;

	@Autowired
	ReminderDispatcher dispatcher;

	@Autowired
	Outbox outbox;

	@Autowired
	AuditLedger ledger;

	@Autowired
	Certificates certificates;

	@Autowired
	Agencies agencies;

	@Autowired
	Projects projects;

	@Autowired
	Disbursements disbursements;

	@Autowired
	Milestones milestones;

	@Autowired
	LabourApplications labourApplications;

	@Autowired
	LabourPlans labourPlans;

	@Autowired
	CheckIns checkIns;

	@Autowired
	WorkQuantities workQuantities;

	@Autowired
	LabourAcceptances labourAcceptances;

	@BeforeAll
	void officersOfEveryAgency() {
		officers.register("d.judge", "COURT", Role.CASE_OFFICER, "王法官", Actor.SYSTEM);
		officers.register("d.prosecutor", "PROCURATORATE", Role.CASE_OFFICER, "林检察官", Actor.SYSTEM);
		officers.register("d.otherJudge", "COURT", Role.CASE_OFFICER, "陈法官", Actor.SYSTEM);
		officers.register("d.forestLiaison", "FORESTRY", Role.LIAISON, "刘联络员", Actor.SYSTEM);
		officers.register("d.manager", "RESTORATION_MANAGER", Role.MANAGER_STAFF, "冯专员", Actor.SYSTEM);
		officers.register("d.village", "VILLAGE", Role.VIEWER, "吴主任", Actor.SYSTEM);
		officers.register("p.villageLiaison", "VILLAGE", Role.LIAISON, "吴联络员", Actor.SYSTEM);
		officers.register("p.natres", "NATURAL_RESOURCES", Role.CASE_OFFICER, "郑科长", Actor.SYSTEM);
	}

	/** A case with one defendant owing {@code yuan} by 认购碳汇, handled by the judge and the prosecutor. */
	long partyOwing(String number, String yuan) {
		registrations.register(new CaseRegistration(
				new NewCase(CaseNumber.parse(number), Charge.ILLEGAL_LOGGING, null, Stage.TRIAL,
						List.of("d.judge", "d.prosecutor")),
				List.of(new NewParty("张三", null, null)),
				List.of(new ObligationDraft(0, Map.of(ObligationKind.RESTORATION_COMPENSATION, new BigDecimal(yuan)),
						new LegalBasis(LegalBasisType.JUDGMENT, number), RestorationPath.CARBON_SUBSCRIPTION))),
				Actor.SYSTEM);
		return parties.ofCase(cases.get(CaseNumber.parse(number)).id()).get(0).id();
	}

	void pay(long party, String receipt, String yuan) {
		PaymentRequest request = payments.pending()
			.stream()
			.filter(r -> r.partyId() == party)
			.findFirst()
			.orElseGet(() -> payments.expectPayment(party, PRICING, Actor.officer("d.judge")));
		payments.confirm(request.id(), receipt, new BigDecimal(yuan), Actor.officer("d.manager"));
	}

	static byte[] pdf(List<Reply> replies) {
		return replies.stream()
			.filter(Reply.File.class::isInstance)
			.map(r -> ((Reply.File) r).bytes())
			.findFirst()
			.orElseThrow(() -> new AssertionError("no file in " + replies));
	}

	@Test
	void theHandlingOfficersAndTheCaseAgenciesLiaisonsGetTheProgressReportOthersAreToldItDoesNotExist()
			throws IOException {
		String number = "（2026）闽0428刑初501号";
		long party = partyOwing(number, "12000");
		pay(party, "SJ-501-1", "2000");

		for (String reader : List.of("d.judge", "d.prosecutor", "d.forestLiaison")) {
			List<Reply> replies = say(reader, "进展报告 " + number);
			assertThat(replies).as(reader).hasSize(2);
			String summary = text(replies);
			assertThat(summary).as(reader).startsWith("【生态修复进展报告】" + number)
				.contains("张*：认购碳汇，应缴 12,000.00 元：已缴 2,000.00 元，尚欠 10,000.00 元")
				.contains("留痕账本：✅ 完整")
				.doesNotContain("张三");
			Reply.File file = (Reply.File) replies.get(1);
			assertThat(file.fileName()).startsWith("生态修复进展报告-（2026）闽0428刑初501号-").endsWith(".pdf");
			String pdf = PdfPages.text(file.bytes());
			assertThat(pdf).contains("生态修复进展报告", number, "盗伐林木罪", "被告人 张*", "认购碳汇", "12,000.00 元",
					"2,000.00 元", "10,000.00 元", "已部分缴款", "认购缴款记录", "已收款", "待确认", "全程留痕记录", "立案登记",
					"登记被告人", "登记修复义务", "发起认购缴款", "修复管理人确认收款", "缴款入账", "冯专员（福建金森碳汇科技有限公司）",
					"完整（已逐条校验全部").doesNotContain("张三");
		}
		// another judge of the same court, the manager's staff and a village viewer: no such case, or no such command
		assertThat(text(say("d.otherJudge", "进展报告 " + number)))
			.isEqualTo("未找到案号为" + number + "的案件，请核对后重新输入。\n");
		assertThat(text(say("d.manager", "进展报告 " + number)))
			.isEqualTo("未找到案号为" + number + "的案件，请核对后重新输入。\n");
		assertThat(text(say("d.village", "进展报告 " + number))).startsWith("「进展报告」仅限");
		// bad input
		assertThat(text(say("d.judge", "进展报告"))).startsWith("请发送「进展报告 案号」");
		assertThat(text(say("d.judge", "进展报告 12345"))).startsWith("案号格式不正确");
	}

	@Test
	void aResultReportNeedsAFinishedRestorationAndThenCarriesTheCertificate() throws IOException {
		String number = "（2026）闽0428刑初502号";
		long party = partyOwing(number, "3000");
		pay(party, "SJ-502-1", "1000");

		assertThat(text(say("d.judge", "成果报告 " + number))).startsWith(number + "尚无已完成的修复")
			.contains("「进展报告 " + number + "」");

		pay(party, "SJ-502-2", "2000");
		List<Reply> replies = say("d.judge", "成果报告 " + number);
		assertThat(text(replies)).startsWith("【生态修复成果报告】" + number).contains("修复成果：已完成 1 人，共 1 人");
		String certificate = certificates.ofParty(party).orElseThrow().number();
		String pdf = PdfPages.text(pdf(replies));
		assertThat(pdf).contains("生态修复成果报告", number, "3,000.00 元", "已足额认购碳汇，待林业局核销", certificate,
				"待核销", "出具认购碳汇证明书", "完整（已逐条校验全部");
		assertThat(PdfPages.render(pdf(replies), 50)).allSatisfy(page -> assertThat(PdfPages.inked(page)).isPositive());
	}

	@Test
	void aTamperedLedgerEntryShowsTheLedgerBrokenThere() throws IOException {
		String number = "（2026）闽0428刑初503号";
		partyOwing(number, "500");
		long seq = jdbc.queryForObject(
				"SELECT MAX(seq) FROM audit_entry WHERE entity_type = 'CASE' AND action = 'case.opened'", Long.class);
		String original = jdbc.queryForObject("SELECT changes FROM audit_entry WHERE seq = ?", String.class, seq);
		jdbc.update("UPDATE audit_entry SET changes = ? WHERE seq = ?", original.replace("ILLEGAL_LOGGING", "OTHER"),
				seq);
		try {
			assertThat(ledger.verify().intact()).isFalse();
			List<Reply> replies = say("d.judge", "进展报告 " + number);
			assertThat(text(replies)).contains("留痕账本：❌ 在第" + seq + "条断开");
			assertThat(PdfPages.text(pdf(replies))).contains("【校验未通过】留痕账本在第" + seq + "条断开",
					"第" + seq + "条留痕记录的内容与其哈希不符（可能被篡改）。").doesNotContain("完整（已逐条校验");
		}
		finally {
			jdbc.update("UPDATE audit_entry SET changes = ? WHERE seq = ?", original, seq);
		}
		assertThat(ledger.verify().intact()).isTrue();
	}

	@Test
	void aProgressReportReminderPushSendsTheReportToWhoMayReadItOncePerPush() {
		String number = "（2026）闽0428刑初504号";
		long party = partyOwing(number, "8000");
		pay(party, "SJ-504-1", "800");
		long caseId = cases.get(CaseNumber.parse(number)).id();
		Instant due = clock.instant().plus(Duration.ofMinutes(10));
		// the manager's staff is among the reminder's officers but may not read the case
		Reminder reminder = reminders.create(new NewReminder(ReminderKind.PROGRESS_REPORT, "manager", "报送生态修复进展和成效报告",
				due, caseId, null, null, List.of("d.forestLiaison", "d.manager"),
				List.of(new PlannedPush(due, Phase.ADVANCE, "到期", "manager", 0))), Actor.SYSTEM);
		clock.advance(Duration.ofMinutes(11));

		dispatcher.dispatchDue();

		for (String reader : List.of("d.judge", "d.prosecutor", "d.forestLiaison")) {
			await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(reportRows(reader, number))
				.as(reader).extracting(OutboxEntry::format).containsExactlyInAnyOrder(Format.TEXT, Format.FILE));
		}
		assertThat(reportRows("d.manager", number)).isEmpty();
		assertThat(reportRows("d.otherJudge", number)).isEmpty();

		// the same push announced again (a second node, a retried listener): nothing new
		long occurrence = reminders.occurrences(reminder.id()).get(0).id();
		List<String> again = context.getBean(ScheduledReports.class)
			.send(new ReminderFired(reminder.id(), occurrence, ReminderKind.PROGRESS_REPORT, caseId, null, "manager",
					"到期", false));
		assertThat(again).containsExactlyInAnyOrder("d.judge", "d.prosecutor", "d.forestLiaison");
		for (String reader : again) {
			assertThat(reportRows(reader, number)).as(reader).hasSize(2);
		}
	}

	Project project(String name) {
		Instant now = clock.instant();
		return projects.designate(new NewProject(name, null, agencies.get("VILLAGE").id(),
				List.of(agencies.get("NATURAL_RESOURCES").id()), new BigDecimal("500000"),
				List.of(new NewMilestone("完成场地平整", LocalDate.of(2027, 3, 1)),
						new NewMilestone("完成补植复绿", LocalDate.of(2027, 6, 1))),
				Period.ofMonths(3), LocalDate.of(2027, 9, 1)), Actor.officer("d.judge"));
	}

	static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
	}

	@Test
	void aProjectReportHasTheFundStatementEachDisbursementItsAttachmentsByHashAndTheAcceptance() throws Exception {
		Project project = project("万全矿山吴地生态修复");
		byte[] basis = "%PDF-1.4 支付依据：场地平整工程量确认单".getBytes(java.nio.charset.StandardCharsets.UTF_8);
		byte[] invoice = new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1, 2, 3, 4, 5 };
		DisbursementRequest first = disbursements.request(project.id(), new BigDecimal("120000"), "场地平整工程款",
				List.of(new Attachment(AttachmentKind.PAYMENT_BASIS, "工程量确认单.pdf", "application/pdf", basis),
						new Attachment(AttachmentKind.INVOICE, "平整工程发票.jpg", "image/jpeg", invoice)),
				Actor.officer("p.villageLiaison"));
		disbursements.opinion(first.id(), "工程量属实，金额合理", true, Actor.officer("p.natres"));
		disbursements.approve(first.id(), Actor.officer("d.judge"));
		DisbursementRequest second = disbursements.request(project.id(), new BigDecimal("30000"), "苗木采购",
				List.of(new Attachment(AttachmentKind.INVOICE, "苗木发票.jpg", "image/jpeg", invoice)),
				Actor.officer("p.villageLiaison"));
		disbursements.opinion(second.id(), "单价偏高", false, Actor.officer("p.natres"));
		disbursements.refuse(second.id(), "请按指导价重新报价", Actor.officer("d.judge"));
		milestones.recordMilestone(project.id(), project.milestones().get(0).id(), "场地已平整",
				Actor.officer("p.villageLiaison"));

		for (String reader : List.of("p.villageLiaison", "p.natres", "d.judge", "d.forestLiaison")) {
			List<Reply> replies = say(reader, "进展报告 " + project.number().toLowerCase(java.util.Locale.ROOT));
			assertThat(text(replies)).as(reader).startsWith("【生态修复进展报告】" + project.number())
				.contains("项目名称：万全矿山吴地生态修复", "修复资金 500,000.00 元：已批准 120,000.00 元，审批中 0.00 元，尚可申请 380,000.00 元",
						"实施节点：已完成 1 个，共 2 个", "留痕账本：✅ 完整");
			String pdf = PdfPages.text(pdf(replies));
			String hash = sha256(basis);
			assertThat(pdf).as(reader).contains("生态修复进展报告", project.number(), "万全矿山吴地生态修复", "将乐县万全乡竹舟村民委员会",
					"将乐县自然资源局", "500,000.00 元", "120,000.00 元", "380,000.00 元", "场地平整工程款", "同意：工程量属实，金额合理",
					"已批准", "不同意：单价偏高", "不予批准（请按指导价重新报价）", "工程量确认单.pdf", "平整工程发票.jpg", "苗木发票.jpg",
					"支付依据", "发票", hash.substring(0, 32), hash.substring(32), sha256(invoice).substring(0, 32),
					"完成场地平整", "场地已平整", "未完成", "提交支付申请", "自然资源局出具意见", "法院批准支付", "法院不批准支付",
					"完成实施节点", "指定修复项目管理人", "完整（已逐条校验全部");
		}
		// not its manager or supervisor, nor a case agency: the project does not exist for them
		assertThat(text(say("d.manager", "进展报告 " + project.number())))
			.isEqualTo("未找到编号为" + project.number() + "的修复项目，请核对后重新输入。\n");
		assertThat(text(say("d.judge", "进展报告 XM-2026-999"))).isEqualTo("未找到编号为XM-2026-999的修复项目，请核对后重新输入。\n");

		assertThat(text(say("p.villageLiaison", "成果报告 " + project.number())))
			.startsWith("项目" + project.number() + "尚未验收，暂不能出具成果报告");
		milestones.accept(project.id(), "协作小组验收意见：复绿面积达标，成活率92%，同意验收", Actor.officer("d.judge"));
		List<Reply> result = say("p.villageLiaison", "成果报告 " + project.number());
		assertThat(text(result)).startsWith("【生态修复成果报告】" + project.number()).contains("项目状态：已验收");
		assertThat(PdfPages.text(pdf(result))).contains("生态修复成果报告", "成果验收", "验收结论",
				"协作小组验收意见：复绿面积达标，成活率92%，同意验收", "王法官（将乐县人民法院）", "项目验收");
		List<BufferedImage> pages = PdfPages.render(pdf(result), 100);
		assertThat(pages).allSatisfy(page -> assertThat(PdfPages.inked(page)).isGreaterThan(0.005));
		// a look: the fund statement and the attachments' hashes
		ImageIO.write(pages.get(0), "png", new java.io.File("/tmp/disclosure-project-p1.png"));
	}

	@Test
	void aProjectsProgressReportReminderSendsItsReportToTheReminderOfficersWhoMayReadIt() {
		Project project = project("竹舟村废弃矿山复绿");
		Instant due = clock.instant().plus(Duration.ofMinutes(10));
		reminders.create(new NewReminder(ReminderKind.PROGRESS_REPORT, "manager", "报送修复项目进展报告", due, null, null,
				project.number(), List.of("p.villageLiaison", "d.manager"),
				List.of(new PlannedPush(due, Phase.ADVANCE, "到期", "manager", 0))), Actor.SYSTEM);
		clock.advance(Duration.ofMinutes(11));

		dispatcher.dispatchDue();

		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(reportRows("p.villageLiaison",
				project.number())).extracting(OutboxEntry::format).containsExactlyInAnyOrder(Format.TEXT, Format.FILE));
		assertThat(reportRows("d.manager", project.number())).isEmpty();
	}

	static byte[] jpeg(Color sky) throws IOException {
		BufferedImage image = new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(sky);
		g.fillRect(0, 0, 800, 300);
		g.setColor(new Color(0x8B, 0x5A, 0x2B));
		g.fillRect(0, 300, 800, 300);
		g.setColor(new Color(0x2E, 0x6B, 0x2E));
		g.fillRect(360, 180, 80, 260);
		g.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "jpg", out);
		return out.toByteArray();
	}

	static boolean hasColour(BufferedImage page, Color colour) {
		for (int y = 0; y < page.getHeight(); y++) {
			for (int x = 0; x < page.getWidth(); x++) {
				int rgb = page.getRGB(x, y);
				if (Math.abs(((rgb >> 16) & 0xFF) - colour.getRed()) < 16
						&& Math.abs(((rgb >> 8) & 0xFF) - colour.getGreen()) < 16
						&& Math.abs((rgb & 0xFF) - colour.getBlue()) < 16) {
					return true;
				}
			}
		}
		return false;
	}

	@Test
	void aLabourReportShowsEachCheckInWithItsPhotoDateAndPlaceTheWorkAndTheAcceptance() throws IOException {
		String number = "（2026）闽0428刑初505号";
		CaseNumber caseNumber = CaseNumber.parse(number);
		registrations.register(new CaseRegistration(
				new NewCase(caseNumber, Charge.ILLEGAL_LOGGING, null, Stage.TRIAL, List.of("d.judge", "d.prosecutor")),
				List.of(new NewParty("李四", null, null)),
				List.of(new ObligationDraft(0, Map.of(ObligationKind.RESTORATION_COMPENSATION, new BigDecimal("300")),
						new LegalBasis(LegalBasisType.JUDGMENT, number), RestorationPath.UNDECIDED))),
				Actor.SYSTEM);
		long party = parties.ofCase(cases.get(caseNumber).id()).get(0).id();
		long application = labourApplications.apply(party, "家庭困难，无力缴纳", Actor.officer("d.judge")).id();
		labourApplications.approve(application, Actor.officer("d.judge"));
		Instant first = clock.instant();
		LocalDate today = first.atZone(CaseReports.CHINA).toLocalDate();
		LabourPlan plan = labourPlans.set(new NewLabourPlan(party, "将乐县漠源乡琵琶丘生态司法示范补偿林", 26.7283, 117.4712, 500,
				null, Valuation.dailyWage(new BigDecimal("150")), today, today.plusDays(5), null, null),
				Actor.officer("d.manager"));
		labourPlans.confirm(plan.id(), Actor.SYSTEM);
		Color morning = new Color(0x87, 0xCE, 0xEB);
		Color noon = new Color(0xE0, 0x60, 0xC0);
		checkIns.location(party, 26.7285, 117.4713, first, Actor.SYSTEM);
		CheckIn day1 = checkIns.photo(party, jpeg(morning), "image/jpeg", first.plusSeconds(30), Actor.SYSTEM).completed();
		Instant second = first.plus(Duration.ofDays(1));
		checkIns.photo(party, jpeg(noon), "image/jpeg", second, Actor.SYSTEM);
		CheckIn day2 = checkIns.location(party, 26.7286, 117.4714, second.plusSeconds(40), Actor.SYSTEM).completed();
		workQuantities.confirm(day1.id(), BigDecimal.ONE, "天", Actor.officer("d.manager"));

		List<Reply> progress = say("d.forestLiaison", "进展报告 " + number);
		assertThat(text(progress)).contains("李*：劳役代偿，已抵偿 150.00 元，共 300.00 元，还差 150.00 元（打卡 2 天，已确认 1 天）");
		byte[] pdf = pdf(progress);
		String dayOne = CaseReports.DATE.format(first);
		String dayTwo = CaseReports.DATE.format(second);
		assertThat(PdfPages.text(pdf)).contains("被告人 李*", "劳役代偿", "劳役进行中", "将乐县漠源乡琵琶丘生态司法示范补偿林（半径 500 米）",
				"按日计酬，150.00 元/天", "已抵偿 150.00 元，共 300.00 元，还差 150.00 元", "技术打卡（2 次）", dayOne + " ", dayTwo + " ",
				"26.72850, 117.47130", "26.72860, 117.47140", "工作量：1 天 × 150.00 元 = 150.00 元（冯专员（福建金森碳汇科技有限公司）确认）",
				"工作量：待修复管理人确认", day1.photoSha256().substring(0, 16), "申请劳役代偿", "法院批准劳役代偿", "制定劳役方案",
				"技术打卡", "确认工作量", "完整（已逐条校验全部").doesNotContain("李四");
		List<BufferedImage> pages = PdfPages.render(pdf, 72);
		assertThat(pages).allSatisfy(page -> assertThat(PdfPages.inked(page)).isGreaterThan(0.005));
		assertThat(pages.stream().anyMatch(page -> hasColour(page, morning))).as("day 1 photo").isTrue();
		assertThat(pages.stream().anyMatch(page -> hasColour(page, noon))).as("day 2 photo").isTrue();
		ImageIO.write(PdfPages.render(pdf, 100).get(0), "png", new java.io.File("/tmp/disclosure-labour-p1.png"));

		assertThat(text(say("d.judge", "成果报告 " + number))).startsWith(number + "尚无已完成的修复");
		workQuantities.confirm(day2.id(), BigDecimal.ONE, "天", Actor.officer("d.manager"));
		labourAcceptances.record(party, "补植苗木成活率95%", true, Actor.officer("d.manager"));
		List<Reply> result = say("d.judge", "成果报告 " + number);
		assertThat(text(result)).contains("修复成果：已完成 1 人，共 1 人");
		assertThat(PdfPages.text(pdf(result))).contains("生态修复成果报告", "劳役代偿验收合格（补植苗木成活率95%），待法院结案", "成果验收",
				"补植苗木成活率95%", "合格", "记录成果验收", "劳役已抵偿全部金额");
	}

	/** The report's summary row (by its text) and the file rows queued right after it for {@code userid}. */
	private List<OutboxEntry> reportRows(String userid, String number) {
		List<OutboxEntry> rows = outbox.findByRecipient(Destination.APP_USER, userid);
		List<OutboxEntry> result = new java.util.ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			OutboxEntry row = rows.get(i);
			if (row.format() == Format.TEXT && row.body().contains("【生态修复进展报告】" + number)) {
				result.add(row);
				rows.stream()
					.skip(i + 1)
					.filter(next -> next.format() == Format.FILE && next.body().contains(number))
					.findFirst()
					.ifPresent(result::add);
			}
		}
		return result;
	}

}
