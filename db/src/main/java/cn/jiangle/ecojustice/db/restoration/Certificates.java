package cn.jiangle.ecojustice.db.restoration;

import java.util.List;
import java.util.Optional;

/** 认购碳汇证明书: look-up and verification by number. */
public class Certificates {

	Certificates() {
	}

	public Optional<Certificate> verify(String number) {
		throw new UnsupportedOperationException("not yet");
	}

	public Optional<Certificate> ofParty(long partyId) {
		throw new UnsupportedOperationException("not yet");
	}

	public List<Certificate> ofCase(long caseId) {
		throw new UnsupportedOperationException("not yet");
	}

}
