package cn.jiangle.ecojustice.db.cases;

import java.time.Instant;
import java.util.List;

/**
 * A criminal case handled under the mechanism.
 *
 * @param id database id
 * @param number the 案号
 * @param charge the 罪名
 * @param chargeDetail the charge in words when {@code charge} is {@link Charge#OTHER}, else {@code null}
 * @param stage procedural stage
 * @param status restoration status
 * @param officerUserids WeCom userids of the handling officers, sorted
 * @param createdAt when registered (UTC)
 * @param updatedAt when last changed (UTC)
 */
public record Case(long id, CaseNumber number, Charge charge, String chargeDetail, Stage stage, CaseStatus status,
		List<String> officerUserids, Instant createdAt, Instant updatedAt) {

	public Case {
		officerUserids = List.copyOf(officerUserids);
	}

	/** The charge as shown to users: its name, or the description for 其他. */
	public String chargeText() {
		return (this.charge == Charge.OTHER) ? this.chargeDetail : this.charge.label();
	}

}
