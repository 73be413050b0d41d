package cn.jiangle.ecojustice.bot.cases;

import java.util.Optional;

import cn.jiangle.ecojustice.bot.officers.Action;
import cn.jiangle.ecojustice.bot.officers.Permissions;
import cn.jiangle.ecojustice.db.cases.Case;
import cn.jiangle.ecojustice.db.cases.CaseNumber;
import cn.jiangle.ecojustice.db.cases.Cases;
import cn.jiangle.ecojustice.db.officers.Officer;

import org.springframework.stereotype.Component;

/**
 * Cases as one officer may see them for one action: a case the officer may not act on is, to them, a case that does
 * not exist. Both answers are the same sentence from the same path (one lookup, then the table), so a 案号 typed by
 * someone it does not concern tells them nothing.
 */
@Component
public class VisibleCases {

	private final Cases cases;

	VisibleCases(Cases cases) {
		this.cases = cases;
	}

	/** The case numbered {@code number}, if it exists and {@code officer} may do {@code action} on it. */
	public Optional<Case> find(Officer officer, Action action, CaseNumber number) {
		return cases.find(number).filter(found -> Permissions.STANDARD.allows(officer, action, found));
	}

	/** The case by id, again only if {@code officer} may (still) do {@code action} on it. */
	public Optional<Case> find(Officer officer, Action action, long id) {
		return cases.find(id).filter(found -> Permissions.STANDARD.allows(officer, action, found));
	}

	/** The one answer for a 案号 that does not exist and for one that is not the officer's. */
	public static String notFound(CaseNumber number) {
		return "未找到案号为" + number + "的案件，请核对后重新输入。";
	}

}
