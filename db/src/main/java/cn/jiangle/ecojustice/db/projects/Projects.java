package cn.jiangle.ecojustice.db.projects;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import cn.jiangle.ecojustice.db.Actor;
import cn.jiangle.ecojustice.db.FieldMissing;
import cn.jiangle.ecojustice.db.MapperBinding;
import cn.jiangle.ecojustice.db.RequiredText;
import cn.jiangle.ecojustice.db.agencies.Agencies;
import cn.jiangle.ecojustice.db.agencies.Agency;
import cn.jiangle.ecojustice.db.audit.AuditLedger;
import cn.jiangle.ecojustice.db.audit.Changes;
import cn.jiangle.ecojustice.db.cases.Case;
import cn.jiangle.ecojustice.db.cases.Cases;
import cn.jiangle.ecojustice.db.obligations.Yuan;
import cn.jiangle.ecojustice.db.officers.Officer;
import cn.jiangle.ecojustice.db.officers.Officers;
import org.mybatis.spring.SqlSessionTemplate;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Restoration projects (将法〔2024〕4号): the court designates the manager — any agency, a village committee such as
 * 竹舟村委会 included — with the supervising agencies, the fund, milestones, the progress-report interval and the
 * acceptance date. Numbers {@code XM-<year>-<nnn>} come from a per-year counter row locked by the designating
 * transaction, so designations on several nodes never share a number.
 */
public class Projects {

	/** Audit entity type of a project. */
	public static final String AUDIT_TYPE = "PROJECT";

	/** Project years and dates are Beijing time, like the court's. */
	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private static final int MAX_MILESTONES = 50;

	private final ProjectMapper mapper;

	private final ProjectViews views;

	private final ProjectAuthority authority;

	private final Cases cases;

	private final Officers officers;

	private final AuditLedger ledger;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Projects(SqlSessionTemplate sessions, Agencies agencies, Cases cases, Officers officers, AuditLedger ledger,
			ApplicationEventPublisher events, Clock clock) {
		this.mapper = MapperBinding.bind(sessions, ProjectMapper.class);
		this.views = new ProjectViews(this.mapper, agencies);
		this.authority = new ProjectAuthority(officers);
		this.cases = cases;
		this.officers = officers;
		this.ledger = ledger;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Designates a project and its manager (event {@link ProjectDesignated}).
	 * @param courtOfficer an active officer of the court, not read-only
	 * @throws NotTheCourt, FieldMissing, FieldTooLong, ProjectAgencyNotFound, CaseNotFound, ProjectDatesInvalid
	 * @throws cn.jiangle.ecojustice.db.obligations.Yuan.AmountOutOfRange and AmountMalformed for the fund
	 */
	@Transactional(isolation = Isolation.READ_COMMITTED)
	public Project designate(NewProject project, Actor courtOfficer) {
		Officer court = this.authority.requireCourt(courtOfficer, "指定生态修复管理人");
		if (project == null) {
			throw new FieldMissing("project", "项目信息");
		}
		String name = RequiredText.of(project.name(), "name", "项目名称", 100);
		BigDecimal fund = Yuan.check(project.fund(), "修复资金");
		Agency manager = this.views.agency(project.managerAgencyId());
		List<Agency> supervisors = supervisors(project.supervisingAgencyIds());
		Case kase = (project.caseId() != null) ? this.cases.get(project.caseId()) : null;
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), ZONE);
		Period interval = checkInterval(project.progressInterval());
		LocalDate acceptanceDate = checkAcceptanceDate(project.acceptanceDate(), today);
		List<NewMilestone> milestones = checkMilestones(project.milestones(), today, acceptanceDate);

		int year = today.getYear();
		this.mapper.advance(year);
		String number = String.format(Locale.ROOT, "XM-%d-%03d", year, this.mapper.current(year));
		Instant at = now();
		this.mapper.insert(number, name, project.caseId(), manager.id(), fund, interval.toString(), acceptanceDate,
				courtOfficer.id(), at);
		long id = this.mapper.lastInsertId();
		for (int i = 0; i < supervisors.size(); i++) {
			this.mapper.insertSupervisor(id, supervisors.get(i).id(), i + 1);
		}
		for (int i = 0; i < milestones.size(); i++) {
			this.mapper.insertMilestone(id, i + 1, milestones.get(i).name(), milestones.get(i).dueDate());
		}
		this.ledger.record(courtOfficer, AUDIT_TYPE, Long.toString(id), "project.designated", Changes.of()
			.set("number", number)
			.set("name", name)
			.set("caseId", project.caseId())
			.set("manager", manager.code())
			.set("supervisors", supervisors.stream().map(Agency::code).toList())
			.set("fund", fund)
			.set("progressInterval", interval.toString())
			.set("acceptanceDate", acceptanceDate)
			.set("milestones", milestones.stream().map(NewMilestone::name).toList())
			.set("milestoneDueDates", milestones.stream().map((m) -> m.dueDate().toString()).toList()));
		Project designated = this.views.get(id);
		this.events.publishEvent(new ProjectDesignated(designated, officersToRemind(court, kase, manager)));
		return designated;
	}

	/** @throws ProjectNotFound */
	@Transactional(readOnly = true)
	public Project get(long projectId) {
		return this.views.get(projectId);
	}

	/**
	 * Projects by number ({@code XM-2026-001}, case-insensitive, full-width accepted, exact) or else whose name
	 * contains {@code text}; newest first. Empty for blank text.
	 */
	@Transactional(readOnly = true)
	public List<Project> find(String nameOrNumber) {
		if (nameOrNumber == null || nameOrNumber.isBlank()) {
			return List.of();
		}
		String text = Normalizer.normalize(nameOrNumber, Normalizer.Form.NFKC).strip();
		ProjectMapper.Row byNumber = this.mapper.byNumber(text.replaceAll("\\s+", "").toUpperCase(Locale.ROOT));
		if (byNumber != null) {
			return List.of(this.views.toProject(byNumber));
		}
		String escaped = text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
		return this.mapper.nameContaining(escaped).stream().map(this.views::toProject).toList();
	}

	/** All projects, newest first. */
	@Transactional(readOnly = true)
	public List<Project> list() {
		return this.mapper.all().stream().map(this.views::toProject).toList();
	}

	private List<Agency> supervisors(List<Long> ids) {
		List<Agency> supervisors = new ArrayList<>();
		for (Long id : new LinkedHashSet<>(ids)) {
			if (id == null) {
				throw new FieldMissing("supervisingAgencyIds", "监督单位");
			}
			supervisors.add(this.views.agency(id));
		}
		return List.copyOf(supervisors);
	}

	private static Period checkInterval(Period interval) {
		if (interval == null) {
			throw new FieldMissing("progressInterval", "进展报告周期");
		}
		if (interval.isZero() || interval.isNegative()) {
			throw new ProjectDatesInvalid("progressInterval", "进展报告周期须为正，如每月一次。");
		}
		if (interval.toTotalMonths() > 24 || (interval.toTotalMonths() == 0 && interval.getDays() > 731)) {
			throw new ProjectDatesInvalid("progressInterval", "进展报告周期不能超过两年。");
		}
		return interval.normalized();
	}

	private static LocalDate checkAcceptanceDate(LocalDate date, LocalDate today) {
		if (date == null) {
			throw new FieldMissing("acceptanceDate", "验收日期");
		}
		if (date.isBefore(today)) {
			throw new ProjectDatesInvalid("acceptanceDate", "验收日期不能早于今天。");
		}
		return date;
	}

	private static List<NewMilestone> checkMilestones(List<NewMilestone> milestones, LocalDate today,
			LocalDate acceptanceDate) {
		if (milestones.size() > MAX_MILESTONES) {
			throw new ProjectDatesInvalid("milestones", "节点最多" + MAX_MILESTONES + "个。");
		}
		List<NewMilestone> checked = new ArrayList<>();
		for (NewMilestone milestone : milestones) {
			if (milestone == null) {
				throw new FieldMissing("milestones", "节点");
			}
			String name = RequiredText.of(milestone.name(), "milestones", "节点名称", 100);
			if (milestone.dueDate() == null) {
				throw new FieldMissing("milestones", "节点“" + name + "”的完成日期");
			}
			if (milestone.dueDate().isBefore(today)) {
				throw new ProjectDatesInvalid("milestones", "节点“" + name + "”的完成日期不能早于今天。");
			}
			if (milestone.dueDate().isAfter(acceptanceDate)) {
				throw new ProjectDatesInvalid("milestones", "节点“" + name + "”的完成日期不能晚于验收日期。");
			}
			checked.add(new NewMilestone(name, milestone.dueDate()));
		}
		return List.copyOf(checked);
	}

	/** The designating officer, the case's handling officers, then the manager's active officers. */
	private List<String> officersToRemind(Officer court, Case kase, Agency manager) {
		Set<String> userids = new LinkedHashSet<>();
		userids.add(court.userid());
		if (kase != null) {
			userids.addAll(kase.officerUserids());
		}
		this.officers.activeOf(manager.code()).forEach((officer) -> userids.add(officer.userid()));
		return List.copyOf(userids);
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.SECONDS);
	}

}
