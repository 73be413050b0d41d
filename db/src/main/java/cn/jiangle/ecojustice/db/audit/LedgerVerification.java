package cn.jiangle.ecojustice.db.audit;

import java.util.OptionalLong;

/**
 * The outcome of {@link AuditLedger#verify()}.
 *
 * @param entriesChecked entries read
 * @param lastSeq the sequence number the ledger head claims
 * @param firstBrokenSeq the first sequence number that is missing, altered or out of chain; {@code null} when intact
 * @param problem what is wrong, a Chinese sentence; {@code null} when intact
 */
public record LedgerVerification(long entriesChecked, long lastSeq, Long firstBrokenSeq, String problem) {

	public boolean intact() {
		return this.firstBrokenSeq == null;
	}

	public OptionalLong firstBroken() {
		return (this.firstBrokenSeq != null) ? OptionalLong.of(this.firstBrokenSeq) : OptionalLong.empty();
	}

	static LedgerVerification intact(long entriesChecked, long lastSeq) {
		return new LedgerVerification(entriesChecked, lastSeq, null, null);
	}

	static LedgerVerification broken(long entriesChecked, long lastSeq, long seq, String problem) {
		return new LedgerVerification(entriesChecked, lastSeq, seq, problem);
	}

}
