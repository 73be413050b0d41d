package cn.jiangle.ecojustice.db.restoration;

/** A WeChat user redeemed a 绑定码 and is now bound to the party; {@code eventId} is the inbound event carrying it. */
public record PartyBound(Binding binding, long eventId) {
}
