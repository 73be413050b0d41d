package cn.jiangle.ecojustice.bot.projects;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import cn.jiangle.ecojustice.bot.conversation.AskStep;
import cn.jiangle.ecojustice.bot.conversation.ChoiceStep;
import cn.jiangle.ecojustice.bot.conversation.ChoiceStep.Option;
import cn.jiangle.ecojustice.bot.conversation.Commands;
import cn.jiangle.ecojustice.bot.conversation.ConfirmStep;
import cn.jiangle.ecojustice.bot.conversation.Flow;
import cn.jiangle.ecojustice.bot.conversation.FlowData;
import cn.jiangle.ecojustice.bot.conversation.InputRejected;
import cn.jiangle.ecojustice.bot.messages.Reply;
import cn.jiangle.ecojustice.bot.officers.Action;
import cn.jiangle.ecojustice.bot.officers.Attempt;
import cn.jiangle.ecojustice.bot.officers.Permission;
import cn.jiangle.ecojustice.db.Actor;
import cn.jiangle.ecojustice.db.RequiredText;
import cn.jiangle.ecojustice.db.agencies.Agencies;
import cn.jiangle.ecojustice.db.agencies.Agency;
import cn.jiangle.ecojustice.db.cases.CaseNumber;
import cn.jiangle.ecojustice.db.cases.Cases;
import cn.jiangle.ecojustice.db.obligations.Yuan;
import cn.jiangle.ecojustice.db.officers.Officer;
import cn.jiangle.ecojustice.db.projects.NewMilestone;
import cn.jiangle.ecojustice.db.projects.NewProject;
import cn.jiangle.ecojustice.db.projects.Project;
import cn.jiangle.ecojustice.db.projects.ProjectAmountNotPositive;
import cn.jiangle.ecojustice.db.projects.ProjectDatesInvalid;
import cn.jiangle.ecojustice.db.projects.Projects;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * 新建项目 (将法〔2024〕4号 四（一）1: the court designates the restoration manager): name → manager agency (any
 * agency, e.g. 竹舟村委会) → supervising agencies → fund → milestones → progress-report interval → acceptance date →
 * optional 案号 → confirm. {@link Projects#designate} decides; its event schedules the reminders
 * ({@link ProjectReminders}).
 */
@Configuration(proxyBeanMethods = false)
class ProjectDesignationFlow {

	static final String NAME = "新建项目";

	/** The intervals offered, as officers say them. */
	static final Map<String, Period> INTERVALS = Map.of("每月", Period.ofMonths(1), "每两个月", Period.ofMonths(2),
			"每季度", Period.ofMonths(3), "每半年", Period.ofMonths(6), "每年", Period.ofYears(1));

	private static final Pattern DATE = Pattern
		.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");

	@Bean
	Flow<Officer> projectDesignation(Projects projects, Agencies agencies, Cases cases, ProjectCalls calls,
			ObjectProvider<Clock> clockProvider) {
		Clock clock = clockProvider.getIfAvailable(Clock::systemUTC);
		return Flow.<Officer>named(NAME)
			.summary("指定生态修复管理人，登记修复资金、项目节点、进展报告周期和验收日期")
			.keywords("新建修复项目", "指定管理人")
			.menuKey("flow_designate_project")
			.access(Permission.to(Action.DESIGNATE_PROJECT))
			.step(AskStep.<Officer>ask("name", "name", "请输入项目名称，如「万全矿山吴地生态修复」。")
				.help("项目名称最多100个字，用于查询和报告。")
				.parse(input -> RequiredText.of(Commands.normalise(input), "name", "项目名称", 100)))
			.step(ChoiceStep.<Officer>chooseFrom("manager", "managerId", "请选择生态修复管理人（由法院指定，如村民委员会）：",
					context -> options(agencies))
				.help("生态修复管理人负责施工督导、专项资金申请和节点报告；回复单位前的数字。"))
			.step(AskStep.<Officer>ask("supervisors", "supervisorIds",
					context -> "请选择监督单位（可多选，回复数字，用空格或逗号分隔，如「2 5 6」）：" + numbered(agencies))
				.help("监督单位的工作人员可随时查看项目进展和资金使用情况。")
				.skippable()
				.parse(input -> supervisors(agencies, input)))
			.step(AskStep.<Officer>ask("fund", "fund", "请输入修复资金总额（元），如 1200000 或 120万。")
				.help("修复资金为支付申请的上限：已批准与审批中的金额合计不能超过它。")
				.parse(input -> positive(input, "修复资金", "修复资金").toPlainString()))
			.step(AskStep.<Officer>ask("milestones", "milestones",
					"请输入项目节点，每行一个「名称 日期」，如：\n完成场地平整 2027-03-31\n完成补植复绿 2027-09-30")
				.help("每行写节点名称和计划完成日期，日期写作 2027-03-31 或 2027年3月31日，不能早于今天。")
				.skippable()
				.parse(input -> milestones(input, today(clock))))
			.step(ChoiceStep.<Officer>choose("interval", "interval", "请选择进展报告周期（到期前提醒管理人报送进展）：",
					List.of("每月", "每两个月", "每季度", "每半年", "每年")))
			.step(AskStep.<Officer>ask("acceptance", "acceptance", "请输入计划验收日期，如 2027-12-31。")
				.help("验收日期不能早于今天，也不能早于最后一个项目节点；到期前30天、7天、1天提醒。")
				.parse((context, input) -> acceptance(input, today(clock), context.data())))
			.step(AskStep.<Officer>ask("case", "caseNumber", "如项目与某一案件关联，请输入案号，如（2026）闽0428刑初12号。")
				.help("关联案件后，进展报告中会注明案号。")
				.skippable()
				.parse(input -> cases.find(CaseNumber.parse(input))
					.map(found -> found.number().toString())
					.orElseThrow(() -> new InputRejected("未找到案号为" + Commands.quote(input) + "的案件，请核对后重新输入。"))))
			.step(ConfirmStep.<Officer>confirm("请核对修复项目：", context -> summary(agencies, context.data())))
			.completes((speaker, officer, data) -> {
				Long caseId = data.text("caseNumber")
					.map(number -> cases.get(CaseNumber.parse(number)).id())
					.orElse(null);
				NewProject project = new NewProject(data.require("name"), caseId,
						Long.parseLong(data.require("managerId")), ids(data.text("supervisorIds").orElse("")),
						new BigDecimal(data.require("fund")), newMilestones(data.text("milestones").orElse("")),
						INTERVALS.get(data.require("interval")), LocalDate.parse(data.require("acceptance")));
				Attempt<Project> designated = calls
					.attempt(() -> projects.designate(project, Actor.officer(officer.userid())));
				if (designated.refusedWith(ProjectAmountNotPositive.class)) {
					throw InputRejected.at("fund", designated.refusal());
				}
				if (designated.refusedWith(ProjectDatesInvalid.class)) {
					throw InputRejected.at("acceptance", designated.refusal());
				}
				return List.of(new Reply.Text(designated.describe(ProjectDesignationFlow::designated)));
			});
	}

	/**
	 * An amount in yuan above zero: zero or below is refused as the projects refuse it (「申请金额须大于零。」), not
	 * with the case forms' hint to leave an amount out.
	 */
	static BigDecimal positive(String input, String what, String label) {
		String plain = Commands.normalise(input).replaceAll("[\\s,￥¥元]", "");
		if (plain.matches("[+-]?0*(\\.0*)?|-.*")) {
			throw new InputRejected(what + "须大于零。");
		}
		return Yuan.parse(input, label);
	}

	private static LocalDate today(Clock clock) {
		return clock.instant().atZone(ProjectTexts.ZONE).toLocalDate();
	}

	private static List<Option> options(Agencies agencies) {
		return agencies.all().stream().map(agency -> new Option(agency.name(), Long.toString(agency.id()))).toList();
	}

	private static String numbered(Agencies agencies) {
		List<Agency> all = agencies.all();
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < all.size(); i++) {
			text.append('\n').append(i + 1).append(". ").append(all.get(i).name());
		}
		return text.toString();
	}

	/** 「2 5 6」 → the agencies' ids, comma-separated. */
	static String supervisors(Agencies agencies, String input) {
		List<Agency> all = agencies.all();
		Set<Long> chosen = new LinkedHashSet<>();
		for (String part : Commands.normalise(input).split("[\\s,，、;；]+")) {
			if (!part.matches("\\d{1,3}")) {
				throw new InputRejected("「" + Commands.quote(part) + "」不是单位前的数字，请回复数字，如「2 5 6」。");
			}
			int index = Integer.parseInt(part) - 1;
			if (index < 0 || index >= all.size()) {
				throw new InputRejected("没有第 " + part + " 项，请回复 1 到 " + all.size() + " 之间的数字。");
			}
			chosen.add(all.get(index).id());
		}
		return chosen.stream().map(String::valueOf).collect(Collectors.joining(","));
	}

	private static List<Long> ids(String text) {
		return text.isBlank() ? List.of() : java.util.Arrays.stream(text.split(",")).map(Long::valueOf).toList();
	}

	static LocalDate date(String text) {
		Matcher matcher = DATE.matcher(Commands.normalise(text));
		if (!matcher.matches()) {
			throw new InputRejected("「" + Commands.quote(text) + "」不是日期，请写作 2027-03-31 或 2027年3月31日。");
		}
		try {
			return LocalDate.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
					Integer.parseInt(matcher.group(3)));
		}
		catch (DateTimeException ex) {
			throw new InputRejected("「" + Commands.quote(text) + "」不是有效的日期，请核对。");
		}
	}

	/** Lines of 「名称 日期」, stored as 「日期 名称」 per line (ISO date first, the name may contain spaces). */
	static String milestones(String input, LocalDate today) {
		List<String> lines = new ArrayList<>();
		for (String raw : input.split("[\\n；;]+")) {
			String line = Commands.normalise(raw);
			if (line.isEmpty()) {
				continue;
			}
			Matcher matcher = Pattern.compile("(.+?)\\s*[：:]?\\s*(\\d{4}\\s*[-/.年].*)$").matcher(line);
			if (!matcher.matches()) {
				throw new InputRejected("「" + Commands.quote(line) + "」缺少日期，请每行写「名称 日期」，如「完成场地平整 2027-03-31」。");
			}
			String name = matcher.group(1).strip();
			LocalDate due = date(matcher.group(2));
			if (name.length() > 100) {
				throw new InputRejected("节点名称最多100个字。");
			}
			if (due.isBefore(today)) {
				throw new InputRejected("节点「" + Commands.quote(name) + "」的日期" + ProjectTexts.day(due) + "早于今天，请核对。");
			}
			lines.add(due + " " + name);
		}
		if (lines.isEmpty()) {
			throw new InputRejected("没有收到项目节点，请每行写「名称 日期」；没有节点请回复「跳过」。");
		}
		return String.join("\n", lines);
	}

	private static List<NewMilestone> newMilestones(String stored) {
		if (stored.isBlank()) {
			return List.of();
		}
		return stored.lines()
			.map(line -> new NewMilestone(line.substring(11), LocalDate.parse(line.substring(0, 10))))
			.toList();
	}

	private static String acceptance(String input, LocalDate today, FlowData data) {
		LocalDate date = date(input);
		if (date.isBefore(today)) {
			throw new InputRejected("验收日期" + ProjectTexts.day(date) + "早于今天，请核对。");
		}
		for (NewMilestone milestone : newMilestones(data.text("milestones").orElse(""))) {
			if (date.isBefore(milestone.dueDate())) {
				throw new InputRejected("验收日期不能早于项目节点「" + milestone.name() + "」（" + ProjectTexts.day(milestone.dueDate())
						+ "），请核对。");
			}
		}
		return date.toString();
	}

	private static String summary(Agencies agencies, FlowData data) {
		StringBuilder text = new StringBuilder("项目名称：").append(data.require("name"));
		text.append("\n生态修复管理人：").append(agencyName(agencies, Long.parseLong(data.require("managerId"))));
		List<Long> supervisors = ids(data.text("supervisorIds").orElse(""));
		text.append("\n监督单位：").append(supervisors.isEmpty() ? "无"
				: supervisors.stream().map(id -> agencyName(agencies, id)).collect(Collectors.joining("、")));
		text.append("\n修复资金：").append(ProjectTexts.yuan(new BigDecimal(data.require("fund"))));
		List<NewMilestone> milestones = newMilestones(data.text("milestones").orElse(""));
		text.append("\n项目节点：").append(milestones.isEmpty() ? "无" : "");
		for (NewMilestone milestone : milestones) {
			text.append("\n· ").append(milestone.name()).append("（").append(ProjectTexts.day(milestone.dueDate()))
				.append("前）");
		}
		text.append("\n进展报告：").append(data.require("interval"));
		text.append("\n计划验收：").append(ProjectTexts.day(LocalDate.parse(data.require("acceptance"))));
		text.append("\n关联案件：").append(data.text("caseNumber").orElse("无"));
		return text.toString();
	}

	private static String agencyName(Agencies agencies, long id) {
		return agencies.find(id).map(Agency::name).orElse("（单位已删除）");
	}

	private static String designated(Project project) {
		return "✅ 已新建修复项目 " + project.number() + "「" + project.name() + "」，生态修复管理人："
				+ project.manager().name() + "，修复资金 " + ProjectTexts.yuan(project.fund()) + "。\n已按"
				+ ProjectTexts.interval(project.progressInterval()) + "设置进展报告提醒，并设置" + ProjectTexts.day(project.acceptanceDate())
				+ "的验收提醒。发送「项目 " + project.number() + "」可随时查看进展和资金使用情况。";
	}

}
