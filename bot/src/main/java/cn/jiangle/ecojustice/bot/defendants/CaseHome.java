package cn.jiangle.ecojustice.bot.defendants;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import cn.jiangle.ecojustice.bot.cases.Masks;
import cn.jiangle.ecojustice.db.obligations.ObligationKind;
import cn.jiangle.ecojustice.db.obligations.RestorationPath;
import cn.jiangle.ecojustice.db.restoration.Certificate;
import cn.jiangle.ecojustice.db.restoration.RestorationFile;
import cn.jiangle.ecojustice.db.restoration.RestorationState;
import cn.jiangle.ecojustice.db.restoration.WriteOffStatus;

/**
 * A defendant's home: their own case only (案号, masked name), amounts by kind and total, the chosen path, where the
 * file stands and the next step. Rendered from the restoration file, the source of truth.
 */
final class CaseHome {

	private CaseHome() {
	}

	static String render(RestorationFile file) {
		return render(file, Optional.empty());
	}

	/** The home with the labour part (劳役代偿 state, plan, progress) when the party applied for it. */
	static String render(RestorationFile file, Optional<LabourDesk.LabourHome> labour) {
		StringBuilder text = new StringBuilder();
		text.append("您的案件\n案号：").append(file.caseNumber());
		text.append("\n当事人：").append(Masks.name(file.partyName()));
		text.append("\n应缴金额：");
		if (file.amounts().isEmpty()) {
			text.append("尚未登记");
		}
		for (Map.Entry<ObligationKind, BigDecimal> amount : sorted(file.amounts())) {
			text.append("\n  · ").append(amount.getKey().label()).append(" ").append(yuan(amount.getValue())).append(" 元");
		}
		if (!file.amounts().isEmpty()) {
			text.append("\n  合计 ").append(yuan(file.total())).append(" 元");
		}
		if (file.paid() != null && file.paid().signum() > 0) {
			text.append("\n已缴：").append(yuan(file.paid())).append(" 元；尚欠：").append(yuan(file.remaining())).append(" 元");
		}
		text.append("\n修复方式：").append(file.path() == RestorationPath.UNDECIDED ? "尚未选择" : file.path().label());
		text.append("\n当前进度：").append(file.state().label());
		Certificate certificate = file.certificate();
		if (certificate != null) {
			text.append("\n认购碳汇证明书：").append(certificate.number()).append("（").append(tonnes(certificate.tonnes()));
			if (certificate.points() != null) {
				text.append("，碳汇积分 ").append(certificate.points().stripTrailingZeros().toPlainString());
			}
			text.append("）");
			WriteOffStatus status = file.writeOffStatus() == null ? certificate.writeOffStatus() : file.writeOffStatus();
			if (status != null) {
				text.append("\n碳汇核销：").append(status.label());
			}
		}
		labour.ifPresent(part -> text.append('\n').append(part.lines()));
		text.append("\n下一步：").append(labour.isPresent() && file.state() != RestorationState.CLOSED
				? labour.get().nextStep() : nextStep(file));
		return text.toString();
	}

	static String nextStep(RestorationFile file) {
		return switch (file.state()) {
			case AWAITING_CHOICE -> "请选择生态修复方式：回复「认购碳汇」或「劳役代偿」；回复「修复方式」了解两种方式的区别。";
			case AWAITING_PAYMENT -> "请扫描碳汇认购二维码完成认购（回复「认购碳汇」可再次获取二维码）。生态修复管理人确认收款后会在这里通知您。";
			case PARTIALLY_PAID -> "尚欠 " + yuan(file.remaining()) + " 元，请继续完成认购（回复「认购碳汇」获取二维码）。";
			case CERTIFIED -> "您已完成碳汇认购，认购碳汇证明书已出具；生态修复管理人将定期向林业局办理碳汇核销，完成后会通知您。";
			case WRITTEN_OFF -> "您认购的碳汇已由林业局核销，认购环节已全部完成。";
			case LABOUR_CHOSEN -> "修复方式已定为劳役代偿，请回复「劳役代偿」说明您的经济困难情况，提交劳役代偿申请，由法院承办人审核。";
			case CLOSED -> "本案已结案。如有疑问请联系承办人。";
		};
	}

	/** The reason given for anything asked after the file or case was closed. */
	static String closed(RestorationFile file) {
		return "您的案件（" + file.caseNumber() + "）已结案，本服务不再办理新的事项，您发送的内容未作任何更改。如有疑问请联系承办人。";
	}

	private static Iterable<Map.Entry<ObligationKind, BigDecimal>> sorted(Map<ObligationKind, BigDecimal> amounts) {
		return amounts.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList();
	}

	/** 120000 → 120,000.00 */
	static String yuan(BigDecimal amount) {
		DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
		return format.format(amount);
	}

	/** 1395.0127 t was already rounded up by the pricing; shown with three decimals: {@code 1395.013 吨}. */
	static String tonnes(BigDecimal tonnes) {
		return tonnes.setScale(3, RoundingMode.CEILING).toPlainString() + " 吨";
	}

}
