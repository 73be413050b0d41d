package cn.jiangle.ecojustice.db.obligations;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

import cn.jiangle.ecojustice.db.FieldMissing;

/**
 * An obligation to record; validated on construction.
 *
 * @param partyId the party owing it, or {@code null} when it is the whole case's
 * @param amounts at least one amount by kind, each checked by {@link Yuan#check}
 * @param basis the legal basis
 * @param path the chosen restoration path; {@code null} means {@link RestorationPath#UNDECIDED}
 */
public record NewObligation(Long partyId, Map<ObligationKind, BigDecimal> amounts, LegalBasis basis,
		RestorationPath path) {

	public NewObligation {
		amounts = checkedAmounts(amounts);
		if (basis == null) {
			throw new FieldMissing("legalBasis", "法律依据");
		}
		if (path == null) {
			path = RestorationPath.UNDECIDED;
		}
	}

	static Map<ObligationKind, BigDecimal> checkedAmounts(Map<ObligationKind, BigDecimal> amounts) {
		if (amounts == null || amounts.isEmpty()) {
			throw new FieldMissing("amount", "修复金额（至少一项）");
		}
		EnumMap<ObligationKind, BigDecimal> checked = new EnumMap<>(ObligationKind.class);
		amounts.forEach((kind, amount) -> {
			if (kind == null) {
				throw new FieldMissing("amountKind", "金额类别");
			}
			checked.put(kind, Yuan.check(amount, kind.label()));
		});
		return Collections.unmodifiableMap(checked);
	}

}
