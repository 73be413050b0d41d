package cn.jiangle.ecojustice.db.projects;

import java.util.List;

/**
 * The court designated a project and its manager. Carries what the reminders need: the project's progress interval
 * and acceptance date, and the officers to remind.
 *
 * @param project the project as designated
 * @param officers userids to remind: the designating court officer, then the case's handling officers (if a case is
 * linked), then the active officers of the manager agency; no duplicates
 */
public record ProjectDesignated(Project project, List<String> officers) {

	public ProjectDesignated {
		officers = List.copyOf(officers);
	}

}
