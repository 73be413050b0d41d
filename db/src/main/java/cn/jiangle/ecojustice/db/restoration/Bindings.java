package cn.jiangle.ecojustice.db.restoration;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import cn.jiangle.ecojustice.db.Actor;
import cn.jiangle.ecojustice.db.binding.BindingCodeNotRedeemable;

/**
 * Which WeChat user (微信客服 external_userid) is the defendant of which party: one user ↔ exactly one party, made by
 * redeeming a 绑定码 once.
 */
public class Bindings {

	Bindings() {
	}

	/**
	 * Binds the WeChat user to the party of {@code code}, using the code. Redeeming again the code that bound this
	 * user (a redelivered event) returns the binding unchanged.
	 * @throws BindingCodeNotRedeemable why the code cannot bind (the attempt is recorded and counts as wrong)
	 * @throws BindingLocked after 5 wrong codes from this user within an hour, for an hour
	 */
	public Binding redeem(String externalUserId, String openKfId, String code, long eventId, Instant now) {
		throw new UnsupportedOperationException("not yet");
	}

	public Optional<Binding> ofUser(String externalUserId) {
		throw new UnsupportedOperationException("not yet");
	}

	public Optional<Binding> ofParty(long partyId) {
		throw new UnsupportedOperationException("not yet");
	}

	public List<Binding> ofCase(long caseId) {
		throw new UnsupportedOperationException("not yet");
	}

	/** Until when the user may not bind, if locked at {@code now}. */
	public Optional<Instant> lockedUntil(String externalUserId, Instant now) {
		throw new UnsupportedOperationException("not yet");
	}

	/**
	 * Removes the party's binding.
	 * @throws NotAHandlingOfficer unless {@code actor} handles the case (or is the system)
	 * @throws PartyNotBound when no user is bound
	 */
	public void unbind(long partyId, Actor actor) {
		throw new UnsupportedOperationException("not yet");
	}

}
