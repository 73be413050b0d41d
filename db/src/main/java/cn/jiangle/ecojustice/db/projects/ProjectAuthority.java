package cn.jiangle.ecojustice.db.projects;

import cn.jiangle.ecojustice.db.Actor;
import cn.jiangle.ecojustice.db.agencies.Agency;
import cn.jiangle.ecojustice.db.agencies.AgencyKind;
import cn.jiangle.ecojustice.db.officers.Officer;
import cn.jiangle.ecojustice.db.officers.Officers;
import cn.jiangle.ecojustice.db.officers.Role;

/**
 * Who may make which project transition: an active officer, not read-only ({@link Role#VIEWER}), of the right agency.
 * Checked before anything is written.
 */
final class ProjectAuthority {

	private final Officers officers;

	ProjectAuthority(Officers officers) {
		this.officers = officers;
	}

	/** Designation, approval and refusal, acceptance: the court. */
	Officer requireCourt(Actor actor, String what) {
		return acting(actor, AgencyKind.COURT, null).orElseThrow(() -> new NotTheCourt(what));
	}

	/** The review opinion: the natural resources bureau. */
	Officer requireNaturalResources(Actor actor) {
		return acting(actor, AgencyKind.NATURAL_RESOURCES, null).orElseThrow(NotTheNaturalResourcesBureau::new);
	}

	/** Disbursement requests and milestones: the project's designated manager agency (whatever its kind). */
	Officer requireManagerOf(Agency manager, Actor actor, String what) {
		return acting(actor, null, manager).orElseThrow(() -> new NotTheProjectManager(manager.name(), what));
	}

	private java.util.Optional<Officer> acting(Actor actor, AgencyKind kind, Agency agency) {
		return this.officers.find(actor.id())
			.filter((officer) -> officer.active() && officer.role() != Role.VIEWER && officer.agency() != null)
			.filter((officer) -> kind == null || officer.agency().kind() == kind)
			.filter((officer) -> agency == null || officer.agency().id() == agency.id());
	}

}
