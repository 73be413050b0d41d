package cn.jiangle.ecojustice.db.restoration;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import cn.jiangle.ecojustice.db.Actor;
import cn.jiangle.ecojustice.db.MapperBinding;
import cn.jiangle.ecojustice.db.audit.AuditLedger;
import cn.jiangle.ecojustice.db.audit.Changes;
import cn.jiangle.ecojustice.db.binding.BindingCodeNotRedeemable;
import cn.jiangle.ecojustice.db.binding.BindingCodes;
import cn.jiangle.ecojustice.db.binding.BindingCodes.CodeState;
import cn.jiangle.ecojustice.db.binding.BindingCodes.LockedCode;
import cn.jiangle.ecojustice.db.cases.Cases;
import cn.jiangle.ecojustice.db.officers.Officers;
import cn.jiangle.ecojustice.db.parties.PartyNotFound;
import org.mybatis.spring.SqlSessionTemplate;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which WeChat user (微信客服 external_userid) is the defendant of which party: one user ↔ exactly one party, made by
 * redeeming a 绑定码 once. A user's attempts are counted one at a time on any node (the user's guard row is locked);
 * 5 wrong codes within an hour lock the user out for an hour.
 */
public class Bindings {

	/** Audit entity type of a binding (its id is the party's). */
	public static final String AUDIT_TYPE = "PARTY";

	/** Audit entity type of a WeChat user locked out (its id is the external_userid). */
	public static final String AUDIT_TYPE_USER = "WECHAT_USER";

	static final int WRONG_CODES_BEFORE_LOCK = 5;

	static final Duration WINDOW = Duration.ofHours(1);

	static final Duration LOCK = Duration.ofHours(1);

	private static final Pattern WECHAT_ID = Pattern.compile("[A-Za-z0-9_.@-]{1,64}");

	private final BindingMapper mapper;

	private final BindingCodes codes;

	private final Cases cases;

	private final Authority authority;

	private final AuditLedger ledger;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Bindings(SqlSessionTemplate sessions, BindingCodes codes, Cases cases, Officers officers, AuditLedger ledger,
			ApplicationEventPublisher events, Clock clock) {
		this.mapper = MapperBinding.bind(sessions, BindingMapper.class);
		this.codes = codes;
		this.cases = cases;
		this.authority = new Authority(officers, this.mapper);
		this.ledger = ledger;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Binds the WeChat user to the party of {@code code}, using the code. Presenting again the code that bound this
	 * user (a redelivered event) returns the binding unchanged, without event.
	 * <p>
	 * A refusal changes nothing but the record of the attempt, which is written in the caller's transaction (this
	 * method does not mark it rollback-only): catch the exception and commit.
	 * @throws BindingCodeNotRedeemable why the code cannot bind; UNKNOWN, EXPIRED, USED and REVOKED count as wrong
	 * @throws BindingLocked at the 5th wrong code within an hour (event {@link BindingAttemptsLocked}) and while
	 * locked, for an hour
	 */
	@Transactional(isolation = Isolation.READ_COMMITTED,
			noRollbackFor = { BindingCodeNotRedeemable.class, BindingLocked.class })
	public Binding redeem(String externalUserId, String openKfId, String code, long eventId, Instant now) {
		String user = checkWeChatId(externalUserId, "externalUserId");
		String kf = checkWeChatId(openKfId, "openKfId");
		Instant at = now.truncatedTo(ChronoUnit.SECONDS);
		this.mapper.ensureGuard(user);
		BindingMapper.Guard guard = this.mapper.lockGuard(user);
		if (guard.lockedUntil() != null && guard.lockedUntil().isAfter(at)) {
			this.mapper.attempt(user, eventId, null, "LOCKED", at);
			throw new BindingLocked(guard.lockedUntil());
		}
		Optional<LockedCode> presented = this.codes.lock(code, at);
		Binding mine = this.mapper.ofUser(user);
		Long codeId = presented.map((c) -> c.owner().bindingCodeId()).orElse(null);
		if (mine != null && presented.isPresent() && presented.get().owner().partyId() == mine.partyId()) {
			return mine;
		}
		CodeState state = presented.map(LockedCode::state).orElse(CodeState.UNKNOWN);
		if (state != CodeState.VALID) {
			throw wrongCode(user, kf, eventId, presented, state, guard, at);
		}
		if (mine != null) {
			this.mapper.attempt(user, eventId, codeId, "ALREADY_BOUND_ELSEWHERE", at);
			throw BindingCodeNotRedeemable.alreadyBoundElsewhere(true);
		}
		long partyId = presented.get().owner().partyId();
		Long caseId = this.mapper.lockParty(partyId);
		if (this.mapper.ofParty(partyId) != null) {
			this.mapper.attempt(user, eventId, codeId, "ALREADY_BOUND_ELSEWHERE", at);
			throw BindingCodeNotRedeemable.alreadyBoundElsewhere(false);
		}
		// the code row is locked and VALID: this cannot fail
		this.codes.redeem(code, user, at);
		this.mapper.insert(partyId, caseId, user, kf, codeId, at);
		this.mapper.mirrorOnParty(partyId, user, at);
		this.mapper.attempt(user, eventId, codeId, "BOUND", at);
		this.ledger.record(Actor.SYSTEM, AUDIT_TYPE, Long.toString(partyId), "party.bound", Changes.of()
			.set("externalUserid", user)
			.set("openKfid", kf)
			.set("bindingCodeId", codeId));
		Binding binding = new Binding(partyId, caseId, user, kf, at);
		this.events.publishEvent(new PartyBound(binding, eventId));
		return binding;
	}

	private RuntimeException wrongCode(String user, String kf, long eventId, Optional<LockedCode> presented,
			CodeState state, BindingMapper.Guard guard, Instant at) {
		Long codeId = presented.map((c) -> c.owner().bindingCodeId()).orElse(null);
		this.mapper.attempt(user, eventId, codeId, state.name(), at);
		long attemptId = this.mapper.lastInsertId();
		if (this.mapper.wrongSince(user, guard.countedAfter(), at.minus(WINDOW)) < WRONG_CODES_BEFORE_LOCK) {
			return new BindingCodeNotRedeemable(state);
		}
		Instant until = at.plus(LOCK);
		this.mapper.lock(user, until, attemptId);
		Long caseId = presented.map((c) -> c.owner().caseId()).orElse(null);
		this.ledger.record(Actor.SYSTEM, AUDIT_TYPE_USER, user, "wechat_user.binding_locked", Changes.of()
			.set("lockedUntil", until)
			.set("wrongCodes", WRONG_CODES_BEFORE_LOCK)
			.set("caseId", caseId));
		this.events.publishEvent(new BindingAttemptsLocked(user, caseId, kf, until));
		return new BindingLocked(until);
	}

	@Transactional(readOnly = true)
	public Optional<Binding> ofUser(String externalUserId) {
		return Optional.ofNullable(this.mapper.ofUser(externalUserId));
	}

	@Transactional(readOnly = true)
	public Optional<Binding> ofParty(long partyId) {
		return Optional.ofNullable(this.mapper.ofParty(partyId));
	}

	/** The bindings of a case's parties, by party id. */
	@Transactional(readOnly = true)
	public List<Binding> ofCase(long caseId) {
		return this.mapper.ofCase(caseId);
	}

	/** Until when the user may not bind, if locked at {@code now}. */
	@Transactional(readOnly = true)
	public Optional<Instant> lockedUntil(String externalUserId, Instant now) {
		return Optional.ofNullable(this.mapper.lockedUntil(externalUserId)).filter((until) -> until.isAfter(now));
	}

	/**
	 * Removes the party's binding (event {@link PartyUnbound}); the WeChat user may then bind with a new code.
	 * @throws PartyNotFound when there is no such party
	 * @throws NotAHandlingOfficer unless {@code actor} handles the case (or is the system)
	 * @throws PartyNotBound when no user is bound
	 */
	@Transactional(isolation = Isolation.READ_COMMITTED)
	public void unbind(long partyId, Actor actor) {
		Long caseId = this.mapper.lockParty(partyId);
		if (caseId == null) {
			throw new PartyNotFound(partyId);
		}
		this.authority.requireHandlingOfficer(this.cases.get(caseId), actor, "解除绑定");
		Binding binding = this.mapper.ofParty(partyId);
		if (binding == null) {
			throw new PartyNotBound();
		}
		Instant at = this.clock.instant().truncatedTo(ChronoUnit.SECONDS);
		this.mapper.delete(partyId);
		this.mapper.mirrorOnParty(partyId, null, at);
		this.ledger.record(actor, AUDIT_TYPE, Long.toString(partyId), "party.unbound", Changes.of()
			.change("externalUserid", binding.externalUserId(), null)
			.set("openKfid", binding.openKfId()));
		this.events.publishEvent(new PartyUnbound(binding, actor));
	}

	private static String checkWeChatId(String id, String what) {
		if (id == null || !WECHAT_ID.matcher(id).matches()) {
			throw new IllegalArgumentException("Malformed " + what);
		}
		return id;
	}

}
