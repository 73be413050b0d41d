package cn.jiangle.ecojustice.db.restoration;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A batch of write-off items the manager submitted to the forestry bureau.
 *
 * @param id submission id
 * @param items its items
 * @param totalAmount yuan over all items
 * @param totalTonnes tonnes over all items
 * @param submittedBy the manager staff's userid
 * @param submittedAt when (UTC)
 * @param confirmedBy the 林业局 officer's userid, or {@code null} until written off
 * @param confirmedAt when (UTC), or {@code null}
 */
public record WriteOffSubmission(long id, List<WriteOffItem> items, BigDecimal totalAmount, BigDecimal totalTonnes,
		String submittedBy, Instant submittedAt, String confirmedBy, Instant confirmedAt) {

	public WriteOffSubmission {
		items = List.copyOf(items);
	}

	public boolean writtenOff() {
		return this.confirmedAt != null;
	}

}
