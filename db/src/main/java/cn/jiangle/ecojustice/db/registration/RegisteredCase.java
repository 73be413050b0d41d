package cn.jiangle.ecojustice.db.registration;

import java.util.List;

import cn.jiangle.ecojustice.db.cases.Case;
import cn.jiangle.ecojustice.db.obligations.Obligation;
import cn.jiangle.ecojustice.db.parties.Party;

/** A case as registered, with its parties and obligations in registration order. */
public record RegisteredCase(Case registeredCase, List<Party> parties, List<Obligation> obligations) {

	public RegisteredCase {
		parties = List.copyOf(parties);
		obligations = List.copyOf(obligations);
	}

}
