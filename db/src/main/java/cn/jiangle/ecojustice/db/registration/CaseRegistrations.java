package cn.jiangle.ecojustice.db.registration;

import java.util.ArrayList;
import java.util.List;

import cn.jiangle.ecojustice.db.Actor;
import cn.jiangle.ecojustice.db.cases.Case;
import cn.jiangle.ecojustice.db.cases.Cases;
import cn.jiangle.ecojustice.db.obligations.Obligation;
import cn.jiangle.ecojustice.db.obligations.Obligations;
import cn.jiangle.ecojustice.db.parties.NewParty;
import cn.jiangle.ecojustice.db.parties.Parties;
import cn.jiangle.ecojustice.db.parties.Party;

import org.springframework.transaction.annotation.Transactional;

/** Registers a new case with its parties and obligations in one transaction. */
public class CaseRegistrations {

	private final Cases cases;

	private final Parties parties;

	private final Obligations obligations;

	CaseRegistrations(Cases cases, Parties parties, Obligations obligations) {
		this.cases = cases;
		this.parties = parties;
		this.obligations = obligations;
	}

	/**
	 * Stores the case, its parties and obligations, each audited; on any refusal (e.g.
	 * {@link cn.jiangle.ecojustice.db.cases.DuplicateCaseNumber}, {@link cn.jiangle.ecojustice.db.parties.DuplicateParty})
	 * nothing at all is stored.
	 */
	@Transactional
	public RegisteredCase register(CaseRegistration registration, Actor actor) {
		Case opened = this.cases.open(registration.caseDetails(), actor);
		List<Party> added = new ArrayList<>();
		for (NewParty party : registration.parties()) {
			added.add(this.parties.add(opened.id(), party, actor));
		}
		List<Obligation> recorded = new ArrayList<>();
		for (CaseRegistration.ObligationDraft draft : registration.obligations()) {
			Long partyId = (draft.partyIndex() != null) ? added.get(draft.partyIndex()).id() : null;
			recorded.add(this.obligations.add(opened.id(), draft.forParty(partyId), actor));
		}
		return new RegisteredCase(opened, added, recorded);
	}

}
