package cn.jiangle.ecojustice.db.projects;

import java.util.List;

import cn.jiangle.ecojustice.db.Actor;

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

	/**
	 * Designates a project and its manager (event {@link ProjectDesignated}).
	 * @param courtOfficer an active officer of the court, not read-only
	 * @throws NotTheCourt, FieldMissing, FieldTooLong, ProjectAgencyNotFound, CaseNotFound, ProjectDatesInvalid
	 * @throws cn.jiangle.ecojustice.db.obligations.Yuan.AmountOutOfRange and AmountMalformed for the fund
	 */
	@Transactional
	public Project designate(NewProject project, Actor courtOfficer) {
		throw new UnsupportedOperationException("skeleton");
	}

	/** @throws ProjectNotFound */
	@Transactional(readOnly = true)
	public Project get(long projectId) {
		throw new UnsupportedOperationException("skeleton");
	}

	/**
	 * Projects by number ({@code XM-2026-001}, case-insensitive, exact) or else whose name contains {@code text};
	 * newest first. Empty for blank text.
	 */
	@Transactional(readOnly = true)
	public List<Project> find(String nameOrNumber) {
		throw new UnsupportedOperationException("skeleton");
	}

	/** All projects, newest first. */
	@Transactional(readOnly = true)
	public List<Project> list() {
		throw new UnsupportedOperationException("skeleton");
	}

}
