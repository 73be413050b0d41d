package cn.jiangle.ecojustice.bot.wecom;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;


import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The defendant journey end to end, as in production: the whole application on an embedded MariaDB of its own, WeCom
 * played by the fake API (encrypted callbacks for officers, kf_msg_or_event + kf/sync_msg for the defendant, kf/send_msg
 * and send_msg_on_event, media/upload for the QR code). 新建案件 → 绑定码 → the defendant binds from the link →
 * 认购碳汇 (the assistant restarted while the defendant's confirmation is pending) → the manager's card and 收款确认 →
 * certificate → 核销申报 → 已核销 → the defendant's home says so; the case's ledger verifies.
 */
class DefendantJourneyEndToEndIntegrationTests {

	static final TestCorp CORP = new TestCorp("wwdefendante2e001", "e2e-secret", "e2eToken",
			"defendantE2eKey0123456789abcdefghijklmnopqr");

	static final String NUMBER = "（2026）闽0428刑初501号";

	static final String KF = "wkJourney0001";

	static final String DEFENDANT = "wmJourneyDefendant";

	static final Path WORK = Path.of("target", "defendant-e2e-" + UUID.randomUUID()).toAbsolutePath();

	@RegisterExtension
	static final FakeWeComApi wecom = CORP.startApi();

	@AfterAll
	static void deleteWork() {
		EmbeddedMariaDb.deleteTree(WORK);
	}

	@Test
	void fromNewCaseToWrittenOffWithARestartInTheMiddle() {
		String code;
		try (KfJourneyAssistant assistant = assistant()) {
			Officers officers = assistant.bean(Officers.class);
			officers.register("e2e.judge", "COURT", Role.CASE_OFFICER, "王法官", Actor.SYSTEM);
			officers.register("e2e.manager", "RESTORATION_MANAGER", Role.MANAGER_STAFF, "冯专员", Actor.SYSTEM);
			officers.register("e2e.forester", "FORESTRY", Role.CASE_OFFICER, "郑科长", Actor.SYSTEM);

			registerCase(assistant);
			assistant.say("e2e.judge", "绑定码");
			String issued = assistant.say("e2e.judge", NUMBER);
			Matcher display = Pattern.compile("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}").matcher(issued);
			assertThat(display.find()).as("a code was issued: %s", issued).isTrue();
			code = display.group().replace("-", "");

			// the defendant opens the 微信客服 link carrying the code
			wecom.addKfEnterSession(KF, DEFENDANT, "link", code, "WELCOME-E2E-1");
			String bound = assistant.kf(DEFENDANT);
			assertThat(bound).contains("绑定成功").contains(NUMBER).contains("张*").doesNotContain("张三");
			assertThat(assistant.customerSays(DEFENDANT, "认购碳汇")).contains("开始「认购碳汇」").contains("1395.025 吨");
		}
		try (KfJourneyAssistant restarted = assistant()) {
			// the flow resumes where it was: its state is in the database
			String chosen = restarted.customerSays(DEFENDANT, "确认");
			assertThat(chosen).contains("应认购碳汇：1395.025 吨");
			List<JsonNode> images = restarted.kfSent(DEFENDANT).stream()
				.filter(json -> json.path("msgtype").asString().equals("image"))
				.toList();
			assertThat(images).hasSize(1);
			assertThat(wecom.calls("/cgi-bin/media/upload")).anySatisfy(call -> assertThat(call.accepted()).isTrue());
			String qr = cn.jiangle.ecojustice.bot.defendants.QrReading.decode(
					wecom.media(images.get(0).path("image").path("media_id").asString()).bytes());
			assertThat(qr).startsWith("https://carbon.example.cn/subscribe?ref=")
				.contains(URLEncoder.encode(NUMBER, StandardCharsets.UTF_8));

			// the manager's card, clicked, then 收款确认
			JsonNode card = restarted.awaitMessage("e2e.manager", json -> json.path("msgtype").asString().equals("template_card"));
			String taskId = card.path("template_card").path("task_id").asString();
			String receipt = restarted.click("e2e.manager", "pay_received", taskId);
			assertThat(receipt).contains("收据号");
			restarted.say("e2e.manager", "JS-E2E-0001");
			restarted.say("e2e.manager", "相同");
			assertThat(restarted.say("e2e.manager", "确认")).contains("JLTH-");

			String told = restarted.kfWaitFor(DEFENDANT, "证书编号");
			assertThat(told).contains("1395.025 吨").contains("仅供参考");
			Matcher number = Pattern.compile("JLTH-\\d{4}-\\d+").matcher(told);
			assertThat(number.find()).isTrue();

			String submitted = restarted.say("e2e.manager", "核销申报");
			Matcher submission = Pattern.compile("W\\d+").matcher(submitted);
			assertThat(submission.find()).as(submitted).isTrue();
			restarted.say("e2e.forester", "已核销 " + submission.group());
			assertThat(restarted.kfWaitFor(DEFENDANT, "核销")).contains(number.group()).contains("已由将乐县林业局核销");
			assertThat(restarted.customerSays(DEFENDANT, "我的案件")).contains("碳汇核销：已核销").contains(number.group());

			assertThat(restarted.bean(AuditLedger.class).verify().intact()).isTrue();
		}
	}

	/** 新建案件 answered prompt by prompt, as an officer reads them. */
	/** The application on this test's data directory; a second call after closing the first is a restart. */
	private static KfJourneyAssistant assistant() {
		return new KfJourneyAssistant(CORP, wecom, WORK, KF, "JourneyE2E", Map.of());
	}

	private static void registerCase(KfJourneyAssistant assistant) {
		String prompt = assistant.say("e2e.judge", "新建案件");
		for (int turn = 0; turn < 30 && !prompt.contains("案件已登记"); turn++) {
			prompt = assistant.say("e2e.judge", answer(prompt));
		}
		assertThat(prompt).contains("案件已登记");
	}

	private static String answer(String prompt) {
		int at = 0;
		for (String ask : List.of("请输入", "请选择", "请核对", "请写明")) {
			at = Math.max(at, prompt.lastIndexOf(ask));
		}
		String last = prompt.substring(at);
		if (last.contains("核对")) {
			return "确认";
		}
		if (last.contains("案号") && !last.contains("文号")) {
			return NUMBER;
		}
		if (last.contains("文号")) {
			return NUMBER;
		}
		if (last.contains("姓名")) {
			return "张三";
		}
		if (last.contains("身份证号")) {
			return "350428198001011233";
		}
		if (last.contains("手机号")) {
			return "13800138000";
		}
		if (prompt.contains("还有其他被告人")) {
			return "否";
		}
		if (last.contains("生态修复赔偿金金额")) {
			return "100000";
		}
		if (last.contains("生态服务功能损失费金额")) {
			return "20000";
		}
		if (last.startsWith("请输入") && last.contains("金额")) {
			return "跳过";
		}
		if (last.contains("修复方式")) {
			Matcher undecided = Pattern.compile("(\\d+)\\. [^\\n]*待定").matcher(last);
			return undecided.find() ? undecided.group(1) : "1";
		}
		return "1";
	}

	/** The application as {@code java -jar} starts it, on this test's data directory, talking to the fake WeCom. */

}
