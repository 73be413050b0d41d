package cn.jiangle.ecojustice.bot.labour;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.jiangle.ecojustice.bot.cases.Masks;
import cn.jiangle.ecojustice.bot.conversation.InputRejected;
import cn.jiangle.ecojustice.bot.officers.Action;
import cn.jiangle.ecojustice.bot.officers.Permissions;
import cn.jiangle.ecojustice.db.InvalidInput;
import cn.jiangle.ecojustice.db.cases.Case;
import cn.jiangle.ecojustice.db.cases.CaseNumber;
import cn.jiangle.ecojustice.db.cases.Cases;
import cn.jiangle.ecojustice.db.labour.LabourApplication;
import cn.jiangle.ecojustice.db.labour.LabourApplications;
import cn.jiangle.ecojustice.db.officers.Officer;
import cn.jiangle.ecojustice.db.parties.Parties;
import cn.jiangle.ecojustice.db.parties.Party;

import org.springframework.stereotype.Component;

/**
 * The defendant a labour command is about, from 「案号」 or 「案号 序号」 (the 序号 as 查询案件 numbers the parties): only
 * parties who applied for 劳役代偿 count, so a case with one such defendant needs no 序号. A case the officer may not
 * act on for the action answers exactly as an unknown 案号 does.
 */
@Component
class LabourParties {

	/** 案号 and an optional party number after whitespace, e.g. 「（2026）闽0428刑初12号 2」. */
	private static final Pattern WITH_INDEX = Pattern.compile("^(.*\\S)\\s+(\\d{1,2})$");

	/** The party, its case, and its latest application. */
	record LabourParty(Case kase, Party party, LabourApplication application) {

		String label() {
			return kase.number() + "被告人 " + Masks.name(party.name());
		}

	}

	private final Cases cases;

	private final Parties parties;

	private final LabourApplications applications;

	LabourParties(Cases cases, Parties parties, LabourApplications applications) {
		this.cases = cases;
		this.parties = parties;
		this.applications = applications;
	}

	/**
	 * The party named by {@code text} (案号, optionally followed by the 序号).
	 * @param usage how to write the command, appended to a malformed 案号
	 * @throws InputRejected saying what is wrong: a malformed or unknown 案号, no applicant, which 序号
	 */
	LabourParty resolve(Officer officer, Action action, String text, String usage) {
		String caseText = text == null ? "" : text.strip();
		Integer index = null;
		Matcher withIndex = WITH_INDEX.matcher(caseText);
		if (withIndex.matches()) {
			caseText = withIndex.group(1);
			index = Integer.parseInt(withIndex.group(2));
		}
		CaseNumber number;
		try {
			number = CaseNumber.parse(caseText);
		}
		catch (InvalidInput ex) {
			throw new InputRejected(ex.getMessage() + usage);
		}
		Case found = cases.find(number)
			.filter(kase -> Permissions.STANDARD.allows(officer, action, kase))
			.orElseThrow(() -> new InputRejected(notFound(number)));
		List<Party> caseParties = parties.ofCase(found.id());
		if (index != null) {
			if (index < 1 || index > caseParties.size()) {
				throw new InputRejected(number + "没有第 " + index + " 名被告人，请填写 1 到 " + caseParties.size()
						+ " 之间的序号。");
			}
			Party party = caseParties.get(index - 1);
			return new LabourParty(found, party, applications.ofParty(party.id())
				.orElseThrow(() -> new InputRejected("被告人 " + Masks.name(party.name()) + " 尚未申请劳役代偿。")));
		}
		List<LabourParty> applicants = caseParties.stream()
			.flatMap(party -> applications.ofParty(party.id())
				.map(application -> new LabourParty(found, party, application))
				.stream())
			.toList();
		if (applicants.isEmpty()) {
			throw new InputRejected(number + "的被告人均未申请劳役代偿。");
		}
		if (applicants.size() > 1) {
			StringBuilder list = new StringBuilder(number + "有 " + applicants.size() + " 名被告人申请了劳役代偿，请在案号后加序号：");
			for (int i = 0; i < caseParties.size(); i++) {
				Party party = caseParties.get(i);
				Optional<LabourParty> applicant = applicants.stream().filter(a -> a.party().id() == party.id()).findFirst();
				if (applicant.isPresent()) {
					list.append("\n").append(i + 1).append(". ").append(Masks.name(party.name())).append("（")
						.append(applicant.get().application().status().label()).append("）");
				}
			}
			throw new InputRejected(list.toString());
		}
		return applicants.get(0);
	}

	/** The party by id, for cards and flows that carry it. */
	Optional<LabourParty> byId(long partyId) {
		return parties.find(partyId)
			.flatMap(party -> cases.find(party.caseId())
				.flatMap(kase -> applications.ofParty(partyId).map(a -> new LabourParty(kase, party, a))));
	}

	/** The one answer for a 案号 that does not exist and for one that is not the officer's (as 查询案件 says it). */
	static String notFound(CaseNumber number) {
		return "未找到案号为" + number + "的案件，请核对后重新输入。";
	}

}
