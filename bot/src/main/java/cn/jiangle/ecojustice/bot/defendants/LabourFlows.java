package cn.jiangle.ecojustice.bot.defendants;

import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.jiangle.ecojustice.bot.conversation.AskStep;
import cn.jiangle.ecojustice.bot.conversation.ConfirmStep;
import cn.jiangle.ecojustice.bot.conversation.Flow;
import cn.jiangle.ecojustice.bot.conversation.InputRejected;
import cn.jiangle.ecojustice.bot.messages.Reply;
import cn.jiangle.ecojustice.db.labour.LabourApplication;
import cn.jiangle.ecojustice.db.labour.LabourApplications;
import cn.jiangle.ecojustice.db.restoration.RestorationFiles;
import cn.jiangle.ecojustice.db.restoration.RestorationRefused;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * 劳役代偿 as the defendant applies for it (将法〔2024〕13号 二、一是: 「经济困难，无力支付生态修复赔偿金」的，「经当事人申请」):
 * the path explained with the amounts, the hardship reason asked, a confirmation, then one ledgered application that
 * the court's handling officers decide. A guided flow, so 返回/取消 work and an unfinished application survives a
 * restart.
 */
@Configuration(proxyBeanMethods = false)
class LabourFlows {

	private static final Logger log = LoggerFactory.getLogger(LabourFlows.class);

	static final String REASON = "hardshipReason";

	/** A reason shorter than this says nothing a judge could weigh. */
	private static final int MIN_REASON = 4;

	@Bean
	Flow<Defendant> defendantLabourFlow(RestorationFiles files, LabourApplications applications,
			Savepoints savepoints) {
		return Flow.<Defendant>named(PathFlows.LABOUR)
			.summary("申请以劳役代偿方式履行生态修复义务")
			.keywords("选择劳役代偿", "申请劳役代偿", "我要劳役代偿")
			.access(defendant -> PathFlows.unfinished(files.get(defendant.partyId()))
				.or(() -> applied(applications, defendant.partyId())))
			.step(AskStep.<Defendant>ask("困难情况", REASON, context -> DefendantTexts.LABOUR_EXPLAINED + "\n"
					+ PathFlows.amounts(files.get(context.principal().partyId()))
					+ "\n请简要说明您经济困难、无力支付赔偿金的情况（如家庭收入、负担、身体状况等），承办人将据此审核：")
				.help("用一两句话说明您为什么无力支付赔偿金，例如「家中只有我一个劳动力，年收入不足两万元」。")
				.parse(reason -> {
					if (reason.codePointCount(0, reason.length()) < MIN_REASON) {
						throw new InputRejected("请具体说明您的困难情况（至少 " + MIN_REASON + " 个字），承办人需要据此审核。");
					}
					return reason;
				}))
			.step(ConfirmStep.<Defendant>confirm("确认提交劳役代偿申请",
					context -> "困难情况：" + context.data().require(REASON)
							+ "\n提交后由法院承办人审核，审核结果会在这里通知您。"))
			.completes((speaker, defendant, data) -> {
				LabourApplication application;
				try {
					application = savepoints.attempt(
							() -> applications.apply(defendant.partyId(), data.require(REASON), defendant.actor()));
				}
				catch (RestorationRefused refused) {
					log.info("Labour application refused for party {}: {}", defendant.partyId(),
							refused.getClass().getSimpleName());
					return List.of(new Reply.Text("申请未能提交：" + refused.getMessage() + "未作任何更改。"));
				}
				log.info("Party {} applied for labour compensation (application {})", defendant.partyId(),
						application.id());
				return List.of(new Reply.Text("您的劳役代偿申请已提交，法院承办人将审核您的申请，审核结果会在这里通知您。"
						+ "获批后，生态修复管理人将为您制定劳役方案。回复「我的案件」可随时查看进度。"));
			});
	}

	/** A pending or approved application takes no second one; a refused one may be followed by a new application. */
	private static Optional<String> applied(LabourApplications applications, long partyId) {
		return applications.ofParty(partyId).flatMap(application -> switch (application.status()) {
			case PENDING -> Optional.of("您已提交劳役代偿申请，正在等待法院承办人审核，审核结果会在这里通知您。回复「我的案件」可查看进度。");
			case APPROVED -> Optional.of("您的劳役代偿申请已获批准。回复「方案」查看劳役方案，回复「进度」查看抵偿进度。");
			default -> Optional.empty();
		});
	}

}
