package cn.jiangle.ecojustice.bot.defendants;

import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.jiangle.ecojustice.bot.conversation.ConfirmStep;
import cn.jiangle.ecojustice.bot.conversation.Flow;
import cn.jiangle.ecojustice.bot.messages.Reply;
import cn.jiangle.ecojustice.db.obligations.RestorationPath;
import cn.jiangle.ecojustice.db.restoration.RestorationFile;
import cn.jiangle.ecojustice.db.restoration.RestorationFiles;
import cn.jiangle.ecojustice.db.restoration.RestorationRefused;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The defendant's choice of path, as guided flows (so 返回/取消 and resuming after a restart work as for officers):
 * 认购碳汇 explains the path with its clauses and the amounts, asks for confirmation, records the choice on the
 * restoration file (ledgered there) and goes on to the tonnes and the QR code. 劳役代偿 is an application with the
 * hardship reason ({@link LabourFlows}).
 */
@Configuration(proxyBeanMethods = false)
class PathFlows {

	private static final Logger log = LoggerFactory.getLogger(PathFlows.class);

	static final String CARBON = "认购碳汇";

	static final String LABOUR = "劳役代偿";

	@Bean
	Flow<Defendant> defendantCarbonFlow(RestorationFiles files, CarbonSubscription subscription, Savepoints savepoints) {
		return Flow.<Defendant>named(CARBON)
			.summary("以认购碳汇方式履行生态修复义务，获取碳汇认购二维码")
			.keywords("选择认购碳汇", "我要认购碳汇", "认购")
			.access(defendant -> unfinished(files.get(defendant.partyId())))
			.step(ConfirmStep.<Defendant>confirm("确认选择认购碳汇", context -> {
				RestorationFile file = files.get(context.principal().partyId());
				return DefendantTexts.CARBON_EXPLAINED + "\n" + amounts(file) + "\n" + subscription.quote(file);
			}))
			.completes((speaker, defendant, data) -> {
				Chosen chosen = choose(files, savepoints, defendant, RestorationPath.CARBON_SUBSCRIPTION);
				return chosen.file() == null ? List.of(new Reply.Text(chosen.refusal())) : subscription.offer(chosen.file());
			});
	}

	/** A file that is certified, written off or closed takes no new choice. */
	static Optional<String> unfinished(RestorationFile file) {
		if (file.state().finished()) {
			return Optional.of("您的生态修复已办结（" + file.state().label() + "），无需再选择修复方式。回复「我的案件」查看详情。");
		}
		return Optional.empty();
	}

	static String amounts(RestorationFile file) {
		return "您应缴的金额合计 " + CaseHome.yuan(file.total()) + " 元"
				+ (file.paid() != null && file.paid().signum() > 0 ? "，已缴 " + CaseHome.yuan(file.paid()) + " 元" : "") + "。";
	}

	/** The file with {@code path} chosen, or the refusal's own sentence; a refusal changes nothing. */
	private static Chosen choose(RestorationFiles files, Savepoints savepoints, Defendant defendant,
			RestorationPath path) {
		RestorationFile file = files.get(defendant.partyId());
		if (file.path() == path) {
			return new Chosen(file, null);
		}
		try {
			return new Chosen(savepoints.attempt(() -> files.choosePath(defendant.partyId(), path, defendant.actor())),
					null);
		}
		catch (RestorationRefused refused) {
			log.info("Path {} refused for party {}: {}", path, defendant.partyId(), refused.getClass().getSimpleName());
			return new Chosen(null, refused.getMessage() + "未作任何更改。");
		}
	}

	private record Chosen(RestorationFile file, String refusal) {
	}

}
