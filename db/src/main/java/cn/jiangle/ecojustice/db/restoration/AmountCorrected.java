package cn.jiangle.ecojustice.db.restoration;

import java.math.BigDecimal;

import cn.jiangle.ecojustice.db.Actor;
import cn.jiangle.ecojustice.db.obligations.ObligationKind;

/** A handling officer corrected one amount owed; {@code from} is {@code null} when the kind was new. */
public record AmountCorrected(RestorationFile file, ObligationKind kind, BigDecimal from, BigDecimal to, Actor actor) {
}
