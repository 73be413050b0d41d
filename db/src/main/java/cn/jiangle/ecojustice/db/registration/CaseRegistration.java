package cn.jiangle.ecojustice.db.registration;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import cn.jiangle.ecojustice.db.FieldMissing;
import cn.jiangle.ecojustice.db.InvalidInput;
import cn.jiangle.ecojustice.db.cases.NewCase;
import cn.jiangle.ecojustice.db.obligations.LegalBasis;
import cn.jiangle.ecojustice.db.obligations.NewObligation;
import cn.jiangle.ecojustice.db.obligations.ObligationKind;
import cn.jiangle.ecojustice.db.obligations.RestorationPath;
import cn.jiangle.ecojustice.db.parties.NewParty;

/**
 * Everything a 新建案件 conversation collects, registered at once by {@link CaseRegistrations#register}: all of it is
 * stored, or nothing.
 *
 * @param caseDetails 案号, 罪名, stage, handling officers
 * @param parties the defendants (may be empty)
 * @param obligations the restoration obligations (may be empty)
 */
public record CaseRegistration(NewCase caseDetails, List<NewParty> parties, List<ObligationDraft> obligations) {

	public CaseRegistration {
		if (caseDetails == null) {
			throw new FieldMissing("caseNumber", "案件信息");
		}
		parties = (parties != null) ? List.copyOf(parties) : List.of();
		obligations = (obligations != null) ? List.copyOf(obligations) : List.of();
		for (ObligationDraft obligation : obligations) {
			if (obligation.partyIndex() != null
					&& (obligation.partyIndex() < 0 || obligation.partyIndex() >= parties.size())) {
				throw new PartyIndexInvalid();
			}
		}
	}

	/**
	 * An obligation of the case being registered.
	 *
	 * @param partyIndex position in {@link CaseRegistration#parties()} of the party owing it, or {@code null} for
	 * the whole case
	 * @param amounts amounts by kind
	 * @param basis legal basis
	 * @param path chosen path, {@code null} for undecided
	 */
	public record ObligationDraft(Integer partyIndex, Map<ObligationKind, BigDecimal> amounts, LegalBasis basis,
			RestorationPath path) {

		public ObligationDraft {
			// validate now, with the same rules as a stand-alone obligation
			NewObligation checked = new NewObligation(null, amounts, basis, path);
			amounts = checked.amounts();
			path = checked.path();
		}

		NewObligation forParty(Long partyId) {
			return new NewObligation(partyId, this.amounts, this.basis, this.path);
		}

	}

	/** An obligation names a party that is not in the registration. */
	public static class PartyIndexInvalid extends InvalidInput {

		PartyIndexInvalid() {
			super("partyIndex", "修复义务对应的当事人不存在，请重新选择。");
		}

	}

}
