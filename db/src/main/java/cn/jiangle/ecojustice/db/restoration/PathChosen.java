package cn.jiangle.ecojustice.db.restoration;

import cn.jiangle.ecojustice.db.Actor;
import cn.jiangle.ecojustice.db.obligations.RestorationPath;

/** The party's path changed from {@code from} to {@code file.path()}. */
public record PathChosen(RestorationFile file, RestorationPath from, Actor actor) {
}
