package cn.jiangle.ecojustice.db.restoration;

import cn.jiangle.ecojustice.db.Actor;

/** A party's file was closed; {@code caseClosed} when it was the case's last open file and the case is closed too. */
public record RestorationFileClosed(RestorationFile file, RestorationState from, boolean caseClosed, Actor actor) {
}
