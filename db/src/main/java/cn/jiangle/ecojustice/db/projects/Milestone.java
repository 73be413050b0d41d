package cn.jiangle.ecojustice.db.projects;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A project milestone (e.g. 完成场地平整, 完成补植复绿).
 *
 * @param id milestone id
 * @param projectId the project
 * @param name what is to be done
 * @param dueDate when it is due
 * @param reachedAt when the manager recorded it done (UTC); {@code null} while open
 * @param reachedBy userid of the manager's officer who recorded it; {@code null} while open
 * @param note the manager's note on it; {@code null} while open
 */
public record Milestone(long id, long projectId, String name, LocalDate dueDate, Instant reachedAt, String reachedBy,
		String note) {

	public boolean reached() {
		return this.reachedAt != null;
	}

}
