package cn.jiangle.ecojustice.db.projects;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import cn.jiangle.ecojustice.db.agencies.Agency;

/**
 * A restoration project the court designated a manager for.
 *
 * @param id project id
 * @param number e.g. {@code XM-2026-001}: unique, the year of designation (Asia/Shanghai) and a sequence within it
 * @param name e.g. 万全矿山吴地生态修复
 * @param caseId the case it restores, or {@code null}
 * @param manager the designated manager agency
 * @param supervisors the supervising agencies
 * @param fund the restoration fund, yuan
 * @param milestones the milestones, in order
 * @param progressInterval how often progress is reported
 * @param acceptanceDate when acceptance is planned
 * @param state where it stands
 * @param designatedBy userid of the court officer who designated it
 * @param designatedAt when (UTC)
 * @param acceptanceResult the 协作小组's acceptance opinion; {@code null} until accepted
 * @param acceptedBy userid of the court officer who accepted it; {@code null} until accepted
 * @param acceptedAt when (UTC); {@code null} until accepted
 */
public record Project(long id, String number, String name, Long caseId, Agency manager, List<Agency> supervisors,
		BigDecimal fund, List<Milestone> milestones, Period progressInterval, LocalDate acceptanceDate,
		ProjectState state, String designatedBy, Instant designatedAt, String acceptanceResult, String acceptedBy,
		Instant acceptedAt) {

	public Project {
		supervisors = List.copyOf(supervisors);
		milestones = List.copyOf(milestones);
	}

	/** Whether officers of {@code agency} follow this project: the manager or a supervising agency. */
	public boolean involves(Agency agency) {
		return agency != null && (agency.id() == this.manager.id()
				|| this.supervisors.stream().anyMatch((supervisor) -> supervisor.id() == agency.id()));
	}

}
