package cn.jiangle.ecojustice.db.projects;

import java.math.BigDecimal;

/**
 * The court approved a disbursement.
 *
 * @param request the request, approved
 * @param approvedTotal total approved from the fund now
 * @param remaining what may still be requested now (fund − approved − pending)
 */
public record DisbursementApproved(DisbursementRequest request, BigDecimal approvedTotal, BigDecimal remaining) {
}
