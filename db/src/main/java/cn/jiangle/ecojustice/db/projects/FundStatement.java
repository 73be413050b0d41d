package cn.jiangle.ecojustice.db.projects;

import java.math.BigDecimal;
import java.util.List;

/**
 * The running account of a project's fund, consistent at one moment: what was designated, approved, is pending, and
 * may still be requested ({@code remaining = fund − approved − pending}, never negative).
 *
 * @param project the project
 * @param fund the designated fund, yuan
 * @param approved total of approved requests
 * @param pending total of requests awaiting the opinion or the decision
 * @param remaining what may still be requested
 * @param lines every request, oldest first, with the approved running total after it
 */
public record FundStatement(Project project, BigDecimal fund, BigDecimal approved, BigDecimal pending,
		BigDecimal remaining, List<Line> lines) {

	public FundStatement {
		lines = List.copyOf(lines);
	}

	/** The requests, oldest first. */
	public List<DisbursementRequest> requests() {
		return this.lines.stream().map(Line::request).toList();
	}

	/**
	 * One request in the statement.
	 *
	 * @param request the request with its status
	 * @param approvedSoFar total approved up to and including this request (running total)
	 */
	public record Line(DisbursementRequest request, BigDecimal approvedSoFar) {
	}

}
