package cn.jiangle.ecojustice.bot.cases;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.jiangle.ecojustice.bot.messages.Reply;
import cn.jiangle.ecojustice.bot.officers.Action;
import cn.jiangle.ecojustice.bot.officers.OfficerCommand;
import cn.jiangle.ecojustice.bot.officers.Permissions;
import cn.jiangle.ecojustice.db.cases.Case;
import cn.jiangle.ecojustice.db.cases.Cases;
import cn.jiangle.ecojustice.db.officers.Officer;
import cn.jiangle.ecojustice.db.restoration.RestorationFile;
import cn.jiangle.ecojustice.db.restoration.RestorationFiles;

import org.springframework.stereotype.Component;

/**
 * 我的案件: the cases the officer is named on, newest first, each party (masked) with its path, amount owed and step
 * from the restoration file.
 */
@Component
class MyCasesCommand implements OfficerCommand {

	/** One message stays readable; older cases remain reachable by 查询案件. */
	static final int SHOWN = 20;

	private final Cases cases;

	private final RestorationFiles files;

	MyCasesCommand(Cases cases, RestorationFiles files) {
		this.cases = cases;
		this.files = files;
	}

	@Override
	public Action action() {
		return Action.MY_CASES;
	}

	@Override
	public String usage() {
		return "我的案件";
	}

	@Override
	public String summary() {
		return "列出您承办的案件，及每名被告人的修复方式、金额和当前步骤";
	}

	@Override
	public boolean matches(String text) {
		return text.equals("我的案件") || text.equals("我承办的案件");
	}

	@Override
	public List<Reply> run(Officer officer, String text, long eventId) {
		List<Case> handled = cases.handledBy(officer.userid())
			.stream()
			.filter(found -> Permissions.STANDARD.allows(officer, Action.MY_CASES, found))
			.toList();
		if (handled.isEmpty()) {
			return List.of(new Reply.Text("您目前没有承办的案件。"));
		}
		Map<Long, List<RestorationFile>> byCase = files.handledBy(officer.userid())
			.stream()
			.collect(Collectors.groupingBy(RestorationFile::caseId));
		StringBuilder reply = new StringBuilder("您承办的案件（共 " + handled.size() + " 件）：");
		for (int i = 0; i < Math.min(SHOWN, handled.size()); i++) {
			Case found = handled.get(i);
			reply.append("\n").append(i + 1).append(". ").append(found.number()).append("（")
				.append(found.stage().label()).append("·").append(found.status().label()).append("）");
			List<RestorationFile> parties = byCase.getOrDefault(found.id(), List.of());
			if (parties.isEmpty()) {
				reply.append("\n   尚未登记被告人");
			}
			for (RestorationFile file : parties) {
				reply.append("\n   · ").append(Masks.name(file.partyName())).append("：")
					.append(RestorationSteps.describe(file));
			}
		}
		if (handled.size() > SHOWN) {
			reply.append("\n（仅列出最近 ").append(SHOWN).append(" 件，其余请发送「查询案件」按案号查看。）");
		}
		reply.append("\n发送「查询案件」查看详情");
		if (Permissions.STANDARD.allows(officer, Action.CORRECT_RESTORATION)) {
			reply.append("，「更正修复信息」更正金额或修复方式");
		}
		if (Permissions.STANDARD.allows(officer, Action.UNBIND_WECHAT)) {
			reply.append("，「解除绑定 案号」解除被告人的微信绑定");
		}
		reply.append("。");
		return List.of(new Reply.Text(reply.toString()));
	}

}
