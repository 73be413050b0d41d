package cn.jiangle.ecojustice.bot.cases;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import cn.jiangle.ecojustice.bot.conversation.AskStep;
import cn.jiangle.ecojustice.bot.conversation.ChoiceStep;
import cn.jiangle.ecojustice.bot.conversation.ChoiceStep.Option;
import cn.jiangle.ecojustice.bot.conversation.ConfirmStep;
import cn.jiangle.ecojustice.bot.conversation.Flow;
import cn.jiangle.ecojustice.bot.conversation.FlowData;
import cn.jiangle.ecojustice.bot.conversation.InputRejected;
import cn.jiangle.ecojustice.bot.messages.Reply;
import cn.jiangle.ecojustice.bot.officers.Action;
import cn.jiangle.ecojustice.bot.officers.Attempt;
import cn.jiangle.ecojustice.bot.officers.Permission;
import cn.jiangle.ecojustice.bot.officers.Savepoints;
import cn.jiangle.ecojustice.db.Actor;
import cn.jiangle.ecojustice.db.cases.Case;
import cn.jiangle.ecojustice.db.cases.CaseNumber;
import cn.jiangle.ecojustice.db.obligations.ObligationKind;
import cn.jiangle.ecojustice.db.obligations.RestorationPath;
import cn.jiangle.ecojustice.db.obligations.Yuan;
import cn.jiangle.ecojustice.db.officers.Officer;
import cn.jiangle.ecojustice.db.restoration.RestorationFile;
import cn.jiangle.ecojustice.db.restoration.RestorationFiles;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * 更正修复信息: a handling officer corrects one defendant's amount of one kind, or the path, through the restoration
 * file (which ledgers it and refuses what the file's state forbids: a path after a payment, a total below what was
 * paid, a closed case): 案号 → 被告人 (when several) → 项目 → new value → confirm.
 */
@Configuration(proxyBeanMethods = false)
class RestorationCorrectionFlow {

	static final String NAME = "更正修复信息";

	static final String PATH_ITEM = "PATH";

	@Bean
	Flow<Officer> restorationCorrection(VisibleCases cases, RestorationFiles files, Savepoints savepoints) {
		return Flow.<Officer>named(NAME)
			.summary("更正您承办案件中被告人的修复金额或修复方式（全程留痕）")
			.keywords("更正金额", "更正修复方式", "修改金额", "修改修复方式")
			.menuKey("flow_correct_restoration")
			.access(Permission.to(Action.CORRECT_RESTORATION))
			.step(AskStep.<Officer>ask("caseNumber", "caseId", "请输入要更正的案件的案号。")
				.help(CaseIntakeFlow.CASE_NUMBER_HELP + "只能更正您承办的案件。")
				.parse((context, input) -> {
					CaseNumber number = CaseNumber.parse(input);
					Case found = cases.find(context.principal(), Action.CORRECT_RESTORATION, number)
						.orElseThrow(() -> new InputRejected(VisibleCases.notFound(number)));
					if (files.ofCase(found.id()).isEmpty()) {
						throw new InputRejected(number + "尚未登记被告人，没有可更正的修复信息。");
					}
					return Long.toString(found.id());
				}))
			.step(ChoiceStep.<Officer>chooseFrom("party", "partyId", "请选择被告人：",
					context -> filesOf(files, context.data()).stream()
						.map(file -> new Option(Masks.name(file.partyName()) + "（" + RestorationSteps.describe(file)
								+ "）", Long.toString(file.partyId())))
						.toList())
				.when(context -> filesOf(files, context.data()).size() > 1))
			.step(ChoiceStep.<Officer>chooseFrom("item", "item", "请选择要更正的项目：", context -> items())
				.help("修复方式在被告人缴款后不能再更改；金额更正后的应缴总额须高于已缴金额。"))
			.step(ChoiceStep.<Officer>chooseFrom("path", "path", "请选择更正后的修复方式：",
					context -> CaseIntakeFlow.PATHS)
				.when(context -> PATH_ITEM.equals(context.data().text("item").orElse(""))))
			.step(AskStep.<Officer>ask("amount", "amount",
					context -> "当前" + kind(context.data()).label() + "为 "
							+ CaseReport.yuan(current(files, context.data()).amounts()
								.getOrDefault(kind(context.data()), BigDecimal.ZERO))
							+ " 元，请输入更正后的金额（元），如 12000 或 1.2万。")
				.help("金额精确到分，须大于零。")
				.parse((context, input) -> Yuan.parse(input, kind(context.data()).label()).toPlainString())
				.when(context -> !PATH_ITEM.equals(context.data().text("item").orElse(PATH_ITEM))))
			.step(ConfirmStep.<Officer>confirm("请核对更正内容：", context -> summary(current(files, context.data()),
					context.data())))
			.completes((speaker, officer, data) -> {
				RestorationFile file = current(files, data);
				// asked again: the officer may have been taken off the case since typing its 案号
				if (cases.find(officer, Action.CORRECT_RESTORATION, file.caseId()).isEmpty()) {
					throw InputRejected.at("caseNumber", "未找到该案件，请核对后重新输入。");
				}
				Actor actor = Actor.officer(officer.userid());
				boolean path = PATH_ITEM.equals(data.require("item"));
				Attempt<RestorationFile> corrected = savepoints.attempt(() -> path
						? files.choosePath(file.partyId(), RestorationPath.valueOf(data.require("path")), actor)
						: files.correctAmount(file.partyId(), kind(data), new BigDecimal(data.require("amount")),
								actor));
				if (corrected.isRefused()) {
					throw InputRejected.at(path ? "path" : "amount", corrected.refusal());
				}
				return List.of(new Reply.Text("✅ 已更正（已留痕）：" + summary(file, data) + "\n现在："
						+ Masks.name(corrected.value().partyName()) + "，"
						+ RestorationSteps.describe(corrected.value())));
			});
	}

	private static List<Option> items() {
		List<Option> options = new ArrayList<>();
		options.add(new Option("修复方式", PATH_ITEM));
		for (ObligationKind kind : ObligationKind.values()) {
			options.add(new Option(kind.label() + "金额", kind.name()));
		}
		return options;
	}

	private static ObligationKind kind(FlowData data) {
		return ObligationKind.valueOf(data.require("item"));
	}

	private static List<RestorationFile> filesOf(RestorationFiles files, FlowData data) {
		return data.text("caseId").map(id -> files.ofCase(Long.parseLong(id))).orElse(List.of());
	}

	/** The chosen party's file: the only one, or the one picked. */
	private static RestorationFile current(RestorationFiles files, FlowData data) {
		List<RestorationFile> ofCase = filesOf(files, data);
		long partyId = data.text("partyId").map(Long::parseLong).orElseGet(() -> ofCase.get(0).partyId());
		return ofCase.stream()
			.filter(file -> file.partyId() == partyId)
			.findFirst()
			.orElseThrow(() -> InputRejected.at("caseNumber", "该被告人已不在本案中，请重新选择案件。"));
	}

	private static String summary(RestorationFile file, FlowData data) {
		String who = file.caseNumber() + "，被告人 " + Masks.name(file.partyName()) + "：";
		if (PATH_ITEM.equals(data.require("item"))) {
			return who + "修复方式由「" + CaseIntakeFlow.pathLabel(file.path().name()) + "」更正为「"
					+ CaseIntakeFlow.pathLabel(data.require("path")) + "」";
		}
		ObligationKind kind = kind(data);
		return who + kind.label() + "由 " + CaseReport.yuan(file.amounts().getOrDefault(kind, BigDecimal.ZERO))
				+ " 元更正为 " + CaseReport.yuan(new BigDecimal(data.require("amount"))) + " 元";
	}

}
