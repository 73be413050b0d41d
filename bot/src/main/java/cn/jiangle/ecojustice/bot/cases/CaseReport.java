package cn.jiangle.ecojustice.bot.cases;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.jiangle.ecojustice.bot.conversation.Commands;
import cn.jiangle.ecojustice.db.cases.Case;
import cn.jiangle.ecojustice.db.obligations.Obligation;
import cn.jiangle.ecojustice.db.obligations.ObligationKind;
import cn.jiangle.ecojustice.db.obligations.Obligations;
import cn.jiangle.ecojustice.db.officers.Officer;
import cn.jiangle.ecojustice.db.officers.Officers;
import cn.jiangle.ecojustice.db.parties.Parties;
import cn.jiangle.ecojustice.db.parties.Party;
import cn.jiangle.ecojustice.db.restoration.RestorationFile;
import cn.jiangle.ecojustice.db.restoration.RestorationFiles;

import org.springframework.stereotype.Component;

/**
 * A case as shown in chat (查询案件): status, stage, masked parties, obligations and chosen path, and each party's
 * progress — payments, certificate, 核销 — from the restoration file.
 */
@Component
public class CaseReport {

	private final Parties parties;

	private final Obligations obligations;

	private final Officers officers;

	private final RestorationFiles files;

	CaseReport(Parties parties, Obligations obligations, Officers officers, RestorationFiles files) {
		this.parties = parties;
		this.obligations = obligations;
		this.officers = officers;
		this.files = files;
	}

	String describe(Case found) {
		StringBuilder text = new StringBuilder();
		text.append("案号：").append(found.number());
		text.append("\n罪名：").append(Commands.quote(found.chargeText()));
		text.append("\n阶段：").append(found.stage().label()).append("　状态：").append(found.status().label());
		text.append("\n承办人：");
		List<String> handlers = found.officerUserids().stream()
			.map(userid -> officers.find(userid).map(CaseReport::officerLabel).orElse(userid))
			.toList();
		text.append(String.join("、", handlers));
		List<Party> caseParties = parties.ofCase(found.id());
		text.append("\n被告人：");
		if (caseParties.isEmpty()) {
			text.append("未登记");
		}
		for (int i = 0; i < caseParties.size(); i++) {
			Party party = caseParties.get(i);
			text.append("\n  ").append(i + 1).append(". ").append(Masks.name(party.name()))
				.append(party.externalUserid() == null ? "（未绑定微信）" : "（已绑定微信）");
		}
		List<Obligation> owed = obligations.ofCase(found.id());
		text.append("\n修复义务：");
		if (owed.isEmpty()) {
			text.append("未登记");
		}
		for (Obligation obligation : owed) {
			String who = obligation.partyId() == null ? "全案"
					: caseParties.stream().filter(p -> p.id() == obligation.partyId()).findFirst()
						.map(p -> Masks.name(p.name())).orElse("被告人");
			text.append("\n  · ").append(who).append("：");
			for (Map.Entry<ObligationKind, BigDecimal> amount : obligation.amounts().entrySet()) {
				text.append(amount.getKey().label()).append(" ").append(yuan(amount.getValue())).append(" 元；");
			}
			text.append("合计 ").append(yuan(obligation.total())).append(" 元");
			text.append("\n    依据：").append(obligation.basis()).append("；修复方式：").append(obligation.path().label());
		}
		List<RestorationFile> progress = files.ofCase(found.id());
		if (!progress.isEmpty()) {
			// payments, certificates and 核销 as the restoration file records them
			text.append("\n修复进度：");
			for (RestorationFile file : progress) {
				text.append("\n  · ").append(Masks.name(file.partyName())).append("：")
					.append(RestorationSteps.describe(file));
			}
		}
		return text.toString();
	}

	private static String officerLabel(Officer officer) {
		return Commands.quote(officer.name()) + (officer.agency() == null ? "" : "（" + officer.agency().name() + "）");
	}

	/** 12000 → 12,000.00 */
	public static String yuan(BigDecimal amount) {
		DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
		return format.format(amount);
	}

}
