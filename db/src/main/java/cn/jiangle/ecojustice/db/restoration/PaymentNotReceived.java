package cn.jiangle.ecojustice.db.restoration;

import cn.jiangle.ecojustice.db.Actor;

/** The manager said the payment of {@code request} was not received. */
public record PaymentNotReceived(PaymentRequest request, Actor actor) {
}
