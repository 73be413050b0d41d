package cn.jiangle.ecojustice.db.binding;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;

import cn.jiangle.ecojustice.db.Actor;
import cn.jiangle.ecojustice.db.MapperBinding;
import cn.jiangle.ecojustice.db.audit.AuditLedger;
import cn.jiangle.ecojustice.db.audit.Changes;
import cn.jiangle.ecojustice.db.crypto.FieldCipher;
import org.mybatis.spring.SqlSessionTemplate;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * 绑定码: single-use, expiring, unguessable codes an officer issues for one party of a case, so the defendant can bind
 * their WeChat (through 微信客服) to that party. A code is 12 Crockford base-32 characters (60 random bits), shown as
 * {@code ABCD-EFGH-JKMN}; typing is forgiving (case, dashes, spaces, O/0, I/L/1). Only a keyed hash is stored, and
 * issuing a new code for a party revokes its unused ones.
 */
public class BindingCodes {

	/** Audit entity type of the party a code was issued for. */
	public static final String AUDIT_TYPE = "PARTY";

	private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

	private static final int LENGTH = 12;

	private static final String HASH_PURPOSE = "binding-code";

	/** What a code is at a given moment. NONE: no code was given at all. */
	public enum CodeState {
		NONE, VALID, EXPIRED, USED, REVOKED, UNKNOWN
	}

	/**
	 * A freshly issued code; the plaintext exists only here, to be shown once to the officer.
	 */
	public record IssuedCode(long id, String code, long caseId, long partyId, Instant expiresAt) {

		/** The code grouped for reading aloud or typing, e.g. ABCD-EFGH-JKMN. */
		public String display() {
			return code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.substring(8);
		}

		@Override
		public String toString() {
			return "IssuedCode[id=" + id + ", party=" + partyId + ", expiresAt=" + expiresAt + "]";
		}

	}

	/** Whom a redeemed code was for. */
	public record CodeOwner(long bindingCodeId, long caseId, long partyId) {
	}

	/** An issued code, row-locked in the caller's transaction, and its state then. */
	public record LockedCode(CodeOwner owner, CodeState state) {
	}

	private final BindingCodeMapper mapper;

	private final FieldCipher cipher;

	private final AuditLedger ledger;

	private final SecureRandom random = new SecureRandom();

	BindingCodes(SqlSessionTemplate sessions, FieldCipher cipher, AuditLedger ledger) {
		this.mapper = MapperBinding.bind(sessions, BindingCodeMapper.class);
		this.cipher = cipher;
		this.ledger = ledger;
	}

	/**
	 * Issues a code for a party (revoking the party's unused codes) and records it in the audit ledger.
	 * @throws PartyUnknown if there is no such party
	 */
	@Transactional
	public IssuedCode issue(long partyId, Actor issuer, Duration validFor, Instant now) {
		if (validFor.isNegative() || validFor.isZero()) {
			throw new IllegalArgumentException("a binding code must be valid for a positive duration");
		}
		Long caseId = mapper.caseOfParty(partyId);
		if (caseId == null) {
			throw new PartyUnknown(partyId);
		}
		Instant at = now.truncatedTo(ChronoUnit.SECONDS);
		Instant expiresAt = at.plus(validFor).truncatedTo(ChronoUnit.SECONDS);
		int revoked = mapper.revokeUnused(partyId, at);
		for (int attempt = 0;; attempt++) {
			String code = newCode();
			BindingCodeMapper.NewRow row = new BindingCodeMapper.NewRow(hash(code), caseId, partyId, issuer.id(), at,
					expiresAt);
			try {
				mapper.insert(row);
			}
			catch (DuplicateKeyException ex) {
				// 60 random bits: a collision is astronomically rare, but never hand out someone else's code
				if (attempt < 3) {
					continue;
				}
				throw ex;
			}
			ledger.record(issuer, AUDIT_TYPE, String.valueOf(partyId), "party.binding_code_issued",
					Changes.of().set("bindingCodeId", row.id).set("expiresAt", expiresAt.toString())
						.set("revokedEarlier", revoked));
			return new IssuedCode(row.id, code, caseId, partyId, expiresAt);
		}
	}

	/** What {@code typedCode} is at {@code now}. */
	@Transactional(readOnly = true)
	public CodeState state(String typedCode, Instant now) {
		return lookup(typedCode).map(row -> stateOf(row, now)).orElse(typedCode == null || typedCode.isBlank()
				? CodeState.NONE : CodeState.UNKNOWN);
	}

	/**
	 * Uses a code once, for the WeChat user {@code externalUserid}.
	 * @throws BindingCodeNotRedeemable when it is unknown, expired, used or revoked
	 */
	@Transactional
	public CodeOwner redeem(String typedCode, String externalUserid, Instant now) {
		Optional<String> normalised = normalise(typedCode);
		if (normalised.isEmpty()) {
			throw new BindingCodeNotRedeemable(CodeState.UNKNOWN);
		}
		String hash = hash(normalised.get());
		Instant at = now.truncatedTo(ChronoUnit.SECONDS);
		// one conditional UPDATE: of two concurrent redemptions exactly one matches
		if (mapper.redeem(hash, externalUserid, at) != 1) {
			BindingCodeMapper.Row row = mapper.byHash(hash);
			throw new BindingCodeNotRedeemable(row == null ? CodeState.UNKNOWN : stateOf(row, now));
		}
		BindingCodeMapper.Row row = mapper.byHash(hash);
		ledger.record(Actor.SYSTEM, AUDIT_TYPE, String.valueOf(row.partyId()), "party.binding_code_redeemed",
				Changes.of().set("bindingCodeId", row.id()));
		return new CodeOwner(row.id(), row.caseId(), row.partyId());
	}

	/**
	 * Looks a typed code up and locks its row until the caller's transaction ends, so that a {@link #redeem} of a
	 * {@link CodeState#VALID} code in the same transaction cannot fail. Empty when it is no issued code.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Optional<LockedCode> lock(String typedCode, Instant now) {
		return normalise(typedCode).map(code -> mapper.lockByHash(hash(code)))
			.map(row -> new LockedCode(new CodeOwner(row.id(), row.caseId(), row.partyId()), stateOf(row, now)));
	}

	/**
	 * Records that a WeChat user entered a 微信客服 session, and with which code (the enter_session scene_param), for
	 * the defendant flows to pick up. The code is not redeemed here. A redelivered event is recorded once.
	 * @return the code's state at arrival
	 */
	@Transactional
	public CodeState recordArrival(long eventId, String openKfId, String externalUserid, String sceneParam,
			Instant now) {
		Optional<BindingCodeMapper.Row> row = lookup(sceneParam);
		CodeState state = row.map(r -> stateOf(r, now))
			.orElse(sceneParam == null || sceneParam.isBlank() ? CodeState.NONE : CodeState.UNKNOWN);
		try {
			mapper.arrival(eventId, openKfId, externalUserid, row.map(BindingCodeMapper.Row::id).orElse(null), state,
					now.truncatedTo(ChronoUnit.SECONDS));
		}
		catch (DuplicateKeyException ex) {
			// the same enter_session event again: already recorded
		}
		return state;
	}

	/**
	 * The canonical form of a typed code: upper case, separators dropped, O read as 0 and I/L as 1. Empty when it
	 * cannot be a code.
	 */
	public static Optional<String> normalise(String typed) {
		if (typed == null) {
			return Optional.empty();
		}
		StringBuilder code = new StringBuilder(LENGTH);
		for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
			char mapped = switch (c) {
				case 'O' -> '0';
				case 'I', 'L' -> '1';
				case '-', ' ', '\u3000', '_' -> 0;
				default -> c;
			};
			if (mapped == 0) {
				continue;
			}
			if (ALPHABET.indexOf(mapped) < 0 || code.length() == LENGTH) {
				return Optional.empty();
			}
			code.append(mapped);
		}
		return code.length() == LENGTH ? Optional.of(code.toString()) : Optional.empty();
	}

	private Optional<BindingCodeMapper.Row> lookup(String typedCode) {
		return normalise(typedCode).map(code -> mapper.byHash(hash(code)));
	}

	private static CodeState stateOf(BindingCodeMapper.Row row, Instant now) {
		if (row.usedAt() != null) {
			return CodeState.USED;
		}
		if (row.revokedAt() != null) {
			return CodeState.REVOKED;
		}
		return row.expiresAt().isAfter(now) ? CodeState.VALID : CodeState.EXPIRED;
	}

	private String newCode() {
		StringBuilder code = new StringBuilder(LENGTH);
		for (int i = 0; i < LENGTH; i++) {
			code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return code.toString();
	}

	private String hash(String normalisedCode) {
		return cipher.lookupHash(HASH_PURPOSE, normalisedCode);
	}

	/** No party has the given id. */
	public static class PartyUnknown extends cn.jiangle.ecojustice.db.RecordNotFound {

		public PartyUnknown(long partyId) {
			super("未找到编号为 " + partyId + " 的当事人。");
		}

	}

}
