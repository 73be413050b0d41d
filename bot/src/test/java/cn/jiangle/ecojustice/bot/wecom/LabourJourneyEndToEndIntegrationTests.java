package cn.jiangle.ecojustice.bot.wecom;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.imageio.ImageIO;

import cn.jiangle.ecojustice.db.Actor;
import cn.jiangle.ecojustice.db.audit.AuditLedger;
import cn.jiangle.ecojustice.db.binding.BindingCodes;
import cn.jiangle.ecojustice.db.cases.CaseNumber;
import cn.jiangle.ecojustice.db.cases.Charge;
import cn.jiangle.ecojustice.db.cases.NewCase;
import cn.jiangle.ecojustice.db.cases.Stage;
import cn.jiangle.ecojustice.db.embedded.EmbeddedMariaDb;
import cn.jiangle.ecojustice.db.labour.CheckIn;
import cn.jiangle.ecojustice.db.labour.CheckIns;
import cn.jiangle.ecojustice.db.labour.LabourAcceptances;
import cn.jiangle.ecojustice.db.labour.LabourApplications;
import cn.jiangle.ecojustice.db.labour.LabourPlans;
import cn.jiangle.ecojustice.db.labour.NewLabourPlan;
import cn.jiangle.ecojustice.db.labour.Valuation;
import cn.jiangle.ecojustice.db.obligations.LegalBasis;
import cn.jiangle.ecojustice.db.obligations.LegalBasisType;
import cn.jiangle.ecojustice.db.obligations.ObligationKind;
import cn.jiangle.ecojustice.db.officers.Officers;
import cn.jiangle.ecojustice.db.officers.Role;
import cn.jiangle.ecojustice.db.parties.NewParty;
import cn.jiangle.ecojustice.db.registration.CaseRegistration;
import cn.jiangle.ecojustice.db.registration.CaseRegistrations;
import cn.jiangle.ecojustice.db.restoration.RestorationFiles;
import cn.jiangle.ecojustice.db.restoration.RestorationState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * 劳役代偿 end to end, as in production: the whole application on an embedded MariaDB of its own, WeCom played by the
 * fake API (kf_msg_or_event + kf/sync_msg carrying the defendants' texts, locations and pictures, media/get serving
 * the pictures, kf/send_msg receiving what the assistant says). The defendant binds, applies with the hardship reason
 * (the assistant restarted while the application is half-way), is told the court's decision, sees and confirms the
 * plan, has check-ins refused (a photo without its location, outside the radius, before the plan starts, a second one
 * the same day) and accepted (the assistant restarted between the photo and the location), hears of the work
 * confirmed with 「进度」, and of the acceptance and the closing; the ledger verifies.
 * <p>
 * The officers' steps go through their WeCom chat (bot.labour): the approval card clicked by the handling officer,
 * 「劳役方案」 and 「工作量」 by the manager's staff, 「验收」 by the forestry bureau, 「结案」 by the court. Only the
 * co-defendant (there to be refused before the plan starts) is approved and given a plan through the db API.
 */
class LabourJourneyEndToEndIntegrationTests {

	static final TestCorp CORP = new TestCorp("wwlabourjourney01", "labour-secret", "labourToken",
			"labourJourneyE2eKey0123456789abcdefghijklmn");

	static final String NUMBER = "（2026）闽0428刑初701号";

	static final String KF = "wkLabour0001";

	static final String DEFENDANT = "wmLabourJourney";

	/** The co-defendant whose plan starts tomorrow. */
	static final String LATER = "wmLabourLater";

	static final String SITE = "将乐县漠源乡琵琶丘生态司法示范补偿林";

	static final double SITE_LAT = 26.6650;

	static final double SITE_LON = 117.3650;

	/** Plan days are counted in the plan's zone. */
	static final ZoneId PLAN_ZONE = ZoneId.of("Asia/Shanghai");

	static final Path WORK = Path.of("target", "labour-e2e-" + UUID.randomUUID()).toAbsolutePath();

	@RegisterExtension
	static final FakeWeComApi wecom = CORP.startApi();

	@AfterAll
	static void deleteWork() {
		EmbeddedMariaDb.deleteTree(WORK);
	}

	@Test
	void fromApplicationToClosedWithRefusedCheckInsAndRestarts() {
		long party;
		long later;
		try (KfJourneyAssistant assistant = assistant()) {
			Officers officers = assistant.bean(Officers.class);
			officers.register("lab.judge", "COURT", Role.CASE_OFFICER, "王法官", Actor.SYSTEM);
			officers.register("lab.manager", "RESTORATION_MANAGER", Role.MANAGER_STAFF, "冯专员", Actor.SYSTEM);
			officers.register("lab.forester", "FORESTRY", Role.CASE_OFFICER, "郑科长", Actor.SYSTEM);
			List<Long> parties = registerCase(assistant);
			party = parties.get(0);
			later = parties.get(1);

			wecom.addKfEnterSession(KF, DEFENDANT, "link", code(assistant, party), "WELCOME-LAB-1");
			assertThat(assistant.kf(DEFENDANT)).contains("绑定成功").contains(NUMBER);
			assertThat(says(assistant, DEFENDANT, "劳役代偿")).contains("开始「劳役代偿」").contains("请简要说明");
		}
		try (KfJourneyAssistant assistant = assistant()) {
			// the application resumes at the hardship reason: the flow's state is in the database
			assertThat(says(assistant, DEFENDANT, "家中老人常年卧病，本人务农，无力一次性支付赔偿金"))
				.contains("确认提交劳役代偿申请").contains("家中老人常年卧病");
			assertThat(says(assistant, DEFENDANT, "确认")).contains("劳役代偿申请已提交");

			// the court's handling officer approves on the card the application sent (officers' side: bot.labour)
			JsonNode card = assistant.awaitMessage("lab.judge",
					json -> json.path("msgtype").asString().equals("template_card") && json.toString().contains("张*"));
			assistant.click("lab.judge", "labour_approve", card.path("template_card").path("task_id").asString());
			assertThat(assistant.kfWaitFor(DEFENDANT, "获法院批准")).contains("制定劳役方案");
			LabourApplications applications = assistant.bean(LabourApplications.class);

			LocalDate today = LocalDate.now(PLAN_ZONE);
			// the manager's staff set the plan in chat: the base's coordinates with a 300 m radius, paid per work item
			assertThat(assistant.say("lab.manager", "劳役方案 " + NUMBER + " 1")).contains("请选择劳役地点");
			assertThat(assistant.say("lab.manager", "2")).contains("请输入劳役地点名称");
			assertThat(assistant.say("lab.manager", SITE)).contains("纬度和经度");
			assertThat(assistant.say("lab.manager", SITE_LAT + "," + SITE_LON)).contains("打卡半径");
			assertThat(assistant.say("lab.manager", "300")).contains("请选择计酬方式");
			assertThat(assistant.say("lab.manager", "2")).contains("被告人应抵偿 300.00 元");
			assertThat(assistant.say("lab.manager", "相同")).contains("请输入劳役期间");
			assertThat(assistant.say("lab.manager", today + " 至 " + today.plusDays(6))).contains("每日打卡时段");
			assertThat(assistant.say("lab.manager", "不限")).contains("请核对劳役方案").contains(SITE).contains("300");
			assertThat(assistant.say("lab.manager", "确认")).contains("劳役方案已制定");
			assertThat(assistant.kfWaitFor(DEFENDANT, "确认方案")).contains(SITE).contains("每株 2.00 元")
				.contains("300 米");
			assertThat(says(assistant, DEFENDANT, "确认方案")).contains("您已确认劳役方案").contains("打卡方法");

			// refused: a location outside the radius; a photo without its location is no check-in
			assertThat(location(assistant, DEFENDANT, 26.7000, 117.4000)).contains("打卡未成功").contains("超出打卡范围（300米）");
			assertThat(picture(assistant, DEFENDANT, "site-1.jpg")).contains("已收到照片，请再发送您所在的位置");
			assertThat(assistant.bean(CheckIns.class).ofParty(party)).isEmpty();
			assertThat(says(assistant, DEFENDANT, "进度")).contains("已抵偿 0.00 元，共 300.00 元，还差 300.00 元")
				.contains("已打卡 0 天");

			// refused: before the plan starts (the co-defendant's plan starts tomorrow)
			wecom.addKfEnterSession(KF, LATER, "link", code(assistant, later), "WELCOME-LAB-2");
			assertThat(assistant.kf(LATER)).contains("绑定成功");
			says(assistant, LATER, "劳役代偿");
			says(assistant, LATER, "腿部残疾，只能做轻体力劳动，没有收入");
			assertThat(says(assistant, LATER, "确认")).contains("劳役代偿申请已提交");
			applications.approve(applications.ofParty(later).orElseThrow().id(), Actor.officer("lab.judge"));
			assistant.bean(LabourPlans.class)
				.set(new NewLabourPlan(later, SITE, SITE_LAT, SITE_LON, 300, null,
						Valuation.dailyWage(new BigDecimal("150")), today.plusDays(1), today.plusDays(6), null, null),
						Actor.officer("lab.manager"));
			assistant.kfWaitFor(LATER, "确认方案");
			assertThat(says(assistant, LATER, "确认方案")).contains("您已确认劳役方案");
			assertThat(location(assistant, LATER, 26.6652, 117.3651)).contains("打卡未成功").contains("还不能打卡");
			assertThat(assistant.bean(CheckIns.class).ofParty(later)).isEmpty();

		}
		try (KfJourneyAssistant assistant = assistant()) {
			// the photo sent before the restart waits in the database: the location completes the check-in
			assertThat(location(assistant, DEFENDANT, 26.6655, 117.3652)).contains("打卡成功");
			// refused: a second check-in the same day, either part
			assertThat(location(assistant, DEFENDANT, 26.6655, 117.3652)).contains("打卡未成功").contains("每天只需打卡一次");
			assertThat(picture(assistant, DEFENDANT, "site-2.jpg")).contains("打卡未成功").contains("每天只需打卡一次");

			List<CheckIn> recorded = assistant.bean(CheckIns.class).ofParty(party);
			assertThat(recorded).singleElement().satisfies(checkIn -> {
				assertThat(checkIn.distanceMetres()).isLessThan(300);
				assertThat(checkIn.photoContentType()).startsWith("image/");
			});
			assertThat(wecom.mediaServed()).as("the photos were downloaded with media/get").isGreaterThanOrEqualTo(2);

			// 工作量化 by the manager's staff in chat (序号 1: both defendants of the case applied): 150 株 × 2.00 = 300 yuan
			assertThat(assistant.say("lab.manager", "工作量 " + NUMBER + " 1 " + recorded.get(0).day() + " 150 株"))
				.contains("300");
			assertThat(assistant.kfWaitFor(DEFENDANT, "的工作量：")).contains("150 株").contains("折抵 300.00 元")
				.contains("您已完成全部抵偿");
			assertThat(says(assistant, DEFENDANT, "进度")).contains("已抵偿 300.00 元，共 300.00 元，还差 0.00 元")
				.contains("已打卡 1 天").contains("已确认工作量 1 天");
			assertThat(says(assistant, DEFENDANT, "我的案件")).contains("劳役代偿：劳役已完成，待验收");

			assistant.say("lab.forester", "验收 " + NUMBER + " 1 栽植150株，成活率95% 合格");
			assertThat(assistant.kfWaitFor(DEFENDANT, "验收合格")).contains("成活率95%");
			assistant.say("lab.judge", "结案 " + NUMBER + " 1");
			assertThat(assistant.kfWaitFor(DEFENDANT, "已结案")).contains(NUMBER);
			assertThat(assistant.bean(LabourAcceptances.class).latest(party)).get()
				.satisfies(acceptance -> assertThat(acceptance.passed()).isTrue());
			assertThat(assistant.bean(RestorationFiles.class).get(party).state()).isEqualTo(RestorationState.CLOSED);
			assertThat(says(assistant, DEFENDANT, "我的案件")).contains("已结案").contains("未作任何更改");

			assertThat(assistant.bean(AuditLedger.class).verify().intact()).isTrue();
		}
	}

	/** The co-defendants of one case, each owing 300 yuan, registered through the db API (as 新建案件 would). */
	private static List<Long> registerCase(KfJourneyAssistant assistant) {
		return assistant.bean(CaseRegistrations.class)
			.register(new CaseRegistration(
					new NewCase(CaseNumber.parse(NUMBER), Charge.ILLEGAL_LOGGING, null, Stage.TRIAL,
							List.of("lab.judge")),
					List.of(new NewParty("张三", null, null), new NewParty("李四", null, null)),
					List.of(obligation(0), obligation(1))),
					Actor.officer("lab.judge"))
			.parties()
			.stream()
			.map(registered -> registered.id())
			.toList();
	}

	private static CaseRegistration.ObligationDraft obligation(int partyIndex) {
		return new CaseRegistration.ObligationDraft(partyIndex,
				Map.of(ObligationKind.RESTORATION_COMPENSATION, new BigDecimal("300")),
				new LegalBasis(LegalBasisType.MEDIATION_STATEMENT, NUMBER), null);
	}

	private static String code(KfJourneyAssistant assistant, long party) {
		return assistant.bean(BindingCodes.class)
			.issue(party, Actor.officer("lab.judge"), Duration.ofDays(7), Instant.now())
			.code();
	}

	/** The defendant writes; returns the assistant's answer. */
	private static String says(KfJourneyAssistant assistant, String user, String text) {
		nextSecond();
		return assistant.customerSays(user, text);
	}

	/**
	 * WeCom stamps a customer's message in whole seconds, and the 微信客服 budget counts what was sent from that second
	 * on: a person does not answer within the second the previous reply arrived, and neither does this test.
	 */
	private static void nextSecond() {
		long second = Instant.now().getEpochSecond();
		await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(20))
			.until(() -> Instant.now().getEpochSecond() > second);
	}

	/** The defendant takes a picture and sends it; returns the assistant's answer. */
	private static String picture(KfJourneyAssistant assistant, String user, String fileName) {
		nextSecond();
		String mediaId = wecom.addMedia(fileName, "image/jpeg", jpeg(fileName.hashCode()));
		wecom.addKfImage(KF, user, mediaId);
		return assistant.kf(user);
	}

	private static String location(KfJourneyAssistant assistant, String user, double latitude, double longitude) {
		nextSecond();
		wecom.addKfLocation(KF, user, latitude, longitude, "琵琶丘", "福建省三明市将乐县漠源乡");
		return assistant.kf(user);
	}

	private static KfJourneyAssistant assistant() {
		return new KfJourneyAssistant(CORP, wecom, WORK, KF, "LabourE2E",
				Map.of("ecojustice.labour.check-in-reminder.enabled", "false"));
	}

	/** A small JPEG, different per seed, as a phone camera would send (smaller). */
	private static byte[] jpeg(int seed) {
		BufferedImage image = new BufferedImage(80, 60, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(new Color(seed & 0xFFFFFF));
		graphics.fillRect(0, 0, 80, 60);
		graphics.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "jpg", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
