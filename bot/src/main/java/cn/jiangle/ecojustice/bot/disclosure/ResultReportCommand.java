package cn.jiangle.ecojustice.bot.disclosure;

import cn.jiangle.ecojustice.bot.cases.VisibleCases;

import org.springframework.stereotype.Component;

/** 成果报告 案号. */
@Component
class ResultReportCommand extends ReportCommand {

	ResultReportCommand(VisibleCases cases, CaseReports reports, ProjectReports projects,
			Disclosures disclosures) {
		super(ReportKind.RESULT, cases, reports, projects, disclosures);
	}

	@Override
	public String summary() {
		return "生成案件或修复项目的生态修复成果报告（摘要及PDF，含留痕记录和账本校验结果）";
	}

}
