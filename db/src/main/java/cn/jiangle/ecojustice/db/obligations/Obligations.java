package cn.jiangle.ecojustice.db.obligations;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import cn.jiangle.ecojustice.db.Actor;
import cn.jiangle.ecojustice.db.FieldMissing;
import cn.jiangle.ecojustice.db.MapperBinding;
import cn.jiangle.ecojustice.db.audit.AuditLedger;
import cn.jiangle.ecojustice.db.audit.Changes;
import cn.jiangle.ecojustice.db.cases.Cases;
import cn.jiangle.ecojustice.db.parties.Parties;
import cn.jiangle.ecojustice.db.parties.Party;
import org.mybatis.spring.SqlSessionTemplate;

import org.springframework.transaction.annotation.Transactional;

/** Restoration obligations: amounts by kind, legal basis, chosen path. Every change is written to the audit ledger. */
public class Obligations {

	public static final String AUDIT_TYPE = "OBLIGATION";

	private final ObligationMapper mapper;

	private final Cases cases;

	private final Parties parties;

	private final AuditLedger ledger;

	private final Clock clock;

	Obligations(SqlSessionTemplate sessions, Cases cases, Parties parties, AuditLedger ledger, Clock clock) {
		this.mapper = MapperBinding.bind(sessions, ObligationMapper.class);
		this.cases = cases;
		this.parties = parties;
		this.ledger = ledger;
		this.clock = clock;
	}

	/**
	 * Records an obligation of a case, or of one of its parties.
	 *
	 * @throws cn.jiangle.ecojustice.db.cases.CaseNotFound when the case does not exist
	 * @throws cn.jiangle.ecojustice.db.parties.PartyNotFound when the party does not exist
	 * @throws PartyNotInCase when the party belongs to another case
	 */
	@Transactional
	public Obligation add(long caseId, NewObligation obligation, Actor actor) {
		this.cases.get(caseId);
		if (obligation.partyId() != null) {
			Party party = this.parties.get(obligation.partyId());
			if (party.caseId() != caseId) {
				throw new PartyNotInCase();
			}
		}
		Instant now = now();
		this.mapper.insert(caseId, obligation.partyId(), obligation.basis().type(),
				obligation.basis().documentNumber(), obligation.path(), now);
		long id = this.mapper.lastInsertId();
		obligation.amounts().forEach((kind, amount) -> this.mapper.insertAmount(id, kind, amount));
		Changes changes = Changes.of()
			.set("caseId", caseId)
			.set("partyId", obligation.partyId())
			.set("basisType", obligation.basis().type())
			.set("basisNumber", obligation.basis().documentNumber())
			.set("path", obligation.path());
		obligation.amounts().forEach((kind, amount) -> changes.set("amount." + kind.name(), amount));
		this.ledger.record(actor, AUDIT_TYPE, Long.toString(id), "obligation.added", changes);
		return new Obligation(id, caseId, obligation.partyId(), obligation.amounts(), obligation.basis(),
				obligation.path(), now, now);
	}

	@Transactional(readOnly = true)
	public Optional<Obligation> find(long id) {
		ObligationMapper.Row row = this.mapper.byId(id);
		return Optional.ofNullable(row).map((r) -> toObligation(r, this.mapper.amountsOf(id)));
	}

	/** The obligation, or {@link ObligationNotFound}. */
	@Transactional(readOnly = true)
	public Obligation get(long id) {
		return find(id).orElseThrow(() -> new ObligationNotFound(id));
	}

	@Transactional(readOnly = true)
	public List<Obligation> ofCase(long caseId) {
		Map<Long, List<ObligationMapper.AmountRow>> amounts = this.mapper.amountsOfCase(caseId)
			.stream()
			.collect(Collectors.groupingBy(ObligationMapper.AmountRow::obligationId));
		return this.mapper.byCase(caseId)
			.stream()
			.map((row) -> toObligation(row, amounts.getOrDefault(row.id(), List.of())))
			.toList();
	}

	/** Records the path the party chose (认购碳汇 or 劳役代偿) or resets it to undecided. */
	@Transactional
	public Obligation choosePath(long id, RestorationPath path, Actor actor) {
		if (path == null) {
			throw new FieldMissing("path", "修复方式");
		}
		ObligationMapper.Row row = lock(id);
		return updateRow(row, new LegalBasis(row.basisType(), row.basisNumber()), path, actor);
	}

	/** Corrects the legal basis. */
	@Transactional
	public Obligation changeBasis(long id, LegalBasis basis, Actor actor) {
		if (basis == null) {
			throw new FieldMissing("legalBasis", "法律依据");
		}
		ObligationMapper.Row row = lock(id);
		return updateRow(row, basis, row.path(), actor);
	}

	/**
	 * Sets the amount of one kind ({@code null} removes it). The last amount cannot be removed.
	 *
	 * @throws Yuan.AmountMalformed, Yuan.AmountOutOfRange
	 */
	@Transactional
	public Obligation setAmount(long id, ObligationKind kind, BigDecimal amount, Actor actor) {
		if (kind == null) {
			throw new FieldMissing("amountKind", "金额类别");
		}
		BigDecimal checked = (amount != null) ? Yuan.check(amount, kind.label()) : null;
		ObligationMapper.Row row = lock(id);
		Map<ObligationKind, BigDecimal> before = amountMap(this.mapper.amountsOf(id));
		BigDecimal previous = before.get(kind);
		Changes changes = Changes.of().change("amount." + kind.name(), previous, checked);
		if (changes.isEmpty()) {
			return toObligation(row, this.mapper.amountsOf(id));
		}
		if (checked == null) {
			if (before.size() == 1) {
				throw new FieldMissing("amount", "修复金额（至少一项）");
			}
			this.mapper.deleteAmount(id, kind);
		}
		else if (previous == null) {
			this.mapper.insertAmount(id, kind, checked);
		}
		else {
			this.mapper.updateAmount(id, kind, checked);
		}
		this.mapper.update(id, row.basisType(), row.basisNumber(), row.path(), now());
		this.ledger.record(actor, AUDIT_TYPE, Long.toString(id), "obligation.amount_changed", changes);
		return get(id);
	}

	private Obligation updateRow(ObligationMapper.Row row, LegalBasis basis, RestorationPath path, Actor actor) {
		Changes changes = Changes.of()
			.change("basisType", row.basisType(), basis.type())
			.change("basisNumber", row.basisNumber(), basis.documentNumber())
			.change("path", row.path(), path);
		if (changes.isEmpty()) {
			return toObligation(row, this.mapper.amountsOf(row.id()));
		}
		this.mapper.update(row.id(), basis.type(), basis.documentNumber(), path, now());
		this.ledger.record(actor, AUDIT_TYPE, Long.toString(row.id()), "obligation.updated", changes);
		return get(row.id());
	}

	private ObligationMapper.Row lock(long id) {
		ObligationMapper.Row row = this.mapper.lockById(id);
		if (row == null) {
			throw new ObligationNotFound(id);
		}
		return row;
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.SECONDS);
	}

	private static Map<ObligationKind, BigDecimal> amountMap(List<ObligationMapper.AmountRow> rows) {
		EnumMap<ObligationKind, BigDecimal> amounts = new EnumMap<>(ObligationKind.class);
		rows.forEach((row) -> amounts.put(row.kind(), row.amount()));
		return amounts;
	}

	private static Obligation toObligation(ObligationMapper.Row row, List<ObligationMapper.AmountRow> amounts) {
		return new Obligation(row.id(), row.caseId(), row.partyId(), java.util.Collections.unmodifiableMap(amountMap(amounts)),
				new LegalBasis(row.basisType(), row.basisNumber()), row.path(), row.createdAt(), row.updatedAt());
	}

}
