package cn.jiangle.ecojustice.bot.disclosure;

import cn.jiangle.ecojustice.bot.cases.VisibleCases;

import org.springframework.stereotype.Component;

/** 进展报告 案号. */
@Component
class ProgressReportCommand extends ReportCommand {

	ProgressReportCommand(VisibleCases cases, CaseReports reports, ProjectReports projects,
			Disclosures disclosures) {
		super(ReportKind.PROGRESS, cases, reports, projects, disclosures);
	}

	@Override
	public String summary() {
		return "生成案件或修复项目的生态修复进展报告（摘要及PDF，含留痕记录和账本校验结果）";
	}

}
