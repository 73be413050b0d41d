package cn.jiangle.ecojustice.bot.disclosure;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import cn.jiangle.ecojustice.bot.officers.Permissions;
import cn.jiangle.ecojustice.db.cases.Case;
import cn.jiangle.ecojustice.db.cases.Cases;
import cn.jiangle.ecojustice.db.officers.Officer;
import cn.jiangle.ecojustice.db.officers.Officers;
import cn.jiangle.ecojustice.db.projects.DisbursementRequest;
import cn.jiangle.ecojustice.db.projects.Disbursements;
import cn.jiangle.ecojustice.db.projects.FundStatement;
import cn.jiangle.ecojustice.db.projects.Milestone;
import cn.jiangle.ecojustice.db.projects.Project;
import cn.jiangle.ecojustice.db.projects.ProjectState;
import cn.jiangle.ecojustice.db.projects.Projects;
import cn.jiangle.ecojustice.db.projects.StoredAttachment;

import org.springframework.stereotype.Component;

/**
 * A restoration project's report (将法〔2024〕4号): the project, its fund statement and every disbursement request with
 * the natural resources bureau's opinion and the court's decision, each attachment by name and SHA-256, the
 * milestones, the acceptance once given, and the ledger entries of the project and its requests.
 */
@Component
class ProjectReports {

	/** A project number as {@link Projects} issues them, e.g. XM-2026-001. */
	static final Pattern NUMBER = Pattern.compile("(?i)XM-\\d{4}-\\d{3,}");

	private final Projects projects;

	private final Disbursements disbursements;

	private final Cases cases;

	private final Officers officers;

	private final LedgerRecords ledger;

	private final Clock clock;

	ProjectReports(Projects projects, Disbursements disbursements, Cases cases, Officers officers,
			LedgerRecords ledger, Clock clock) {
		this.projects = projects;
		this.disbursements = disbursements;
		this.cases = cases;
		this.officers = officers;
		this.ledger = ledger;
		this.clock = clock;
	}

	/** The project numbered {@code number}, if it exists and {@code officer} may have its {@code kind} of report. */
	Optional<Project> find(Officer officer, ReportKind kind, String number) {
		return projects.find(number)
			.stream()
			.filter(project -> project.number().equalsIgnoreCase(number.strip()))
			.findFirst()
			.filter(project -> mayRead(officer, kind, project));
	}

	/**
	 * The table's row for the report's action, with "handling" meaning: the officer's agency manages or supervises the
	 * project, or the officer designated it or handles the case it restores.
	 */
	boolean mayRead(Officer officer, ReportKind kind, Project project) {
		boolean handling = officer != null && (project.involves(officer.agency())
				|| officer.userid().equals(project.designatedBy())
				|| (project.caseId() != null && cases.find(project.caseId())
					.map(found -> found.officerUserids().contains(officer.userid()))
					.orElse(false)));
		return Permissions.STANDARD.allows(officer, kind.action(),
				handling ? Permissions.CaseRelation.HANDLING : Permissions.CaseRelation.NOT_HANDLING);
	}

	boolean hasResult(Project project) {
		return project.state() == ProjectState.ACCEPTED;
	}

	Report report(Project project, ReportKind kind) {
		FundStatement statement = disbursements.statement(project.id());
		List<LedgerRecords.Entity> entities = new ArrayList<>();
		entities.add(LedgerRecords.Entity.of(Projects.AUDIT_TYPE, project.id()));
		for (DisbursementRequest request : statement.requests()) {
			entities.add(LedgerRecords.Entity.of(Disbursements.AUDIT_TYPE, request.id()));
		}
		List<Report.Section> sections = new ArrayList<>();
		sections.add(fund(statement));
		sections.add(milestones(project));
		if (kind == ReportKind.RESULT) {
			sections.add(acceptance(project));
		}
		List<Report.LedgerLine> lines = ledger.lines(entities, java.util.Map.of());
		Report.LedgerStatus status = ledger.status();
		List<Report.Field> overview = new ArrayList<>();
		overview.add(new Report.Field("项目编号", project.number()));
		overview.add(new Report.Field("项目名称", project.name()));
		if (project.caseId() != null) {
			overview.add(new Report.Field("关联案件", cases.find(project.caseId()).map(Case::number)
				.map(Object::toString).orElse("—")));
		}
		overview.add(new Report.Field("管理单位", project.manager().name()));
		overview.add(new Report.Field("监督单位", project.supervisors().isEmpty() ? "—"
				: String.join("、", project.supervisors().stream().map(agency -> agency.name()).toList())));
		overview.add(new Report.Field("项目状态", project.state().label()));
		overview.add(new Report.Field("计划验收日期", CaseReports.DATE.format(project.acceptanceDate())));
		overview.add(new Report.Field("报送", CaseReports.ADDRESSEES));
		return new Report(kind, "项目编号", project.number(), overview, sections, lines, status, clock.instant());
	}

	private Report.Section fund(FundStatement statement) {
		List<Report.Part> parts = new ArrayList<>();
		parts.add(new Report.Fields(List.of(new Report.Field("修复资金总额", CaseReports.yuan(statement.fund())),
				new Report.Field("已批准支付", CaseReports.yuan(statement.approved())),
				new Report.Field("审批中", CaseReports.yuan(statement.pending())),
				new Report.Field("尚可申请", CaseReports.yuan(statement.remaining())))));
		List<List<String>> rows = new ArrayList<>();
		List<List<String>> files = new ArrayList<>();
		for (FundStatement.Line line : statement.lines()) {
			DisbursementRequest request = line.request();
			String opinion = request.opinion() == null ? "—"
					: (request.opinion().agrees() ? "同意：" : "不同意：") + plain(request.opinion().text());
			String decision = request.status().label() + (request.refusalReason() == null ? ""
					: "（" + plain(request.refusalReason()) + "）");
			rows.add(List.of("Z" + request.id(), CaseReports.dateTime(request.requestedAt()),
					CaseReports.yuan(request.amount()), plain(request.purpose()), opinion, decision,
					CaseReports.yuan(line.approvedSoFar())));
			for (StoredAttachment attachment : request.attachments()) {
				files.add(List.of("Z" + request.id(), attachment.kind().label(), attachment.fileName(),
						size(attachment.size()), attachment.sha256().substring(0, 32) + " "
								+ attachment.sha256().substring(32)));
			}
		}
		parts.add(new Report.Table("支付申请（" + rows.size() + " 笔）",
				List.of("申请", "申请时间", "金额", "用途", "自然资源局意见", "法院审批", "累计已批准"), rows,
				new float[] { 1.1f, 2.2f, 2f, 2.4f, 2.6f, 2f, 2f }));
		parts.add(new Report.Table("附件（" + files.size() + " 份）", List.of("申请", "类别", "文件名", "大小", "SHA-256"), files,
				new float[] { 1.1f, 1.3f, 3.4f, 1.4f, 4.6f }));
		String summary = "修复资金 " + CaseReports.yuan(statement.fund()) + "：已批准 " + CaseReports.yuan(statement.approved())
				+ "，审批中 " + CaseReports.yuan(statement.pending()) + "，尚可申请 " + CaseReports.yuan(statement.remaining())
				+ "（支付申请 " + rows.size() + " 笔）";
		return new Report.Section("修复资金", summary, parts);
	}

	private Report.Section milestones(Project project) {
		List<List<String>> rows = project.milestones()
			.stream()
			.map(milestone -> List.of(plain(milestone.name()), CaseReports.DATE.format(milestone.dueDate()),
					reached(milestone)))
			.toList();
		long reached = project.milestones().stream().filter(Milestone::reached).count();
		return new Report.Section("实施节点", "实施节点：已完成 " + reached + " 个，共 " + rows.size() + " 个",
				List.of(new Report.Table("节点完成情况", List.of("节点", "计划完成", "完成情况"), rows, new float[] { 4, 2.2f, 4.5f })));
	}

	private String reached(Milestone milestone) {
		if (!milestone.reached()) {
			return "未完成";
		}
		return CaseReports.DATE.format(milestone.reachedAt()) + "完成（" + name(milestone.reachedBy()) + "）"
				+ (milestone.note() == null || milestone.note().isBlank() ? "" : "：" + plain(milestone.note()));
	}

	private Report.Section acceptance(Project project) {
		List<Report.Field> fields = new ArrayList<>();
		if (project.state() == ProjectState.ACCEPTED) {
			fields.add(new Report.Field("验收结论", project.acceptanceResult()));
			fields.add(new Report.Field("验收时间", CaseReports.dateTime(project.acceptedAt())));
			fields.add(new Report.Field("确认人", name(project.acceptedBy())));
		}
		else {
			fields.add(new Report.Field("验收结论", "尚未验收"));
		}
		String summary = project.state() == ProjectState.ACCEPTED
				? "验收：" + plain(project.acceptanceResult()) : "尚未验收";
		return new Report.Section("成果验收", summary, List.of(new Report.Fields(fields)));
	}

	private String name(String userid) {
		return userid == null ? "—" : officers.find(userid)
			.map(officer -> plain(officer.name())
					+ (officer.agency() == null ? "" : "（" + officer.agency().name() + "）"))
			.orElse(userid);
	}

	/** Officers' own words (purpose, opinion, acceptance) print whole; the PDF replaces what the font lacks. */
	private static String plain(String text) {
		return text == null ? "" : text.strip();
	}

	private static String size(long bytes) {
		return bytes < 1024 ? bytes + " B" : bytes < 1024 * 1024 ? (bytes / 1024) + " KB"
				: String.format("%.1f MB", bytes / 1024.0 / 1024.0);
	}

}
