package cn.jiangle.ecojustice.bot.wecom;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.jiangle.ecojustice.db.Actor;
import cn.jiangle.ecojustice.db.audit.AuditLedger;
import cn.jiangle.ecojustice.db.embedded.EmbeddedMariaDb;
import cn.jiangle.ecojustice.db.officers.Officers;
import cn.jiangle.ecojustice.db.officers.Role;
import cn.jiangle.ecojustice.db.projects.DisbursementRequest;
import cn.jiangle.ecojustice.db.projects.DisbursementStatus;
import cn.jiangle.ecojustice.db.projects.Disbursements;
import cn.jiangle.ecojustice.db.projects.FundStatement;
import cn.jiangle.ecojustice.db.projects.Project;
import cn.jiangle.ecojustice.db.projects.ProjectState;
import cn.jiangle.ecojustice.db.projects.Projects;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A restoration project end to end, as in production (将法〔2024〕4号): the whole application on an embedded MariaDB of
 * its own, WeCom played by the fake API — encrypted application callbacks for every officer, pictures and PDFs sent in
 * chat and downloaded with media/get, cards clicked through callbacks, and the attachments forwarded to the reviewers
 * with media/upload. The court designates the Wanquan mine project with the village committee as manager → a request
 * refused on input (above the remaining fund, without attachments) → submitted with a 支付依据 picture and a 发票 PDF →
 * the 自然资源局's opinion → approval by the wrong agency refused → the court approves, a second click told who did →
 * a second disbursement → a milestone → acceptance. The fund's running total is checked in chat at each step; the
 * ledger verifies. (In {@code wecom} beside the defendant journey, for the fake API's callback helpers.)
 */
class ProjectJourneyEndToEndIntegrationTests {

	static final TestCorp CORP = new TestCorp("wwprojecte2e0001", "project-secret", "projectToken",
			"projectE2eKey0123456789abcdefghijklmnopqrst");

	static final Path WORK = Path.of("target", "project-e2e-" + UUID.randomUUID()).toAbsolutePath();

	static final String JUDGE = "xm.judge";

	static final String JUDGE2 = "xm.judge2";

	static final String BUREAU = "xm.natres";

	static final String VILLAGE = "xm.village";

	static final String TOWN = "xm.town";

	@RegisterExtension
	static final FakeWeComApi wecom = CORP.startApi();

	@AfterAll
	static void deleteWork() {
		EmbeddedMariaDb.deleteTree(WORK);
	}

	@Test
	void fromDesignationThroughTwoDisbursementsToAcceptance() {
		try (KfJourneyAssistant assistant = new KfJourneyAssistant(CORP, wecom, WORK, "wkProjectE2e", "ProjectE2E",
				Map.of())) {
			Officers officers = assistant.bean(Officers.class);
			officers.register(JUDGE, "COURT", Role.CASE_OFFICER, "王法官", Actor.SYSTEM);
			officers.register(JUDGE2, "COURT", Role.LIAISON, "陈法官", Actor.SYSTEM);
			officers.register(BUREAU, "NATURAL_RESOURCES", Role.LIAISON, "赵工程师", Actor.SYSTEM);
			officers.register(VILLAGE, "VILLAGE", Role.LIAISON, "吴主任", Actor.SYSTEM);
			officers.register(TOWN, "TOWNSHIP", Role.LIAISON, "孙乡长", Actor.SYSTEM);
			Officer media = new Officer(assistant);
			int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();

			// the court designates the manager (四（一）1)
			assertThat(assistant.say(JUDGE, "新建项目")).contains("请输入项目名称");
			assistant.say(JUDGE, "万全矿山吴地生态修复");
			String supervisors = assistant.say(JUDGE, "将乐县万全乡竹舟村民委员会");
			assistant.say(JUDGE, numberOf(supervisors, "将乐县自然资源局") + "、" + numberOf(supervisors, "将乐县万全乡人民政府"));
			assistant.say(JUDGE, "100万");
			assistant.say(JUDGE, "完成场地平整 " + (year + 1) + "-03-31\n完成补植复绿 " + (year + 1) + "-09-30");
			assistant.say(JUDGE, "每季度");
			assistant.say(JUDGE, (year + 1) + "-12-31");
			assertThat(assistant.say(JUDGE, "跳过")).contains("生态修复管理人：将乐县万全乡竹舟村民委员会");
			String designated = assistant.say(JUDGE, "确认");
			Matcher numbered = Pattern.compile("XM-\\d{4}-\\d{3}").matcher(designated);
			assertThat(numbered.find()).as(designated).isTrue();
			String number = numbered.group();
			assertThat(designated).contains("✅ 已新建修复项目 " + number + "「万全矿山吴地生态修复」");
			assertFund(assistant, TOWN, number, "0.00", "0.00", "1,000,000.00");

			// a request refused on input: above the remaining fund, then without attachments
			assertThat(assistant.say(VILLAGE, "支付申请 " + number)).contains("可申请余额 1,000,000.00 元");
			assertThat(assistant.say(VILLAGE, "120万"))
				.contains("申请金额超过修复资金余额（扣除已批准和待审批的申请后尚余1000000.00元），请核对。");
			assistant.say(VILLAGE, "30万");
			assertThat(assistant.say(VILLAGE, "场地平整工程进度款")).contains("请发送支付依据、费用发票等材料");
			assertThat(assistant.say(VILLAGE, "完成"))
				.contains("支付申请须附支付依据或费用发票等材料（至少一份），请先发送图片或文件。");
			assertThat(assistant.bean(Disbursements.class).ofProject(project(assistant, number).id())).isEmpty();

			// the 支付依据 as a picture, the 发票 as a PDF, downloaded from WeCom with media/get
			byte[] basis = "JPEG 工程进度结算单".getBytes(StandardCharsets.UTF_8);
			byte[] invoice = "%PDF-1.4 增值税普通发票".getBytes(StandardCharsets.UTF_8);
			assertThat(media.image(VILLAGE, wecom.addMedia("IMG_0001.jpg", "image/jpeg", basis))).contains("已收到 1 份材料");
			assertThat(assistant.say(VILLAGE, "1")).contains("1. 支付依据 IMG_0001.jpg");
			assertThat(media.file(VILLAGE, wecom.addMedia("发票.pdf", "application/pdf", invoice), "发票.pdf"))
				.contains("2. 发票 发票.pdf");
			assertThat(assistant.say(VILLAGE, "完成")).contains("申请金额：300,000.00 元");
			String submitted = assistant.say(VILLAGE, "确认");
			assertThat(submitted).contains("✅ 已提交支付申请 ZF").contains("附件 2 份");
			assertFund(assistant, TOWN, number, "0.00", "300,000.00", "700,000.00");
			DisbursementRequest first = assistant.bean(Disbursements.class).ofProject(project(assistant, number).id()).get(0);
			assertThat(assistant.bean(Disbursements.class).attachment(first.attachments().get(1).id()).bytes())
				.isEqualTo(invoice);

			// the bureau gets the request with the picture and the PDF, and its card (四（二）2)
			JsonNode reviewCard = card(assistant, BUREAU, "支付申请审核");
			assertThat(wecom.messagesTo(BUREAU)).anySatisfy(json -> assertThat(json.path("msgtype").asString()).isEqualTo("image"));
			assertThat(wecom.messagesTo(BUREAU)).anySatisfy(json -> assertThat(json.path("msgtype").asString()).isEqualTo("file"));
			assertThat(assistant.click(BUREAU, "disb_agree", taskId(reviewCard))).contains("请输入审核意见");
			assertThat(assistant.say(BUREAU, "费用必要、合理，结算单与发票金额一致")).contains("已报法院审批");

			// approval by the wrong agency is refused, by card and typed; then the court approves (四（一）2)
			JsonNode courtCard = card(assistant, JUDGE, "支付申请审批");
			assertThat(assistant.click(BUREAU, "disb_approve", taskId(courtCard)))
				.startsWith("「支付审批」仅限法院的承办人、联络员和系统管理员使用，您的身份是将乐县自然资源局·联络员。");
			assertThat(assistant.say(VILLAGE, "支付审批")).startsWith("「支付审批」仅限法院的承办人、联络员和系统管理员使用");
			assertThat(assistant.bean(Disbursements.class).get(first.id()).status())
				.isEqualTo(DisbursementStatus.AWAITING_DECISION);
			assertThat(assistant.click(JUDGE, "disb_approve", taskId(courtCard))).contains("✅ 已批准支付申请 ZF" + first.id());
			assertThat(assistant.click(JUDGE2, "disb_approve", taskId(card(assistant, JUDGE2, "支付申请审批"))))
				.contains("已由王法官（将乐县人民法院）于").contains("批准，不能重复审批。");
			awaitText(assistant, VILLAGE, "已由王法官（将乐县人民法院）批准");
			assertFund(assistant, BUREAU, number, "300,000.00", "0.00", "700,000.00");

			// a second disbursement, disagreed by nobody, approved by the other judge
			assistant.say(VILLAGE, "支付申请 吴地");
			assistant.say(VILLAGE, "20万");
			assistant.say(VILLAGE, "补植苗木款");
			media.file(VILLAGE, wecom.addMedia("苗木发票.pdf", "application/pdf", invoice), "苗木发票.pdf");
			assistant.say(VILLAGE, "完成");
			assertThat(assistant.say(VILLAGE, "确认")).contains("审批中 200,000.00 元，可申请余额 500,000.00 元。");
			DisbursementRequest second = assistant.bean(Disbursements.class).ofProject(project(assistant, number).id()).get(1);
			assistant.click(BUREAU, "disb_agree", taskId(card(assistant, BUREAU, "支付申请审核 ZF" + second.id())));
			assistant.say(BUREAU, "单价合理");
			assertThat(assistant.click(JUDGE2, "disb_approve", taskId(card(assistant, JUDGE2, "支付申请审批 ZF" + second.id()))))
				.contains("已批准支付 500,000.00 元，审批中 0.00 元，可申请余额 500,000.00 元。");
			assertFund(assistant, VILLAGE, number, "500,000.00", "0.00", "500,000.00");

			// a milestone by the manager, then acceptance by the court with the 协作小组 (四（一）4)
			assistant.say(VILLAGE, "里程碑 " + number);
			assistant.say(VILLAGE, "1");
			assistant.say(VILLAGE, "场地平整完成，面积约12亩");
			assertThat(assistant.say(VILLAGE, "确认")).contains("✅ 已登记项目节点「完成场地平整」完成");
			assistant.say(JUDGE, "项目验收 " + number);
			assistant.say(JUDGE, "经现场勘察，植被恢复良好，验收合格");
			assertThat(assistant.say(JUDGE, "确认")).contains("已验收")
				.contains("已批准支付 500,000.00 元，审批中 0.00 元，可申请余额 500,000.00 元。");
			Project accepted = project(assistant, number);
			assertThat(accepted.state()).isEqualTo(ProjectState.ACCEPTED);
			FundStatement statement = assistant.bean(Disbursements.class).statement(accepted.id());
			assertThat(statement.approved()).isEqualByComparingTo("500000");
			assertThat(statement.remaining()).isEqualByComparingTo("500000");
			assertThat(assistant.say(TOWN, "项目 " + number)).contains("（已验收）")
				.contains("· 完成场地平整（" + (year + 1) + "年3月31日前）：已完成");

			AuditLedger ledger = assistant.bean(AuditLedger.class);
			assertThat(ledger.history(Projects.AUDIT_TYPE, Long.toString(accepted.id()))).hasSizeGreaterThanOrEqualTo(3);
			assertThat(ledger.history(Disbursements.AUDIT_TYPE, Long.toString(first.id()))).hasSizeGreaterThanOrEqualTo(3);
			assertThat(ledger.verify().intact()).isTrue();
		}
	}

	/** Pictures and files sent in chat through the assistant's callback, answered like texts. */
	private static final class Officer {

		private final KfJourneyAssistant assistant;

		private final WeComCallbackClient client;

		Officer(KfJourneyAssistant assistant) {
			this.assistant = assistant;
			this.client = CORP.callbackClient(assistant.bean(Environment.class).getProperty("local.server.port",
					Integer.class));
		}

		String image(String userid, String mediaId) {
			return post(userid, client.image(userid, mediaId, WeComCallbackClient.nextMsgId()));
		}

		String file(String userid, String mediaId, String title) {
			return post(userid, client.file(userid, mediaId, title, WeComCallbackClient.nextMsgId()));
		}

		private String post(String userid, String payload) {
			int before = wecom.messagesTo(userid).size();
			assertThat(client.post(payload).statusCode()).isEqualTo(200);
			await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50))
				.until(() -> wecom.messagesTo(userid).size() > before && assistant.quiet());
			return assistant.officerText(userid, before);
		}

	}

	private static void assertFund(KfJourneyAssistant assistant, String userid, String number, String approved,
			String pending, String remaining) {
		assertThat(assistant.say(userid, "项目 " + number)).contains("修复资金 1,000,000.00 元：已批准支付 " + approved
				+ " 元，审批中 " + pending + " 元，可申请余额 " + remaining + " 元。");
	}

	private static Project project(KfJourneyAssistant assistant, String number) {
		return assistant.bean(Projects.class).find(number).get(0);
	}

	private static JsonNode card(KfJourneyAssistant assistant, String userid, String title) {
		return assistant.awaitMessage(userid, json -> json.path("msgtype").asString().equals("template_card")
				&& json.path("template_card").path("main_title").path("title").asString().startsWith(title));
	}

	private static String taskId(JsonNode card) {
		return card.path("template_card").path("task_id").asString();
	}

	private static void awaitText(KfJourneyAssistant assistant, String userid, String fragment) {
		assistant.awaitMessage(userid, json -> json.path("text").path("content").asString().contains(fragment));
	}

	private static String numberOf(String prompt, String agency) {
		Matcher matcher = Pattern.compile("(\\d+)\\. " + agency).matcher(prompt);
		assertThat(matcher.find()).as("%s offered in %s", agency, prompt).isTrue();
		return matcher.group(1);
	}

}
