package cn.jiangle.ecojustice.db.labour;

import cn.jiangle.ecojustice.db.Actor;

/** A day's check-in was recorded: the manager's staff confirm its work. Published in the transaction making the change. */
public record CheckedIn(CheckIn checkIn, Actor actor) {
}
