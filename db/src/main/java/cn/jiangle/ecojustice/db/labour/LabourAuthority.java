package cn.jiangle.ecojustice.db.labour;

import cn.jiangle.ecojustice.db.Actor;
import cn.jiangle.ecojustice.db.agencies.AgencyKind;
import cn.jiangle.ecojustice.db.cases.Case;
import cn.jiangle.ecojustice.db.officers.Officer;
import cn.jiangle.ecojustice.db.officers.Officers;
import cn.jiangle.ecojustice.db.officers.Role;
import cn.jiangle.ecojustice.db.parties.Party;
import cn.jiangle.ecojustice.db.restoration.NotAHandlingOfficer;
import cn.jiangle.ecojustice.db.restoration.NotTheManager;

/** Who may make which labour transition: checked before anything is written (as db.restoration's Authority). */
final class LabourAuthority {

	private final Officers officers;

	LabourAuthority(Officers officers) {
		this.officers = officers;
	}

	/** The system or an active handling officer of the case who belongs to the court. */
	void requireCourtHandlingOfficer(Case kase, Actor actor, String what) {
		if (Actor.SYSTEM.equals(actor)) {
			return;
		}
		boolean court = kase.officerUserids().contains(actor.id()) && this.officers.find(actor.id())
			.filter((officer) -> officer.active() && officer.agency() != null
					&& officer.agency().kind() == AgencyKind.COURT)
			.isPresent();
		if (!court) {
			throw new NotTheCourt(what);
		}
	}

	/** The system, an active handling officer of the case, or the WeChat user bound to the party. */
	void requireOnBehalfOf(Case kase, Party party, Actor actor, String what) {
		if (isHandlingOfficer(kase, actor) || isTheParty(party, actor)) {
			return;
		}
		throw NotAHandlingOfficer.norTheParty(what);
	}

	/** The system or the WeChat user bound to the party: only the defendant checks in. */
	void requireDefendant(Party party, Actor actor, String what) {
		if (!Actor.SYSTEM.equals(actor) && !isTheParty(party, actor)) {
			throw new NotTheDefendant(what);
		}
	}

	/** Active 修复管理人工作人员 of the restoration manager (福建金森碳汇科技有限公司). */
	Officer requireManagerStaff(Actor actor, String what) {
		return this.officers.find(actor.id())
			.filter(LabourAuthority::isManagerStaff)
			.orElseThrow(() -> new NotTheManager(what));
	}

	/** Active manager staff, or an active (not read-only) officer of the forestry bureau. */
	Officer requireManagerOrForestry(Actor actor) {
		return this.officers.find(actor.id())
			.filter((officer) -> isManagerStaff(officer) || (officer.active() && officer.role() != Role.VIEWER
					&& officer.agency() != null && officer.agency().kind() == AgencyKind.FORESTRY))
			.orElseThrow(NotTheManagerNorForestry::new);
	}

	/** The officer's name for a sentence, else the userid. */
	String nameOf(String userid) {
		return (userid == null) ? "" : this.officers.find(userid).map(Officer::name).orElse(userid);
	}

	private static boolean isManagerStaff(Officer officer) {
		return officer.is(Role.MANAGER_STAFF) && officer.agency() != null
				&& officer.agency().kind() == AgencyKind.RESTORATION_MANAGER;
	}

	private boolean isHandlingOfficer(Case kase, Actor actor) {
		if (Actor.SYSTEM.equals(actor)) {
			return true;
		}
		return kase.officerUserids().contains(actor.id())
				&& this.officers.find(actor.id()).map(Officer::active).orElse(false);
	}

	private static boolean isTheParty(Party party, Actor actor) {
		return party.externalUserid() != null && party.externalUserid().equals(actor.id());
	}

}
