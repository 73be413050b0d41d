package cn.jiangle.ecojustice.db.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Pattern;

import cn.jiangle.ecojustice.db.Actor;
import cn.jiangle.ecojustice.db.MapperBinding;
import org.mybatis.spring.SqlSessionTemplate;

import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only audit ledger (全程留痕). Every change to a case, party, obligation or officer is recorded in the
 * transaction making it, so the change and its record commit or roll back together. Entries form a hash chain;
 * appends lock the single head row, so the chain stays linear with concurrent writers and several application nodes.
 */
public class AuditLedger {

	public static final String GENESIS_HASH = "0".repeat(64);

	private static final Pattern ENTITY_TYPE = Pattern.compile("[A-Z][A-Z_]{0,39}");

	private static final Pattern ENTITY_ID = Pattern.compile("[A-Za-z0-9_.@-]{1,64}");

	private static final Pattern ACTION = Pattern.compile("[a-z][a-z_.]{0,59}");

	private static final int PAGE = 500;

	private final AuditMapper mapper;

	private final Clock clock;

	AuditLedger(SqlSessionTemplate sessions, Clock clock) {
		this.mapper = MapperBinding.bind(sessions, AuditMapper.class);
		this.clock = clock;
	}

	/**
	 * Appends an entry. Must run inside the transaction that makes the change.
	 *
	 * @param actor who made the change
	 * @param entityType upper-case type, e.g. {@code CASE}
	 * @param entityId the entity's id
	 * @param action lower-case verb, e.g. {@code case.created}
	 * @param changes what changed; sensitive values already masked
	 * @return the entry as stored
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public AuditEntry record(Actor actor, String entityType, String entityId, String action, Changes changes) {
		require(ENTITY_TYPE, entityType, "entity type");
		require(ENTITY_ID, entityId, "entity id");
		require(ACTION, action, "action");
		AuditMapper.Head head = this.mapper.lockHead();
		long seq = head.lastSeq() + 1;
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.SECONDS);
		String json = changes.toJson();
		String hash = AuditEntry.hash(seq, now, actor.id(), entityType, entityId, action, json, head.lastHash());
		AuditEntry entry = new AuditEntry(seq, now, actor.id(), entityType, entityId, action, json, head.lastHash(),
				hash);
		this.mapper.insert(entry);
		this.mapper.advanceHead(seq, hash);
		return entry;
	}

	/** The entries about one entity, oldest first. */
	@Transactional(readOnly = true)
	public List<AuditEntry> history(String entityType, String entityId) {
		return this.mapper.history(entityType, entityId);
	}

	/**
	 * Walks the whole chain in one consistent snapshot and reports the first entry that is missing, was altered, or
	 * does not link to its predecessor.
	 */
	@Transactional(readOnly = true)
	public LedgerVerification verify() {
		AuditMapper.Head head = this.mapper.head();
		long expectedSeq = 1;
		String previousHash = GENESIS_HASH;
		long checked = 0;
		List<AuditEntry> page = this.mapper.page(0, PAGE);
		while (!page.isEmpty()) {
			for (AuditEntry entry : page) {
				checked++;
				if (entry.seq() != expectedSeq) {
					return LedgerVerification.broken(checked, head.lastSeq(), expectedSeq,
							"第" + expectedSeq + "条留痕记录缺失（可能被删除）。");
				}
				if (!entry.prevHash().equals(previousHash)) {
					return LedgerVerification.broken(checked, head.lastSeq(), entry.seq(),
							"第" + entry.seq() + "条留痕记录与前一条的哈希链接不符。");
				}
				if (!entry.expectedHash().equals(entry.entryHash())) {
					return LedgerVerification.broken(checked, head.lastSeq(), entry.seq(),
							"第" + entry.seq() + "条留痕记录的内容与其哈希不符（可能被篡改）。");
				}
				previousHash = entry.entryHash();
				expectedSeq++;
			}
			page = this.mapper.page(expectedSeq - 1, PAGE);
		}
		long lastPresent = expectedSeq - 1;
		if (head.lastSeq() > lastPresent) {
			return LedgerVerification.broken(checked, head.lastSeq(), expectedSeq,
					"第" + expectedSeq + "条及之后的留痕记录缺失（可能被删除）。");
		}
		if (head.lastSeq() < lastPresent) {
			return LedgerVerification.broken(checked, head.lastSeq(), head.lastSeq() + 1,
					"第" + (head.lastSeq() + 1) + "条留痕记录未经账本写入。");
		}
		if (!head.lastHash().equals(previousHash)) {
			return LedgerVerification.broken(checked, head.lastSeq(), lastPresent,
					"第" + lastPresent + "条留痕记录与账本头部的哈希不符。");
		}
		return LedgerVerification.intact(checked, head.lastSeq());
	}

	private static void require(Pattern pattern, String value, String what) {
		if (value == null || !pattern.matcher(value).matches()) {
			throw new IllegalArgumentException("Invalid audit " + what + ": " + value);
		}
	}

}
