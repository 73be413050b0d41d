package cn.jiangle.ecojustice.bot.officers;

import java.util.Optional;

import cn.jiangle.ecojustice.bot.conversation.Flow;
import cn.jiangle.ecojustice.db.officers.Officer;

/**
 * A flow's access rule: whether {@link Permissions#STANDARD} lets the officer start {@code action}. Flows about a case
 * then ask the table again with the case's relation once the 案号 is known.
 */
public record Permission(Action action) implements Flow.Access<Officer> {

	public static Permission to(Action action) {
		return new Permission(action);
	}

	public boolean allows(Officer officer) {
		return refusal(officer).isEmpty();
	}

	@Override
	public Optional<String> refusal(Officer officer) {
		return Permissions.STANDARD.refusal(officer, action);
	}

}
