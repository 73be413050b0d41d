package cn.jiangle.ecojustice.bot.projects;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.LocalDate;
import java.time.Period;
import java.util.stream.Collectors;

import cn.jiangle.ecojustice.bot.cases.CaseReport;
import cn.jiangle.ecojustice.bot.conversation.Commands;
import cn.jiangle.ecojustice.db.agencies.Agency;
import cn.jiangle.ecojustice.db.officers.Officers;
import cn.jiangle.ecojustice.db.projects.DisbursementRequest;
import cn.jiangle.ecojustice.db.projects.FundStatement;
import cn.jiangle.ecojustice.db.projects.Milestone;
import cn.jiangle.ecojustice.db.projects.Project;
import cn.jiangle.ecojustice.db.projects.StoredAttachment;

/** How projects, their fund and disbursement requests read in chat. */
final class ProjectTexts {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

	static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm").withZone(ZONE);

	private ProjectTexts() {
	}

	/** How officers see a request's id: ZF12. */
	static String number(long requestId) {
		return "ZF" + requestId;
	}

	static String yuan(BigDecimal amount) {
		return CaseReport.yuan(amount) + " 元";
	}

	static String day(LocalDate date) {
		return DAY.format(date);
	}

	static String at(Instant instant) {
		return MINUTE.format(instant);
	}

	static String interval(Period period) {
		if (period.getYears() == 1 && period.getMonths() == 0 && period.getDays() == 0) {
			return "每年";
		}
		if (period.getYears() == 0 && period.getDays() == 0) {
			return switch (period.getMonths()) {
				case 1 -> "每月";
				case 3 -> "每季度";
				case 6 -> "每半年";
				default -> "每 " + period.getMonths() + " 个月";
			};
		}
		return "每 " + period.toTotalMonths() + " 个月 " + period.getDays() + " 天";
	}

	/** 王五（将乐县人民法院）, or the userid when the officer is no longer registered. */
	static String who(Officers officers, String userid) {
		if (userid == null) {
			return "";
		}
		return officers.find(userid)
			.map(officer -> Commands.quote(officer.name())
					+ (officer.agency() == null ? "" : "（" + officer.agency().name() + "）"))
			.orElse(userid);
	}

	/** The running total, as every status shows it. */
	static String fund(FundStatement statement) {
		return "修复资金 " + yuan(statement.fund()) + "：已批准支付 " + yuan(statement.approved()) + "，审批中 "
				+ yuan(statement.pending()) + "，可申请余额 " + yuan(statement.remaining()) + "。";
	}

	/** 「项目 XM-2026-001」: the project, its fund account, milestones and requests. */
	static String status(FundStatement statement, String caseNumber) {
		Project project = statement.project();
		StringBuilder text = new StringBuilder("【修复项目 ").append(project.number()).append("】")
			.append(project.name()).append("（").append(project.state().label()).append("）");
		if (caseNumber != null) {
			text.append("\n关联案件：").append(caseNumber);
		}
		text.append("\n生态修复管理人：").append(project.manager().name());
		if (!project.supervisors().isEmpty()) {
			text.append("\n监督单位：")
				.append(project.supervisors().stream().map(Agency::name).collect(Collectors.joining("、")));
		}
		text.append("\n进展报告：").append(interval(project.progressInterval())).append("；计划验收：")
			.append(day(project.acceptanceDate()));
		text.append("\n").append(fund(statement));
		if (!project.milestones().isEmpty()) {
			text.append("\n项目节点：");
			for (Milestone milestone : project.milestones()) {
				text.append("\n· ").append(milestone.name()).append("（").append(day(milestone.dueDate())).append("前）")
					.append(milestone.reached() ? "：已完成 " + day(milestone.reachedAt().atZone(ZONE).toLocalDate())
							: "：未完成");
			}
		}
		if (statement.lines().isEmpty()) {
			text.append("\n支付申请：暂无。");
		}
		else {
			text.append("\n支付申请：");
			for (FundStatement.Line line : statement.lines()) {
				DisbursementRequest request = line.request();
				text.append("\n· ").append(number(request.id())).append(' ').append(yuan(request.amount()))
					.append(' ').append(Commands.quote(request.purpose())).append("：").append(request.status().label())
					.append("（累计已批准 ").append(yuan(line.approvedSoFar())).append("）");
			}
		}
		if (project.acceptanceResult() != null) {
			text.append("\n验收结论：").append(project.acceptanceResult());
		}
		return text.toString();
	}

	/** A request as cards and confirmations describe it. */
	static String request(DisbursementRequest request, Officers officers) {
		StringBuilder text = new StringBuilder("支付申请 ").append(number(request.id())).append("\n项目：")
			.append(request.projectNumber()).append(' ').append(request.projectName()).append("\n申请金额：")
			.append(yuan(request.amount())).append("\n用途：").append(request.purpose()).append("\n申请人：")
			.append(who(officers, request.requestedBy())).append("\n附件：");
		int i = 1;
		for (StoredAttachment attachment : request.attachments()) {
			text.append("\n").append(i++).append(". ").append(attachment.kind().label()).append(" ")
				.append(attachment.fileName()).append("（").append(size(attachment.size())).append("）");
		}
		if (request.opinion() != null) {
			text.append("\n自然资源局意见：").append(request.opinion().agrees() ? "同意" : "不同意").append("，")
				.append(request.opinion().text()).append("（").append(who(officers, request.opinion().by()))
				.append("）");
		}
		return text.toString();
	}

	static String size(long bytes) {
		if (bytes < 1024) {
			return bytes + " B";
		}
		if (bytes < 1024 * 1024) {
			return (bytes + 1023) / 1024 + " KB";
		}
		return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
	}

}
