package cn.jiangle.ecojustice.db.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * One ledger entry.
 *
 * @param seq position in the chain, from 1, without gaps
 * @param recordedAt when it was recorded (UTC, whole seconds)
 * @param actor officer userid or {@code system}
 * @param entityType e.g. {@code CASE}, {@code PARTY}
 * @param entityId the entity's id
 * @param action e.g. {@code case.created}
 * @param changes canonical JSON of what changed (sensitive values masked)
 * @param prevHash the previous entry's hash (64 zeros for the first)
 * @param entryHash SHA-256 over this entry's content and {@code prevHash}, hex
 */
public record AuditEntry(long seq, Instant recordedAt, String actor, String entityType, String entityId, String action,
		String changes, String prevHash, String entryHash) {

	/** The hash this entry's content should have. */
	public String expectedHash() {
		return hash(this.seq, this.recordedAt, this.actor, this.entityType, this.entityId, this.action, this.changes,
				this.prevHash);
	}

	static String hash(long seq, Instant recordedAt, String actor, String entityType, String entityId, String action,
			String changes, String prevHash) {
		// length-prefixed fields: no two different entries share a canonical form
		StringBuilder canonical = new StringBuilder("audit-entry/v1\n");
		for (String field : new String[] { Long.toString(seq), recordedAt.toString(), actor, entityType, entityId,
				action, changes, prevHash }) {
			canonical.append(field.length()).append(':').append(field).append('\n');
		}
		try {
			MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(sha256.digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is unavailable", ex);
		}
	}

}
