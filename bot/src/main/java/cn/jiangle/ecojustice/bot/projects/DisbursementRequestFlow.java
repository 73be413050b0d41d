package cn.jiangle.ecojustice.bot.projects;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.jiangle.ecojustice.bot.conversation.AskStep;
import cn.jiangle.ecojustice.bot.conversation.Commands;
import cn.jiangle.ecojustice.bot.conversation.ConfirmStep;
import cn.jiangle.ecojustice.bot.conversation.Flow;
import cn.jiangle.ecojustice.bot.conversation.FlowData;
import cn.jiangle.ecojustice.bot.conversation.InputRejected;
import cn.jiangle.ecojustice.bot.messages.InboundMedia;
import cn.jiangle.ecojustice.bot.messages.InboundMessage.Channel;
import cn.jiangle.ecojustice.bot.messages.Reply;
import cn.jiangle.ecojustice.bot.officers.Action;
import cn.jiangle.ecojustice.bot.officers.Attempt;
import cn.jiangle.ecojustice.bot.officers.Permission;
import cn.jiangle.ecojustice.db.Actor;
import cn.jiangle.ecojustice.db.RequiredText;
import cn.jiangle.ecojustice.db.officers.Officer;
import cn.jiangle.ecojustice.db.officers.Officers;
import cn.jiangle.ecojustice.db.projects.AmountAboveRemainingFund;
import cn.jiangle.ecojustice.db.projects.Attachment;
import cn.jiangle.ecojustice.db.projects.AttachmentEmpty;
import cn.jiangle.ecojustice.db.projects.AttachmentKind;
import cn.jiangle.ecojustice.db.projects.AttachmentTooLarge;
import cn.jiangle.ecojustice.db.projects.AttachmentsMissing;
import cn.jiangle.ecojustice.db.projects.DisbursementRequest;
import cn.jiangle.ecojustice.db.projects.Disbursements;
import cn.jiangle.ecojustice.db.projects.FundStatement;
import cn.jiangle.ecojustice.db.projects.NotTheProjectManager;
import cn.jiangle.ecojustice.db.projects.Project;
import cn.jiangle.ecojustice.db.projects.ProjectAmountNotPositive;
import cn.jiangle.ecojustice.db.projects.ProjectsProperties;
import cn.jiangle.ecojustice.db.projects.TooManyAttachments;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * 支付申请 (将法〔2024〕4号 四（一）2、（三）1（4）): the manager's liaison names the project (or sends 「支付申请
 * 项目编号」), the amount (at most what the fund still has), the purpose, then the 支付依据 and 发票 as pictures or
 * files in chat, 「完成」, confirm. {@link Disbursements#request} decides; the natural resources bureau then gets its
 * card ({@link DisbursementCards}).
 */
@Configuration(proxyBeanMethods = false)
class DisbursementRequestFlow {

	static final String NAME = "支付申请";

	@Bean
	Flow<Officer> disbursementRequest(ProjectLookup lookup, Disbursements disbursements, Officers officers,
			InboundMedia media, ProjectsProperties limits, ProjectCalls calls) {
		PreparedDownloads downloads = new PreparedDownloads(media);
		return Flow.<Officer>named(NAME)
			.summary("生态修复管理人申请拨付修复资金（附支付依据、费用发票），经自然资源局审核、法院审批")
			.keywords("申请支付", "资金申请")
			.menuKey("flow_disbursement_request")
			.access(Permission.to(Action.REQUEST_DISBURSEMENT))
			.step(AskStep.<Officer>ask("project", "projectId", "请输入项目编号或名称，如 XM-2026-001。")
				.help("发送「项目」可查看您单位参与的修复项目。")
				.parse((context, input) -> Long.toString(managed(lookup, context.principal(), input).id()))
				.when(context -> !context.data().has("projectId")))
			.step(AskStep.<Officer>ask("amount", "amount",
					context -> describe(disbursements, context.data()) + "\n请输入申请金额（元），如 150000 或 15万。")
				.help("申请金额不能超过可申请余额（修复资金扣除已批准和审批中的金额）。")
				.parse((context, input) -> {
					BigDecimal amount = ProjectDesignationFlow.positive(input, "申请金额", "申请");
					BigDecimal remaining = disbursements.statement(projectId(context.data())).remaining();
					if (amount.compareTo(remaining) > 0) {
						throw new InputRejected(new AmountAboveRemainingFund(remaining).getMessage());
					}
					return amount.toPlainString();
				}))
			.step(AskStep.<Officer>ask("purpose", "purpose", "请输入资金用途，如「场地平整工程进度款」。")
				.help("写明款项用于哪项工作，最多200个字。")
				.parse(input -> RequiredText.of(input.strip(), "purpose", "资金用途", 200)))
			.step(new AttachmentStep(media, limits))
			.step(ConfirmStep.<Officer>confirm("请核对支付申请：", context -> summary(disbursements, context.data())))
			.completes((speaker, officer, data) -> {
				List<Attachment> attachments = attachments(downloads, officer, data);
				long projectId = projectId(data);
				Attempt<DisbursementRequest> requested = calls.attempt(() -> disbursements.request(projectId,
						new BigDecimal(data.require("amount")), data.require("purpose"), attachments,
						Actor.officer(officer.userid())));
				if (requested.refusedWith(AmountAboveRemainingFund.class)
						|| requested.refusedWith(ProjectAmountNotPositive.class)) {
					throw InputRejected.at("amount", requested.refusal());
				}
				if (requested.refusedWith(AttachmentsMissing.class) || requested.refusedWith(AttachmentTooLarge.class)
						|| requested.refusedWith(AttachmentEmpty.class)
						|| requested.refusedWith(TooManyAttachments.class)) {
					throw InputRejected.at(AttachmentStep.NAME, requested.refusal());
				}
				return List.of(new Reply.Text(requested.describe(request -> submitted(request,
						disbursements.statement(projectId)))));
			});
	}

	/** The project, if the officer is of its manager agency; a project they cannot see does not exist for them. */
	static Project managed(ProjectLookup lookup, Officer officer, String input) {
		Project project = lookup.resolve(officer, input);
		if (officer.agency() == null || officer.agency().id() != project.manager().id()) {
			throw new InputRejected(new NotTheProjectManager(project.manager().name(), "提交支付申请").getMessage());
		}
		return project;
	}

	private static long projectId(FlowData data) {
		return Long.parseLong(data.require("projectId"));
	}

	private static String describe(Disbursements disbursements, FlowData data) {
		FundStatement statement = disbursements.statement(projectId(data));
		return "项目：" + statement.project().number() + " " + statement.project().name() + "\n"
				+ ProjectTexts.fund(statement);
	}

	private static String summary(Disbursements disbursements, FlowData data) {
		StringBuilder text = new StringBuilder(describe(disbursements, data));
		text.append("\n申请金额：").append(ProjectTexts.yuan(new BigDecimal(data.require("amount"))));
		text.append("\n资金用途：").append(data.require("purpose"));
		text.append("\n附件：");
		List<Map<String, String>> attachments = data.records(AttachmentStep.KEY);
		for (int i = 0; i < attachments.size(); i++) {
			text.append('\n').append(i + 1).append(". ")
				.append(AttachmentKind.valueOf(attachments.get(i).get("kind")).label()).append(' ')
				.append(Commands.quote(attachments.get(i).get("fileName")));
		}
		return text.toString();
	}

	/** The attachments' bytes, fetched again (outside any transaction) and checked against what was received. */
	private static List<Attachment> attachments(PreparedDownloads downloads, Officer officer, FlowData data) {
		List<Map<String, String>> received = data.records(AttachmentStep.KEY);
		if (received.isEmpty()) {
			throw InputRejected.at(AttachmentStep.NAME, new AttachmentsMissing().getMessage());
		}
		List<PreparedDownloads.Wanted> wanted = received.stream()
			.map(one -> new PreparedDownloads.Wanted(Channel.valueOf(one.get("channel")), one.get("mediaId")))
			.toList();
		List<PreparedDownloads.Download> fetched = downloads.fetch(officer.userid(), wanted);
		List<Attachment> attachments = new ArrayList<>();
		for (int i = 0; i < received.size(); i++) {
			Map<String, String> one = received.get(i);
			PreparedDownloads.Download download = fetched.get(i);
			String which = "第 " + (i + 1) + " 份材料“" + Commands.quote(one.get("fileName")) + "”";
			if (download.failure() != null) {
				throw InputRejected.at(AttachmentStep.NAME,
						which + "无法读取：" + download.failure() + "请回复「清空」后重新发送全部材料。");
			}
			if (!AttachmentStep.sha256(download.content().bytes()).equals(one.get("sha256"))) {
				throw InputRejected.at(AttachmentStep.NAME, which + "与收到时不一致，请回复「清空」后重新发送全部材料。");
			}
			attachments.add(new Attachment(AttachmentKind.valueOf(one.get("kind")), one.get("fileName"),
					one.get("contentType"), download.content().bytes()));
		}
		return attachments;
	}

	private static String submitted(DisbursementRequest request, FundStatement statement) {
		return "✅ 已提交支付申请 " + ProjectTexts.number(request.id()) + "（" + request.projectNumber() + "，"
				+ ProjectTexts.yuan(request.amount()) + "，附件 " + request.attachments().size()
				+ " 份），已送自然资源局审核，审核后报法院审批，结果将通知您。\n" + ProjectTexts.fund(statement);
	}

}
