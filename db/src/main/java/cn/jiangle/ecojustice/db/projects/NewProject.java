package cn.jiangle.ecojustice.db.projects;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/**
 * What the court designates (将法〔2024〕4号 四（一）1: 指定生态修复管理人).
 *
 * @param name e.g. 万全矿山吴地生态修复 (≤ 100 characters)
 * @param caseId the case it restores, if any
 * @param managerAgencyId the designated manager: any agency, e.g. a village committee (竹舟村委会)
 * @param supervisingAgencyIds the agencies that follow it (e.g. 自然资源局, 乡政府); may be empty
 * @param fund the restoration fund in yuan
 * @param milestones the milestones, in order; may be empty
 * @param progressInterval how often progress is reported (e.g. {@code P1M}), positive
 * @param acceptanceDate when acceptance is planned, not in the past
 */
public record NewProject(String name, Long caseId, long managerAgencyId, List<Long> supervisingAgencyIds,
		BigDecimal fund, List<NewMilestone> milestones, Period progressInterval, LocalDate acceptanceDate) {

	public NewProject {
		supervisingAgencyIds = (supervisingAgencyIds != null) ? List.copyOf(supervisingAgencyIds) : List.of();
		milestones = (milestones != null) ? List.copyOf(milestones) : List.of();
	}

}
