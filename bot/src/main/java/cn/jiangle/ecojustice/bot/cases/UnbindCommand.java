package cn.jiangle.ecojustice.bot.cases;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import cn.jiangle.ecojustice.bot.messages.Reply;
import cn.jiangle.ecojustice.bot.officers.Action;
import cn.jiangle.ecojustice.bot.officers.Attempt;
import cn.jiangle.ecojustice.bot.officers.OfficerCommand;
import cn.jiangle.ecojustice.bot.officers.Savepoints;
import cn.jiangle.ecojustice.db.Actor;
import cn.jiangle.ecojustice.db.InvalidInput;
import cn.jiangle.ecojustice.db.cases.Case;
import cn.jiangle.ecojustice.db.cases.CaseNumber;
import cn.jiangle.ecojustice.db.officers.Officer;
import cn.jiangle.ecojustice.db.parties.Parties;
import cn.jiangle.ecojustice.db.parties.Party;
import cn.jiangle.ecojustice.db.restoration.Binding;
import cn.jiangle.ecojustice.db.restoration.Bindings;

import org.springframework.stereotype.Component;

/**
 * 解除绑定 案号 [序号]: the case's handling officer removes a defendant's WeChat binding (a lost phone, a wrong person),
 * after which the party can be bound again with a new 绑定码. With several defendants the 序号 (as 查询案件 numbers
 * them) says which; without it the officer is shown the list. A case the officer may not act on is answered as if it
 * did not exist.
 */
@Component
class UnbindCommand implements OfficerCommand {

	static final String WORD = "解除绑定";

	/** 案号 and an optional party number after whitespace, e.g. 「（2026）闽0428刑初12号 2」. */
	private static final Pattern WITH_INDEX = Pattern.compile("^(.*\\S)\\s+(\\d{1,2})$");

	private static final String USAGE = "请发送「解除绑定 案号」，如「解除绑定 （2026）闽0428刑初12号」；"
			+ "该案有多名被告人时在案号后加被告人序号，如「解除绑定 （2026）闽0428刑初12号 2」。";

	private final VisibleCases cases;

	private final Parties parties;

	private final Bindings bindings;

	private final Savepoints savepoints;

	UnbindCommand(VisibleCases cases, Parties parties, Bindings bindings, Savepoints savepoints) {
		this.cases = cases;
		this.parties = parties;
		this.bindings = bindings;
		this.savepoints = savepoints;
	}

	@Override
	public Action action() {
		return Action.UNBIND_WECHAT;
	}

	@Override
	public String usage() {
		return "解除绑定 案号";
	}

	@Override
	public String summary() {
		return "解除您承办案件中被告人的微信绑定（之后可签发新的绑定码重新绑定）";
	}

	@Override
	public boolean matches(String text) {
		return OfficerCommand.startsWithWord(text, WORD);
	}

	@Override
	public List<Reply> run(Officer officer, String text, long eventId) {
		String arguments = OfficerCommand.arguments(text, WORD);
		if (arguments.isEmpty()) {
			return reply(USAGE);
		}
		Integer index = null;
		Matcher withIndex = WITH_INDEX.matcher(arguments);
		if (withIndex.matches()) {
			arguments = withIndex.group(1);
			index = Integer.parseInt(withIndex.group(2));
		}
		CaseNumber number;
		try {
			number = CaseNumber.parse(arguments);
		}
		catch (InvalidInput ex) {
			return reply(ex.getMessage() + USAGE);
		}
		Optional<Case> found = cases.find(officer, Action.UNBIND_WECHAT, number);
		if (found.isEmpty()) {
			return reply(VisibleCases.notFound(number));
		}
		List<Party> caseParties = parties.ofCase(found.get().id());
		Set<Long> bound = bindings.ofCase(found.get().id())
			.stream()
			.map(Binding::partyId)
			.collect(Collectors.toSet());
		if (bound.isEmpty()) {
			return reply(number + "的被告人均未绑定微信，无需解除。");
		}
		Party party;
		if (index != null) {
			if (index < 1 || index > caseParties.size()) {
				return reply(number + "没有第 " + index + " 名被告人，请回复 1 到 " + caseParties.size() + " 之间的序号。\n"
						+ list(caseParties, bound));
			}
			party = caseParties.get(index - 1);
		}
		else if (caseParties.size() == 1) {
			party = caseParties.get(0);
		}
		else {
			return reply(number + "有 " + caseParties.size() + " 名被告人，请在案号后加序号：\n" + list(caseParties, bound)
					+ "\n如「解除绑定 " + number + " 1」。");
		}
		if (!bound.contains(party.id())) {
			return reply("被告人 " + Masks.name(party.name()) + " 未绑定微信，无需解除。");
		}
		Attempt<Boolean> unbound = savepoints
			.perform(() -> bindings.unbind(party.id(), Actor.officer(officer.userid())));
		return reply(unbound.describe(done -> "已解除" + number + "被告人 " + Masks.name(party.name())
				+ " 的微信绑定，该微信用户已不能再查看本案。如需重新绑定，请发送「绑定码」签发新码。"));
	}

	private static String list(List<Party> caseParties, Set<Long> bound) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < caseParties.size(); i++) {
			Party party = caseParties.get(i);
			text.append(i == 0 ? "" : "\n").append(i + 1).append(". ").append(Masks.name(party.name()))
				.append(bound.contains(party.id()) ? "（已绑定微信）" : "（未绑定微信）");
		}
		return text.toString();
	}

	private static List<Reply> reply(String text) {
		return List.of(new Reply.Text(text));
	}

}
