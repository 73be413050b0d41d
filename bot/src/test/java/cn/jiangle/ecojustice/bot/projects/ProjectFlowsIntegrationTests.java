package cn.jiangle.ecojustice.bot.projects;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.jiangle.ecojustice.bot.chat.ChatFixture;
import cn.jiangle.ecojustice.bot.chat.ChatIntegrationTest;
import cn.jiangle.ecojustice.bot.messages.InboundMedia;
import cn.jiangle.ecojustice.bot.messages.InboundMessage;
import cn.jiangle.ecojustice.bot.messages.InboundMessage.Channel;
import cn.jiangle.ecojustice.bot.messages.InboundMessage.Kind;
import cn.jiangle.ecojustice.bot.messages.MediaContent;
import cn.jiangle.ecojustice.bot.messages.MediaExpired;
import cn.jiangle.ecojustice.bot.messages.Reply;
import cn.jiangle.ecojustice.db.Actor;
import cn.jiangle.ecojustice.db.audit.AuditLedger;
import cn.jiangle.ecojustice.db.conversation.ConversationStates;
import cn.jiangle.ecojustice.db.officers.Role;
import cn.jiangle.ecojustice.db.outbox.OutboundMessage.Destination;
import cn.jiangle.ecojustice.db.outbox.Outbox;
import cn.jiangle.ecojustice.db.outbox.OutboxEntry;
import cn.jiangle.ecojustice.db.projects.DisbursementRequest;
import cn.jiangle.ecojustice.db.projects.DisbursementStatus;
import cn.jiangle.ecojustice.db.projects.Disbursements;
import cn.jiangle.ecojustice.db.projects.FundStatement;
import cn.jiangle.ecojustice.db.projects.Project;
import cn.jiangle.ecojustice.db.projects.Projects;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static cn.jiangle.ecojustice.bot.chat.ChatFixture.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The project flows through the dispatched chat, on the real database: 新建项目 with its bad input, 「项目」 for
 * whom it concerns only, 支付申请 with attachments sent as pictures and files (a media store stands in for WeCom's
 * media/get, the one seam here; the end-to-end test downloads from the fake WeCom API) and every refusal — above the
 * remaining fund, no attachment, an expired picture, someone not of the manager —, the cards to the 自然资源局 and the
 * court answered by whoever clicks, a picture where text is asked, a file over the size limit, the wrong agency refused, a second decision told who decided, 里程碑 and
 * 项目验收. Nothing is stored by a refusal; the ledger verifies.
 */
@Import(ProjectFlowsIntegrationTests.Media.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProjectFlowsIntegrationTests extends ChatIntegrationTest {

	/** Pictures and files "sent" in chat, by media id; an id not here is expired. */
	static final Map<String, MediaContent> MEDIA = new ConcurrentHashMap<>();

	static final AtomicInteger FETCHES = new AtomicInteger();

	@TestConfiguration(proxyBeanMethods = false)
	static class Media {

		@Bean
		@Primary
		InboundMedia storedMedia() {
			return new InboundMedia() {

				@Override
				public MediaContent fetch(InboundMessage message) {
					MediaContent content = fetch(message.channel(), message.mediaId());
					// as WeCom's: a file keeps the name its message gave it
					return message.content() == null ? content
							: new MediaContent(message.content(), content.contentType(), content.bytes());
				}

				@Override
				public MediaContent fetch(Channel channel, String mediaId) {
					FETCHES.incrementAndGet();
					MediaContent content = MEDIA.get(mediaId);
					if (content == null) {
						throw new MediaExpired(mediaId);
					}
					return content;
				}

			};
		}

	}

	@DynamicPropertySource
	static void smallAttachments(DynamicPropertyRegistry registry) {
		registry.add("ecojustice.projects.attachment-max-size", () -> "1KB");
	}

	@Autowired
	Projects projects;

	@Autowired
	Disbursements disbursements;

	@Autowired
	Outbox outbox;

	@Autowired
	AuditLedger ledger;

	@Autowired
	ConversationStates states;

	static String number;

	@BeforeAll
	void officersOfTheMineProject() {
		officers.register("p.judge", "COURT", Role.CASE_OFFICER, "王法官", Actor.SYSTEM);
		officers.register("p.judge2", "COURT", Role.LIAISON, "陈法官", Actor.SYSTEM);
		officers.register("p.natres", "NATURAL_RESOURCES", Role.LIAISON, "赵工程师", Actor.SYSTEM);
		officers.register("p.village", "VILLAGE", Role.LIAISON, "吴主任", Actor.SYSTEM);
		officers.register("p.town", "TOWNSHIP", Role.LIAISON, "孙乡长", Actor.SYSTEM);
		officers.register("p.police", "POLICE", Role.CASE_OFFICER, "黄警官", Actor.SYSTEM);
		MEDIA.put("m-basis", new MediaContent("工程进度结算单.jpg", "image/jpeg", jpeg("结算单")));
		MEDIA.put("m-huge", new MediaContent("扫描件.pdf", "application/pdf", new byte[2048]));
		MEDIA.put("m-invoice", new MediaContent("票据.pdf", "application/pdf", "%PDF-1.4 发票".getBytes(StandardCharsets.UTF_8)));
	}

	static byte[] jpeg(String marker) {
		byte[] text = marker.getBytes(StandardCharsets.UTF_8);
		byte[] bytes = new byte[text.length + 4];
		bytes[0] = (byte) 0xFF;
		bytes[1] = (byte) 0xD8;
		System.arraycopy(text, 0, bytes, 2, text.length);
		bytes[bytes.length - 2] = (byte) 0xFF;
		bytes[bytes.length - 1] = (byte) 0xD9;
		return bytes;
	}

	List<Reply> send(String userid, Kind kind, String mediaId, String fileName) {
		return chat.send(ChatFixture.media(Channel.APP, userid, null, kind, mediaId, fileName, null));
	}

	List<String> sentTo(String userid) {
		return outbox.findByRecipient(Destination.APP_USER, userid).stream().map(OutboxEntry::body).toList();
	}

	int count(String table) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class);
	}

	static String numberOf(String prompt, String agency) {
		Matcher matcher = Pattern.compile("(\\d+)\\. " + agency).matcher(prompt);
		assertThat(matcher.find()).as("%s offered in %s", agency, prompt).isTrue();
		return matcher.group(1);
	}

	@Test
	@Order(1)
	void theCourtDesignatesTheProjectAndBadInputIsAskedAgain() {
		assertThat(text(say("p.village", "新建项目"))).startsWith("「新建项目」仅限法院的承办人、联络员和系统管理员使用");
		assertThat(text(say("p.judge", "新建项目"))).contains("请输入项目名称");
		assertThat(text(say("p.judge", "万全矿山吴地生态修复"))).contains("请选择生态修复管理人");
		String supervisors = text(say("p.judge", "将乐县万全乡竹舟村民委员会"));
		assertThat(supervisors).contains("请选择监督单位");
		assertThat(text(say("p.judge", "99"))).contains("没有第 99 项");
		say("p.judge", numberOf(supervisors, "将乐县自然资源局") + " " + numberOf(supervisors, "将乐县万全乡人民政府"));
		assertThat(text(say("p.judge", "很多钱"))).contains("请填写数字");
		assertThat(text(say("p.judge", "0元"))).startsWith("修复资金须大于零。");
		assertThat(text(say("p.judge", "100万"))).contains("请输入项目节点");
		assertThat(text(say("p.judge", "完成场地平整 2026-01-31"))).contains("早于今天");
		assertThat(text(say("p.judge", "完成场地平整"))).contains("缺少日期");
		assertThat(text(say("p.judge", "完成场地平整 2027-03-31\n完成补植复绿 2027年9月30日"))).contains("请选择进展报告周期");
		assertThat(text(say("p.judge", "每季度"))).contains("计划验收日期");
		assertThat(text(say("p.judge", "2027-06-30"))).contains("不能早于项目节点「完成补植复绿」");
		assertThat(text(say("p.judge", "2027-12-31"))).contains("案号");
		String confirm = text(say("p.judge", "跳过"));
		assertThat(confirm).contains("生态修复管理人：将乐县万全乡竹舟村民委员会")
			.contains("监督单位：将乐县自然资源局、将乐县万全乡人民政府")
			.contains("修复资金：1,000,000.00 元")
			.contains("完成补植复绿（2027年9月30日前）")
			.contains("进展报告：每季度");
		String done = text(say("p.judge", "确认"));
		Project project = projects.list().get(0);
		number = project.number();
		assertThat(done).contains("✅ 已新建修复项目 " + number + "「万全矿山吴地生态修复」");
		assertThat(project.manager().name()).isEqualTo("将乐县万全乡竹舟村民委员会");
		assertThat(project.fund()).isEqualByComparingTo("1000000");
		// designated 2026-11-20, quarterly until 2027-12-31: Feb, May, Aug, Nov 2027 — and the acceptance
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM reminder WHERE reference = ? AND kind = 'PROGRESS_REPORT'",
				Integer.class, number)).isEqualTo(4);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM reminder WHERE reference = ? AND kind = 'ACCEPTANCE'",
				Integer.class, number)).isEqualTo(1);
	}

	@Test
	@Order(2)
	void theStatusIsForTheCourtTheManagerAndTheSupervisorsOnly() {
		for (String userid : List.of("p.judge", "p.village", "p.natres", "p.town")) {
			assertThat(text(say(userid, "项目 " + number))).as(userid)
				.contains("【修复项目 " + number + "】万全矿山吴地生态修复（实施中）")
				.contains("修复资金 1,000,000.00 元：已批准支付 0.00 元，审批中 0.00 元，可申请余额 1,000,000.00 元。");
		}
		assertThat(text(say("p.police", "项目 " + number)))
			.isEqualTo("未找到编号或名称为「" + number + "」的修复项目，请核对后重新输入。\n");
		assertThat(text(say("p.police", "项目"))).isEqualTo("目前没有与您单位有关的修复项目。\n");
		assertThat(text(say("p.town", "项目 吴地"))).contains(number);
	}

	@Test
	@Order(3)
	void aRequestIsRefusedOnBadInputThenSubmittedWithItsAttachments() {
		int entries = count("audit_entry");
		assertThat(text(say("p.natres", "支付申请 " + number)))
			.isEqualTo("只有本项目的生态修复管理人（将乐县万全乡竹舟村民委员会）的工作人员可以提交支付申请。\n");
		assertThat(text(say("p.police", "支付申请 " + number)))
			.isEqualTo("未找到编号或名称为「" + number + "」的修复项目，请核对后重新输入。\n");
		assertThat(text(say("p.village", "支付申请 " + number))).contains("可申请余额 1,000,000.00 元").contains("请输入申请金额");
		assertThat(text(say("p.village", "0"))).startsWith("申请金额须大于零。");
		assertThat(text(say("p.village", "-5000"))).startsWith("申请金额须大于零。");
		assertThat(text(say("p.village", "120万"))).contains("申请金额超过修复资金余额（扣除已批准和待审批的申请后尚余1000000.00元）");
		assertThat(text(send("p.village", Kind.IMAGE, "m-basis", null))).contains("目前只支持文字消息")
			.contains("您正在进行「支付申请」");
		assertThat(text(say("p.village", "30万"))).contains("资金用途");
		assertThat(text(say("p.village", "场地平整工程进度款"))).contains("请发送支付依据、费用发票等材料");
		assertThat(text(say("p.village", "完成"))).contains("支付申请须附支付依据或费用发票等材料（至少一份）");
		assertThat(text(send("p.village", Kind.IMAGE, "m-gone", null))).contains("您发送的图片或文件已过期");
		assertThat(text(send("p.village", Kind.FILE, "m-huge", "扫描件.pdf")))
			.contains("材料“扫描件.pdf”超过大小上限（1 KB），请压缩或分开发送。");
		String one = text(send("p.village", Kind.IMAGE, "m-basis", null));
		assertThat(one).contains("已收到 1 份材料").contains("1. 支付依据 工程进度结算单.jpg");
		String two = text(send("p.village", Kind.FILE, "m-invoice", "票据.pdf"));
		assertThat(two).contains("2. 其他 票据.pdf");
		assertThat(text(say("p.village", "2"))).contains("2. 发票 票据.pdf");
		assertThat(count("disbursement_request")).isZero();
		assertThat(count("audit_entry")).isEqualTo(entries);
		String summary = text(say("p.village", "完成"));
		assertThat(summary).contains("申请金额：300,000.00 元").contains("1. 支付依据 工程进度结算单.jpg")
			.contains("2. 发票 票据.pdf");
		int fetches = FETCHES.get();
		String submitted = text(say("p.village", "确认"));
		assertThat(FETCHES.get()).as("both attachments fetched again for the request").isEqualTo(fetches + 2);
		assertThat(submitted).contains("✅ 已提交支付申请 ZF").contains("附件 2 份")
			.contains("已批准支付 0.00 元，审批中 300,000.00 元，可申请余额 700,000.00 元。");
		DisbursementRequest request = disbursements.ofProject(projects.list().get(0).id()).get(0);
		assertThat(request.attachments()).extracting(attachment -> attachment.kind().label())
			.containsExactly("支付依据", "发票");
		assertThat(disbursements.attachment(request.attachments().get(1).id()).bytes())
			.isEqualTo(MEDIA.get("m-invoice").bytes());
		assertThat(sentTo("p.natres")).anySatisfy(body -> assertThat(body).contains("支付申请审核 ZF" + request.id()));
		assertThat(sentTo("p.judge")).noneSatisfy(body -> assertThat(body).contains("支付申请审批"));
		assertThat(states.find("APP", "p.village")).isEmpty();
	}

	@Test
	@Order(4)
	void theBureauGivesItsOpinionThenTheCourtApprovesAndTheWrongAgencyIsRefused() {
		DisbursementRequest request = disbursements.ofProject(projects.list().get(0).id()).get(0);
		String review = DisbursementCards.taskId(DisbursementCards.REVIEW, request.id());
		String court = DisbursementCards.taskId(DisbursementCards.COURT, request.id());
		assertThat(text(chat.click("p.judge", DisbursementCards.AGREE, review)))
			.startsWith("「审核意见」仅限自然资源局的承办人、联络员和系统管理员使用");
		assertThat(text(chat.click("p.judge", DisbursementCards.APPROVE, court)))
			.isEqualTo("自然资源局尚未出具审核意见，暂不能审批该支付申请。\n");
		assertThat(text(chat.click("p.natres", DisbursementCards.AGREE, review))).contains("请输入审核意见");
		assertThat(text(say("p.natres", "费用必要、合理，材料齐全"))).contains("已报法院审批");
		assertThat(text(chat.click("p.natres", DisbursementCards.DISAGREE, review))).contains("已由赵工程师（将乐县自然资源局）")
			.contains("不能重复出具");
		assertThat(sentTo("p.judge2")).anySatisfy(body -> assertThat(body).contains("支付申请审批 ZF" + request.id()));
		int entries = count("audit_entry");
		assertThat(text(chat.click("p.natres", DisbursementCards.APPROVE, court)))
			.startsWith("「支付审批」仅限法院的承办人、联络员和系统管理员使用，您的身份是将乐县自然资源局·联络员。");
		assertThat(text(chat.click("p.village", DisbursementCards.APPROVE, court)))
			.startsWith("「支付审批」仅限法院的承办人、联络员和系统管理员使用");
		assertThat(text(say("p.natres", "支付审批"))).startsWith("「支付审批」仅限法院");
		assertThat(count("audit_entry")).isEqualTo(entries);
		assertThat(disbursements.get(request.id()).status()).isEqualTo(DisbursementStatus.AWAITING_DECISION);

		assertThat(text(chat.click("p.judge2", DisbursementCards.APPROVE, court))).contains("✅ 已批准支付申请 ZF" + request.id())
			.contains("已批准支付 300,000.00 元，审批中 0.00 元，可申请余额 700,000.00 元。");
		assertThat(text(chat.click("p.judge", DisbursementCards.REFUSE, court)))
			.startsWith("支付申请 ZF" + request.id() + " 已由陈法官（将乐县人民法院）于").endsWith("批准，不能重复审批。\n");
		assertThat(sentTo("p.village")).anySatisfy(body -> assertThat(body).contains("已由陈法官（将乐县人民法院）批准"));
	}

	@Test
	@Order(5)
	void aRefusedRequestFreesItsAmount() {
		say("p.village", "支付申请 吴地");
		say("p.village", "50万");
		say("p.village", "补植苗木款");
		send("p.village", Kind.FILE, "m-invoice", "苗木发票.pdf");
		say("p.village", "完成");
		assertThat(text(say("p.village", "确认"))).contains("审批中 500,000.00 元，可申请余额 200,000.00 元。");
		DisbursementRequest request = disbursements.ofProject(projects.list().get(0).id()).get(1);
		assertThat(request.attachments().get(0).kind().label()).isEqualTo("发票");
		chat.click("p.natres", DisbursementCards.DISAGREE, DisbursementCards.taskId(DisbursementCards.REVIEW, request.id()));
		say("p.natres", "苗木单价偏高");
		String court = DisbursementCards.taskId(DisbursementCards.COURT, request.id());
		assertThat(text(chat.click("p.judge", DisbursementCards.REFUSE, court))).contains("请输入不予批准的理由");
		assertThat(text(say("p.judge", "苗木单价高于市场价，请重新询价"))).contains("已不予批准支付申请 ZF" + request.id())
			.contains("已批准支付 300,000.00 元，审批中 0.00 元，可申请余额 700,000.00 元。");
		assertThat(sentTo("p.village")).anySatisfy(body -> assertThat(body).contains("未获批准").contains("苗木单价高于市场价"));
		FundStatement statement = disbursements.statement(request.projectId());
		assertThat(statement.approved()).isEqualByComparingTo("300000");
		assertThat(statement.remaining()).isEqualByComparingTo("700000");
	}

	@Test
	@Order(6)
	void theManagerReportsAMilestoneAndTheCourtAcceptsTheProject() {
		assertThat(text(say("p.natres", "里程碑 " + number)))
			.isEqualTo("只有本项目的生态修复管理人（将乐县万全乡竹舟村民委员会）的工作人员可以登记项目节点。\n");
		assertThat(text(say("p.village", "里程碑 " + number))).contains("1. 完成场地平整（2027年3月31日前）");
		say("p.village", "1");
		say("p.village", "场地平整完成，面积约12亩");
		assertThat(text(say("p.village", "确认"))).contains("✅ 已登记项目节点「完成场地平整」完成");
		assertThat(text(say("p.village", "项目 " + number))).contains("· 完成场地平整（2027年3月31日前）：已完成 2026年11月20日")
			.contains("· 完成补植复绿（2027年9月30日前）：未完成");

		assertThat(text(say("p.village", "项目验收"))).startsWith("「项目验收」仅限法院的承办人、联络员和系统管理员使用");
		assertThat(text(say("p.judge", "项目验收 " + number))).contains("请输入协作小组的验收意见");
		say("p.judge", "经现场勘察，植被恢复良好，验收合格");
		assertThat(text(say("p.judge", "确认"))).contains("✅ 修复项目 " + number + "「万全矿山吴地生态修复」已验收");
		assertThat(text(say("p.judge", "项目验收 " + number))).isEqualTo("项目" + number + "已验收，不能重复验收。\n");
		assertThat(text(say("p.town", "项目 " + number))).contains("（已验收）").contains("验收结论：经现场勘察，植被恢复良好，验收合格");
		assertThat(ledger.verify().intact()).isTrue();
	}

}
