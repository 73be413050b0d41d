package cn.jiangle.ecojustice.db.parties;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import cn.jiangle.ecojustice.db.Actor;
import cn.jiangle.ecojustice.db.MapperBinding;
import cn.jiangle.ecojustice.db.RequiredText;
import cn.jiangle.ecojustice.db.audit.AuditLedger;
import cn.jiangle.ecojustice.db.audit.Changes;
import cn.jiangle.ecojustice.db.cases.Cases;
import cn.jiangle.ecojustice.db.crypto.FieldCipher;
import cn.jiangle.ecojustice.db.crypto.SealedColumns;
import org.mybatis.spring.SqlSessionTemplate;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.annotation.Transactional;

/**
 * Parties (defendants) of cases. 身份证号 and phone are encrypted at rest and found by keyed hash; the audit ledger
 * records only that they were set or changed, never their values.
 */
public class Parties {

	public static final String AUDIT_TYPE = "PARTY";

	static final String ID_CARD_PURPOSE = "party.id-card";

	static final String PHONE_PURPOSE = "party.phone";

	private final PartyMapper mapper;

	private final Cases cases;

	private final FieldCipher cipher;

	private final AuditLedger ledger;

	private final Clock clock;

	Parties(SqlSessionTemplate sessions, Cases cases, FieldCipher cipher, AuditLedger ledger, Clock clock) {
		this.mapper = MapperBinding.bind(sessions, PartyMapper.class);
		this.cases = cases;
		this.cipher = cipher;
		this.ledger = ledger;
		this.clock = clock;
	}

	/**
	 * Registers a party of a case.
	 *
	 * @throws cn.jiangle.ecojustice.db.cases.CaseNotFound when the case does not exist
	 * @throws DuplicateParty when a party with the same 身份证号 is already in the case
	 */
	@Transactional
	public Party add(long caseId, NewParty party, Actor actor) {
		this.cases.get(caseId);
		Instant now = now();
		String idCard = (party.idCard() != null) ? party.idCard().value() : null;
		String phone = (party.phone() != null) ? party.phone().value() : null;
		try {
			this.mapper.insert(caseId, party.name(), hash(ID_CARD_PURPOSE, idCard), hash(PHONE_PURPOSE, phone), now);
		}
		catch (DuplicateKeyException ex) {
			throw new DuplicateParty();
		}
		long id = this.mapper.lastInsertId();
		this.mapper.seal(id, sealIdCard(id, idCard), sealPhone(id, phone));
		this.ledger.record(actor, AUDIT_TYPE, Long.toString(id), "party.added", Changes.of()
			.set("caseId", caseId)
			.set("name", party.name())
			.setSensitive("idCard", idCard)
			.setSensitive("phone", phone));
		return new Party(id, caseId, party.name(), party.idCard(), party.phone(), null, now, now);
	}

	@Transactional(readOnly = true)
	public Optional<Party> find(long id) {
		return Optional.ofNullable(this.mapper.byId(id)).map(this::toParty);
	}

	/** The party, or {@link PartyNotFound}. */
	@Transactional(readOnly = true)
	public Party get(long id) {
		return find(id).orElseThrow(() -> new PartyNotFound(id));
	}

	@Transactional(readOnly = true)
	public List<Party> ofCase(long caseId) {
		return this.mapper.byCase(caseId).stream().map(this::toParty).toList();
	}

	/** Every party record (one per case) of the person with this 身份证号. */
	@Transactional(readOnly = true)
	public List<Party> findByIdCard(IdCardNumber idCard) {
		return this.mapper.byIdCardHash(hash(ID_CARD_PURPOSE, idCard.value()))
			.stream()
			.map(this::toParty)
			.toList();
	}

	@Transactional(readOnly = true)
	public List<Party> findByPhone(MobilePhone phone) {
		return this.mapper.byPhoneHash(hash(PHONE_PURPOSE, phone.value())).stream().map(this::toParty).toList();
	}

	@Transactional(readOnly = true)
	public List<Party> findByExternalUserid(String externalUserid) {
		return this.mapper.byExternalUserid(externalUserid).stream().map(this::toParty).toList();
	}

	/** Records the WeCom external contact id of the party (e.g. once the defendant added the officer). */
	@Transactional
	public Party bindExternalUser(long partyId, String externalUserid, Actor actor) {
		String checked = RequiredText.of(externalUserid, "externalUserid", "企业微信外部联系人ID", 64);
		PartyMapper.Row row = lock(partyId);
		return update(row, row.name(), row.idCard(), row.phone(), checked, actor, "party.external_user_bound");
	}

	/** Corrects name, 身份证号 or phone ({@code null} clears a number). */
	@Transactional
	public Party correct(long partyId, NewParty corrected, Actor actor) {
		PartyMapper.Row row = lock(partyId);
		String idCard = (corrected.idCard() != null) ? corrected.idCard().value() : null;
		String phone = (corrected.phone() != null) ? corrected.phone().value() : null;
		return update(row, corrected.name(), idCard, phone, row.externalUserid(), actor, "party.corrected");
	}

	private Party update(PartyMapper.Row row, String name, String idCard, String phone, String externalUserid,
			Actor actor, String action) {
		Changes changes = Changes.of()
			.change("name", row.name(), name)
			.changeSensitive("idCard", row.idCard(), idCard)
			.changeSensitive("phone", row.phone(), phone)
			.change("externalUserid", row.externalUserid(), externalUserid);
		if (changes.isEmpty()) {
			return asParty(row);
		}
		Instant now = now();
		try {
			this.mapper.update(row.id(), name, sealIdCard(row.id(), idCard), hash(ID_CARD_PURPOSE, idCard),
					sealPhone(row.id(), phone), hash(PHONE_PURPOSE, phone), externalUserid, now);
		}
		catch (DuplicateKeyException ex) {
			throw new DuplicateParty();
		}
		this.ledger.record(actor, AUDIT_TYPE, Long.toString(row.id()), action, changes);
		return new Party(row.id(), row.caseId(), name, (idCard != null) ? new IdCardNumber(idCard) : null,
				(phone != null) ? new MobilePhone(phone) : null, externalUserid, row.createdAt(), now);
	}

	private PartyMapper.Row lock(long id) {
		PartyMapper.Row row = this.mapper.lockById(id);
		if (row == null) {
			throw new PartyNotFound(id);
		}
		return opened(row);
	}

	private String sealIdCard(long partyId, String idCard) {
		return (idCard != null) ? this.cipher.seal(idCard, SealedColumns.PARTY_ID_CARD.cell(Long.toString(partyId)))
				: null;
	}

	private String sealPhone(long partyId, String phone) {
		return (phone != null) ? this.cipher.seal(phone, SealedColumns.PARTY_PHONE.cell(Long.toString(partyId))) : null;
	}

	/** The row with its numbers decrypted. */
	private PartyMapper.Row opened(PartyMapper.Row row) {
		String id = Long.toString(row.id());
		return new PartyMapper.Row(row.id(), row.caseId(), row.name(),
				(row.idCard() != null) ? this.cipher.open(row.idCard(), SealedColumns.PARTY_ID_CARD.cell(id)) : null,
				(row.phone() != null) ? this.cipher.open(row.phone(), SealedColumns.PARTY_PHONE.cell(id)) : null,
				row.externalUserid(), row.createdAt(), row.updatedAt());
	}

	private String hash(String purpose, String value) {
		return (value != null) ? this.cipher.lookupHash(purpose, value) : null;
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.SECONDS);
	}

	private Party toParty(PartyMapper.Row sealed) {
		return asParty(opened(sealed));
	}

	private static Party asParty(PartyMapper.Row row) {
		return new Party(row.id(), row.caseId(), row.name(),
				(row.idCard() != null) ? new IdCardNumber(row.idCard()) : null,
				(row.phone() != null) ? new MobilePhone(row.phone()) : null, row.externalUserid(), row.createdAt(),
				row.updatedAt());
	}

}
