package cn.jiangle.ecojustice.db.restoration;

import java.math.BigDecimal;
import java.util.List;

import cn.jiangle.ecojustice.db.Actor;
import cn.jiangle.ecojustice.db.obligations.ObligationKind;
import cn.jiangle.ecojustice.db.obligations.RestorationPath;

/** Each party's restoration file: path, amounts, state. See db/README.md for the state machine. */
public class RestorationFiles {

	RestorationFiles() {
	}

	public RestorationFile get(long partyId) {
		throw new UnsupportedOperationException("not yet");
	}

	public List<RestorationFile> ofCase(long caseId) {
		throw new UnsupportedOperationException("not yet");
	}

	/** The files of every case the officer handles (我的案件), newest case first. */
	public List<RestorationFile> handledBy(String officerUserid) {
		throw new UnsupportedOperationException("not yet");
	}

	public RestorationFile choosePath(long partyId, RestorationPath path, Actor actor) {
		throw new UnsupportedOperationException("not yet");
	}

	public RestorationFile correctAmount(long partyId, ObligationKind kind, BigDecimal amount, Actor actor) {
		throw new UnsupportedOperationException("not yet");
	}

	public RestorationFile close(long partyId, Actor actor) {
		throw new UnsupportedOperationException("not yet");
	}

}
