package cn.jiangle.ecojustice.db.cases;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import cn.jiangle.ecojustice.db.Actor;
import cn.jiangle.ecojustice.db.FieldMissing;
import cn.jiangle.ecojustice.db.MapperBinding;
import cn.jiangle.ecojustice.db.audit.AuditLedger;
import cn.jiangle.ecojustice.db.audit.Changes;
import cn.jiangle.ecojustice.db.officers.Officer;
import cn.jiangle.ecojustice.db.officers.OfficerInactive;
import cn.jiangle.ecojustice.db.officers.Officers;
import org.mybatis.spring.SqlSessionTemplate;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.annotation.Transactional;

/** Cases: registration, handling officers, stage and status. Every change is written to the audit ledger. */
public class Cases {

	public static final String AUDIT_TYPE = "CASE";

	private final CaseMapper mapper;

	private final Officers officers;

	private final AuditLedger ledger;

	private final Clock clock;

	Cases(SqlSessionTemplate sessions, Officers officers, AuditLedger ledger, Clock clock) {
		this.mapper = MapperBinding.bind(sessions, CaseMapper.class);
		this.officers = officers;
		this.ledger = ledger;
		this.clock = clock;
	}

	/**
	 * Registers a case with its handling officers, status {@link CaseStatus#OPEN}.
	 *
	 * @throws DuplicateCaseNumber when the 案号 is taken
	 * @throws cn.jiangle.ecojustice.db.officers.OfficerNotFound when a handling officer is not registered
	 * @throws OfficerInactive when a handling officer is deactivated
	 */
	@Transactional
	public Case open(NewCase newCase, Actor actor) {
		for (String userid : newCase.officerUserids()) {
			requireActive(userid);
		}
		Instant now = now();
		String number = newCase.number().toString();
		try {
			this.mapper.insert(number, newCase.charge(), newCase.chargeDetail(), newCase.stage(), CaseStatus.OPEN,
					now);
		}
		catch (DuplicateKeyException ex) {
			throw new DuplicateCaseNumber(newCase.number());
		}
		long id = this.mapper.lastInsertId();
		for (String userid : newCase.officerUserids()) {
			this.mapper.assign(id, userid, now);
		}
		this.ledger.record(actor, AUDIT_TYPE, Long.toString(id), "case.opened", Changes.of()
			.set("caseNumber", number)
			.set("charge", newCase.charge())
			.set("chargeDetail", newCase.chargeDetail())
			.set("stage", newCase.stage())
			.set("status", CaseStatus.OPEN)
			.set("officers", newCase.officerUserids()));
		return get(id);
	}

	@Transactional(readOnly = true)
	public Optional<Case> find(long id) {
		return Optional.ofNullable(this.mapper.byId(id)).map(this::toCase);
	}

	@Transactional(readOnly = true)
	public Optional<Case> find(CaseNumber number) {
		return Optional.ofNullable(this.mapper.byNumber(number.toString())).map(this::toCase);
	}

	/** The case, or {@link CaseNotFound}. */
	@Transactional(readOnly = true)
	public Case get(long id) {
		return find(id).orElseThrow(() -> new CaseNotFound("（编号" + id + "）"));
	}

	/** The case with this 案号, or {@link CaseNotFound}. */
	@Transactional(readOnly = true)
	public Case get(CaseNumber number) {
		return find(number).orElseThrow(() -> new CaseNotFound(number.toString()));
	}

	/** Cases the officer handles, newest first. */
	@Transactional(readOnly = true)
	public List<Case> handledBy(String userid) {
		return this.mapper.handledBy(userid).stream().map(this::toCase).toList();
	}

	@Transactional
	public Case changeStage(long id, Stage stage, Actor actor) {
		if (stage == null) {
			throw new FieldMissing("stage", "办案阶段");
		}
		CaseMapper.Row row = lock(id);
		return update(row, stage, row.status(), actor);
	}

	@Transactional
	public Case changeStatus(long id, CaseStatus status, Actor actor) {
		if (status == null) {
			throw new FieldMissing("status", "案件状态");
		}
		CaseMapper.Row row = lock(id);
		return update(row, row.stage(), status, actor);
	}

	/** Adds a handling officer; nothing happens when already assigned. */
	@Transactional
	public Case assignOfficer(long id, String userid, Actor actor) {
		lock(id);
		requireActive(Officers.checkUserid(userid));
		List<String> before = this.mapper.officersOf(id);
		if (!before.contains(userid)) {
			Instant now = now();
			this.mapper.assign(id, userid, now);
			this.mapper.touch(id, now);
			this.ledger.record(actor, AUDIT_TYPE, Long.toString(id), "case.officer_assigned",
					Changes.of().change("officers", before, this.mapper.officersOf(id)));
		}
		return get(id);
	}

	/** Removes a handling officer; refuses to remove the last one. */
	@Transactional
	public Case removeOfficer(long id, String userid, Actor actor) {
		lock(id);
		List<String> before = this.mapper.officersOf(id);
		if (before.contains(userid)) {
			if (before.size() == 1) {
				throw new FieldMissing("officerUserids", "承办人");
			}
			Instant now = now();
			this.mapper.unassign(id, userid);
			this.mapper.touch(id, now);
			this.ledger.record(actor, AUDIT_TYPE, Long.toString(id), "case.officer_removed",
					Changes.of().change("officers", before, this.mapper.officersOf(id)));
		}
		return get(id);
	}

	private void requireActive(String userid) {
		Officer officer = this.officers.get(userid);
		if (!officer.active()) {
			throw new OfficerInactive("officerUserids", userid);
		}
	}

	private CaseMapper.Row lock(long id) {
		CaseMapper.Row row = this.mapper.lockById(id);
		if (row == null) {
			throw new CaseNotFound("（编号" + id + "）");
		}
		return row;
	}

	private Case update(CaseMapper.Row row, Stage stage, CaseStatus status, Actor actor) {
		Changes changes = Changes.of().change("stage", row.stage(), stage).change("status", row.status(), status);
		if (changes.isEmpty()) {
			return toCase(row);
		}
		this.mapper.updateStageAndStatus(row.id(), stage, status, now());
		this.ledger.record(actor, AUDIT_TYPE, Long.toString(row.id()), "case.updated", changes);
		return get(row.id());
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.SECONDS);
	}

	private Case toCase(CaseMapper.Row row) {
		return new Case(row.id(), CaseNumber.parse(row.caseNumber()), row.charge(), row.chargeDetail(), row.stage(),
				row.status(), this.mapper.officersOf(row.id()), row.createdAt(), row.updatedAt());
	}

}
