package cn.jiangle.ecojustice.db.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import cn.jiangle.ecojustice.db.Actor;
import cn.jiangle.ecojustice.db.cases.CaseNumber;
import cn.jiangle.ecojustice.db.cases.Cases;
import cn.jiangle.ecojustice.db.cases.Charge;
import cn.jiangle.ecojustice.db.cases.NewCase;
import cn.jiangle.ecojustice.db.cases.Stage;
import cn.jiangle.ecojustice.db.officers.Officers;
import cn.jiangle.ecojustice.db.officers.Role;
import cn.jiangle.ecojustice.db.testing.DatabaseTest;
import cn.jiangle.ecojustice.db.testing.DatabaseTestConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The hash chain on the real database. Tampering is done with raw SQL, as a database administrator could, and undone
 * afterwards so every test starts from an intact ledger.
 */
@SpringBootTest(classes = DatabaseTestConfiguration.class)
@DatabaseTest
class AuditLedgerIntegrationTests {

	@Autowired
	AuditLedger ledger;

	@Autowired
	Cases cases;

	@Autowired
	Officers officers;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	private static int nextCase = 1;

	@BeforeEach
	void someHistory() {
		if (this.officers.find("clerk").isEmpty()) {
			this.officers.register("clerk", "COURT", Role.CASE_OFFICER, "书记员", Actor.SYSTEM);
		}
		for (int i = 0; i < 3; i++) {
			openCase();
		}
	}

	private void openCase() {
		int number;
		synchronized (AuditLedgerIntegrationTests.class) {
			number = nextCase++;
		}
		this.cases.open(new NewCase(CaseNumber.parse("（2026）闽0428刑初" + number + "号"), Charge.NEGLIGENT_FIRE, null,
				Stage.TRIAL, List.of("clerk")), Actor.officer("clerk"));
	}

	@Test
	void intactLedgerVerifies() {
		LedgerVerification verification = this.ledger.verify();
		assertThat(verification.intact()).isTrue();
		assertThat(verification.firstBroken()).isEmpty();
		assertThat(verification.entriesChecked()).isEqualTo(verification.lastSeq()).isGreaterThanOrEqualTo(4);
		List<Long> seqs = this.jdbc.queryForList("SELECT seq FROM audit_entry ORDER BY seq", Long.class);
		assertThat(seqs).first().isEqualTo(1L);
		assertThat(seqs).last().isEqualTo((long) seqs.size());
	}

	@Test
	void detectsAnEditedEntry() {
		long seq = middleSeq();
		String original = this.jdbc.queryForObject("SELECT changes FROM audit_entry WHERE seq = ?", String.class, seq);
		this.jdbc.update("UPDATE audit_entry SET changes = REPLACE(changes, 'NEGLIGENT_FIRE', 'OTHER') WHERE seq = ?",
				seq);
		LedgerVerification verification = this.ledger.verify();
		assertThat(verification.intact()).isFalse();
		assertThat(verification.firstBroken()).hasValue(seq);
		assertThat(verification.problem()).isEqualTo("第" + seq + "条留痕记录的内容与其哈希不符（可能被篡改）。");

		this.jdbc.update("UPDATE audit_entry SET changes = ? WHERE seq = ?", original, seq);
		assertThat(this.ledger.verify().intact()).isTrue();
	}

	@Test
	void detectsAnEditWhoseHashWasRecomputed() {
		long seq = middleSeq();
		AuditEntry entry = entry(seq);
		String forgedChanges = entry.changes().replace("clerk", "other");
		String forgedHash = AuditEntry.hash(entry.seq(), entry.recordedAt(), entry.actor(), entry.entityType(),
				entry.entityId(), entry.action(), forgedChanges, entry.prevHash());
		this.jdbc.update("UPDATE audit_entry SET changes = ?, entry_hash = ? WHERE seq = ?", forgedChanges, forgedHash,
				seq);
		LedgerVerification verification = this.ledger.verify();
		assertThat(verification.firstBroken()).hasValue(seq + 1);
		assertThat(verification.problem()).contains("哈希链接不符");

		this.jdbc.update("UPDATE audit_entry SET changes = ?, entry_hash = ? WHERE seq = ?", entry.changes(),
				entry.entryHash(), seq);
		assertThat(this.ledger.verify().intact()).isTrue();
	}

	@Test
	void detectsADeletedEntry() {
		long seq = middleSeq();
		Map<String, Object> row = this.jdbc.queryForMap("SELECT * FROM audit_entry WHERE seq = ?", seq);
		this.jdbc.update("DELETE FROM audit_entry WHERE seq = ?", seq);
		LedgerVerification verification = this.ledger.verify();
		assertThat(verification.firstBroken()).hasValue(seq);
		assertThat(verification.problem()).isEqualTo("第" + seq + "条留痕记录缺失（可能被删除）。");

		restore(row);
		assertThat(this.ledger.verify().intact()).isTrue();
	}

	@Test
	void detectsTheLatestEntriesDeleted() {
		long last = this.jdbc.queryForObject("SELECT MAX(seq) FROM audit_entry", Long.class);
		Map<String, Object> row = this.jdbc.queryForMap("SELECT * FROM audit_entry WHERE seq = ?", last);
		this.jdbc.update("DELETE FROM audit_entry WHERE seq = ?", last);
		LedgerVerification verification = this.ledger.verify();
		assertThat(verification.firstBroken()).hasValue(last);
		assertThat(verification.problem()).contains("及之后的留痕记录缺失");

		restore(row);
		assertThat(this.ledger.verify().intact()).isTrue();
	}

	@Test
	void recordingRequiresTheCallersTransaction() {
		assertThatExceptionOfType(IllegalTransactionStateException.class)
			.isThrownBy(() -> this.ledger.record(Actor.SYSTEM, "CASE", "1", "case.touched", Changes.of()));
	}

	@Test
	void aRolledBackChangeLeavesNoEntry() {
		long before = this.jdbc.queryForObject("SELECT last_seq FROM audit_head", Long.class);
		assertThatExceptionOfType(IllegalStateException.class).isThrownBy(() -> this.transactions.executeWithoutResult((status) -> {
			this.ledger.record(Actor.SYSTEM, "CASE", "1", "case.touched", Changes.of().set("x", 1));
			throw new IllegalStateException("rolled back");
		}));
		assertThat(this.jdbc.queryForObject("SELECT last_seq FROM audit_head", Long.class)).isEqualTo(before);
		assertThat(this.ledger.verify().intact()).isTrue();
	}

	@Test
	void concurrentWritersKeepTheChainLinear() throws Exception {
		long before = this.jdbc.queryForObject("SELECT last_seq FROM audit_head", Long.class);
		int writers = 4;
		int perWriter = 15;
		ExecutorService pool = Executors.newFixedThreadPool(writers);
		try {
			List<Callable<Void>> tasks = new ArrayList<>();
			for (int w = 0; w < writers; w++) {
				tasks.add(() -> {
					for (int i = 0; i < perWriter; i++) {
						openCase();
					}
					return null;
				});
			}
			for (Future<Void> result : pool.invokeAll(tasks)) {
				result.get();
			}
		}
		finally {
			pool.shutdown();
		}
		LedgerVerification verification = this.ledger.verify();
		assertThat(verification.intact()).as(verification.problem()).isTrue();
		assertThat(verification.lastSeq()).isEqualTo(before + writers * perWriter);
		assertThat(this.jdbc.queryForObject("SELECT COUNT(DISTINCT prev_hash) FROM audit_entry", Long.class))
			.isEqualTo(verification.lastSeq());
	}

	private long middleSeq() {
		return this.jdbc.queryForObject("SELECT MAX(seq) FROM audit_entry", Long.class) - 1;
	}

	private AuditEntry entry(long seq) {
		return this.jdbc.queryForObject("SELECT * FROM audit_entry WHERE seq = ?",
				(rs, i) -> new AuditEntry(rs.getLong("seq"), rs.getTimestamp("recorded_at").toInstant(),
						rs.getString("actor"), rs.getString("entity_type"), rs.getString("entity_id"),
						rs.getString("action"), rs.getString("changes"), rs.getString("prev_hash"),
						rs.getString("entry_hash")),
				seq);
	}

	private void restore(Map<String, Object> row) {
		this.jdbc.update("""
				INSERT INTO audit_entry (seq, recorded_at, actor, entity_type, entity_id, action, changes, prev_hash, entry_hash)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", row.get("seq"), row.get("recorded_at"), row.get("actor"),
				row.get("entity_type"), row.get("entity_id"), row.get("action"), row.get("changes"), row.get("prev_hash"),
				row.get("entry_hash"));
	}

}
