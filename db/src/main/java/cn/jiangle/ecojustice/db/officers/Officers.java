package cn.jiangle.ecojustice.db.officers;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import cn.jiangle.ecojustice.db.Actor;
import cn.jiangle.ecojustice.db.FieldMissing;
import cn.jiangle.ecojustice.db.MapperBinding;
import cn.jiangle.ecojustice.db.RequiredText;
import cn.jiangle.ecojustice.db.agencies.Agencies;
import cn.jiangle.ecojustice.db.agencies.Agency;
import cn.jiangle.ecojustice.db.audit.AuditLedger;
import cn.jiangle.ecojustice.db.audit.Changes;
import org.mybatis.spring.SqlSessionTemplate;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.annotation.Transactional;

/** Officers: WeCom users, their agency and role. Every change is written to the audit ledger. */
public class Officers {

	public static final String AUDIT_TYPE = "OFFICER";

	private static final Pattern USERID = Pattern.compile("[A-Za-z0-9_.@-]{1,64}");

	private final OfficerMapper mapper;

	private final Agencies agencies;

	private final AuditLedger ledger;

	private final Clock clock;

	Officers(SqlSessionTemplate sessions, Agencies agencies, AuditLedger ledger, Clock clock) {
		this.mapper = MapperBinding.bind(sessions, OfficerMapper.class);
		this.agencies = agencies;
		this.ledger = ledger;
		this.clock = clock;
	}

	/** Validates a WeCom userid, returning it stripped, or throws {@link UseridMalformed}. */
	public static String checkUserid(String userid) {
		String stripped = (userid != null) ? userid.strip() : "";
		if (!USERID.matcher(stripped).matches()) {
			throw new UseridMalformed();
		}
		return stripped;
	}

	/**
	 * Registers an officer of an agency.
	 *
	 * @throws UseridMalformed, OfficerAlreadyRegistered, FieldMissing, FieldTooLong, AgencyNotFound
	 */
	@Transactional
	public Officer register(String userid, String agencyCode, Role role, String name, Actor actor) {
		String checkedUserid = checkUserid(userid);
		if (role == null) {
			throw new FieldMissing("role", "角色");
		}
		String checkedName = RequiredText.of(name, "name", "姓名", 50);
		Agency agency = this.agencies.get(agencyCode);
		return insert(checkedUserid, agency, role, checkedName, actor);
	}

	/**
	 * Makes sure {@code userid} is an active administrator: registers it (without agency) if unknown, promotes or
	 * reactivates it otherwise. Does nothing, and records nothing, when it already is one. Used for the bootstrap
	 * administrator named in configuration.
	 */
	@Transactional
	public Officer ensureAdmin(String userid, String name) {
		String checkedUserid = checkUserid(userid);
		if (this.mapper.byUserid(checkedUserid) == null) {
			try {
				return insert(checkedUserid, null, Role.ADMIN, RequiredText.of(name, "name", "姓名", 50), Actor.SYSTEM);
			}
			catch (OfficerAlreadyRegistered ex) {
				// another node registered it between our look-up and insert: fall through and check it
			}
		}
		OfficerMapper.Row row = lock(checkedUserid);
		if (row.role() == Role.ADMIN && row.active()) {
			return toOfficer(row);
		}
		return update(row, Role.ADMIN, true, Actor.SYSTEM);
	}

	@Transactional(readOnly = true)
	public Optional<Officer> find(String userid) {
		return Optional.ofNullable(this.mapper.byUserid(userid)).map(Officers::toOfficer);
	}

	/** The officer, or {@link OfficerNotFound}. */
	@Transactional(readOnly = true)
	public Officer get(String userid) {
		return find(userid).orElseThrow(() -> new OfficerNotFound(userid));
	}

	@Transactional(readOnly = true)
	public List<Officer> all() {
		return this.mapper.all().stream().map(Officers::toOfficer).toList();
	}

	/** Active officers of the agency with {@code agencyCode}. */
	@Transactional(readOnly = true)
	public List<Officer> activeOf(String agencyCode) {
		return this.mapper.activeByAgency(agencyCode).stream().map(Officers::toOfficer).toList();
	}

	@Transactional
	public Officer deactivate(String userid, Actor actor) {
		OfficerMapper.Row row = lock(userid);
		return update(row, row.role(), false, actor);
	}

	private OfficerMapper.Row lock(String userid) {
		OfficerMapper.Row row = this.mapper.lockByUserid(userid);
		if (row == null) {
			throw new OfficerNotFound(userid);
		}
		return row;
	}

	private Officer insert(String userid, Agency agency, Role role, String name, Actor actor) {
		Instant now = now();
		try {
			this.mapper.insert(userid, (agency != null) ? agency.id() : null, role, name, now);
		}
		catch (DuplicateKeyException ex) {
			throw new OfficerAlreadyRegistered(userid);
		}
		this.ledger.record(actor, AUDIT_TYPE, userid, "officer.registered", Changes.of()
			.set("name", name)
			.set("role", role)
			.set("agency", (agency != null) ? agency.code() : null));
		return new Officer(userid, name, role, agency, true, now, now);
	}

	private Officer update(OfficerMapper.Row row, Role role, boolean active, Actor actor) {
		Changes changes = Changes.of().change("role", row.role(), role).change("active", row.active(), active);
		if (changes.isEmpty()) {
			return toOfficer(row);
		}
		Instant now = now();
		this.mapper.updateRoleAndActive(row.userid(), role, active, now);
		this.ledger.record(actor, AUDIT_TYPE, row.userid(), "officer.updated", changes);
		return new Officer(row.userid(), row.name(), role, agencyOf(row), active, row.createdAt(), now);
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.SECONDS);
	}

	private static Officer toOfficer(OfficerMapper.Row row) {
		return new Officer(row.userid(), row.name(), row.role(), agencyOf(row), row.active(), row.createdAt(),
				row.updatedAt());
	}

	private static Agency agencyOf(OfficerMapper.Row row) {
		return (row.agencyId() != null) ? new Agency(row.agencyId(), row.agencyCode(), row.agencyKind(), row.agencyName())
				: null;
	}

}
