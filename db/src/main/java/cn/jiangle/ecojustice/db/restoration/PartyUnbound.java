package cn.jiangle.ecojustice.db.restoration;

import cn.jiangle.ecojustice.db.Actor;

/** A handling officer (or the system) removed a binding; the WeChat user no longer reaches the party. */
public record PartyUnbound(Binding binding, Actor actor) {
}
