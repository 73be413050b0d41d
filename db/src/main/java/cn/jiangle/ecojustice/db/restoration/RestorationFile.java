package cn.jiangle.ecojustice.db.restoration;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

import cn.jiangle.ecojustice.db.obligations.ObligationKind;
import cn.jiangle.ecojustice.db.obligations.RestorationPath;

/**
 * One party's restoration record, the source of truth of the defendant journey.
 *
 * @param caseId the case
 * @param caseNumber its 案号 (or police / procuratorate number)
 * @param partyId the party
 * @param partyName the party's name (unmasked: mask it before showing it to anyone but officers)
 * @param path the chosen path
 * @param amounts amounts owed by kind (yuan, scale 2), in {@link ObligationKind} order
 * @param total the sum of {@code amounts}
 * @param paid confirmed payments so far
 * @param remaining {@code total - paid}, never negative
 * @param state the state
 * @param pendingRequest the payment request waiting for the manager's confirmation, or {@code null}
 * @param certificate the certificate once fully paid, or {@code null}
 * @param writeOffStatus the certificate's 核销 status, or {@code null} without certificate
 * @param updatedAt last transition (UTC); {@code null} before the first one
 */
public record RestorationFile(long caseId, String caseNumber, long partyId, String partyName, RestorationPath path,
		Map<ObligationKind, BigDecimal> amounts, BigDecimal total, BigDecimal paid, BigDecimal remaining,
		RestorationState state, PaymentRequest pendingRequest, Certificate certificate, WriteOffStatus writeOffStatus,
		Instant updatedAt) {

	public RestorationFile {
		EnumMap<ObligationKind, BigDecimal> ordered = new EnumMap<>(ObligationKind.class);
		ordered.putAll(amounts);
		amounts = Collections.unmodifiableMap(ordered);
	}

}
