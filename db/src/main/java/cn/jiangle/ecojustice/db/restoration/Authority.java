package cn.jiangle.ecojustice.db.restoration;

import cn.jiangle.ecojustice.db.Actor;
import cn.jiangle.ecojustice.db.agencies.AgencyKind;
import cn.jiangle.ecojustice.db.cases.Case;
import cn.jiangle.ecojustice.db.officers.Officer;
import cn.jiangle.ecojustice.db.officers.Officers;
import cn.jiangle.ecojustice.db.officers.Role;

/** Who may make which transition: checked before anything is written. */
final class Authority {

	private final Officers officers;

	private final BindingMapper bindings;

	Authority(Officers officers, BindingMapper bindings) {
		this.officers = officers;
		this.bindings = bindings;
	}

	/** The system or an active handling officer of the case. */
	void requireHandlingOfficer(Case kase, Actor actor, String what) {
		if (!isHandlingOfficer(kase, actor)) {
			throw new NotAHandlingOfficer(what);
		}
	}

	/** The system, an active handling officer, or the WeChat user bound to the party ({@code Actor(externalUserId)}). */
	void requireOnBehalfOf(Case kase, long partyId, Actor actor, String what) {
		if (isHandlingOfficer(kase, actor)) {
			return;
		}
		Binding binding = this.bindings.ofParty(partyId);
		if (binding == null || !binding.externalUserId().equals(actor.id())) {
			throw NotAHandlingOfficer.norTheParty(what);
		}
	}

	/** Active 修复管理人工作人员 of the restoration manager (福建金森碳汇科技有限公司). */
	Officer requireManagerStaff(Actor actor, String what) {
		return this.officers.find(actor.id())
			.filter((officer) -> officer.is(Role.MANAGER_STAFF) && officer.agency() != null
					&& officer.agency().kind() == AgencyKind.RESTORATION_MANAGER)
			.orElseThrow(() -> new NotTheManager(what));
	}

	/** An active officer of the forestry bureau (not read-only). */
	Officer requireForestryOfficer(Actor actor) {
		return this.officers.find(actor.id())
			.filter((officer) -> officer.active() && officer.role() != Role.VIEWER && officer.agency() != null
					&& officer.agency().kind() == AgencyKind.FORESTRY)
			.orElseThrow(NotTheForestryBureau::new);
	}

	private boolean isHandlingOfficer(Case kase, Actor actor) {
		if (Actor.SYSTEM.equals(actor)) {
			return true;
		}
		return kase.officerUserids().contains(actor.id())
				&& this.officers.find(actor.id()).map(Officer::active).orElse(false);
	}

}
