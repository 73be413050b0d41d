package cn.jiangle.ecojustice.db.labour;

import cn.jiangle.ecojustice.db.Actor;

/** The court refused the application ({@code application.refusalReason()}). Published in the transaction making the change. */
public record LabourRefused(LabourApplication application, Actor actor) {
}
