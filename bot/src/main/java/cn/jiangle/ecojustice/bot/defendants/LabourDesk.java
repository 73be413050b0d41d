package cn.jiangle.ecojustice.bot.defendants;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.jiangle.ecojustice.bot.messages.Reply;
import cn.jiangle.ecojustice.db.labour.LabourApplication;
import cn.jiangle.ecojustice.db.labour.LabourApplications;
import cn.jiangle.ecojustice.db.labour.LabourPlan;
import cn.jiangle.ecojustice.db.labour.LabourPlans;
import cn.jiangle.ecojustice.db.labour.LabourProgress;
import cn.jiangle.ecojustice.db.labour.LabourStage;
import cn.jiangle.ecojustice.db.labour.PlanStatus;
import cn.jiangle.ecojustice.db.labour.WorkQuantities;
import cn.jiangle.ecojustice.db.restoration.RestorationRefused;

import org.springframework.stereotype.Component;

/**
 * The defendant's typed 劳役代偿 words — 「确认方案」, 「方案」, 「进度」, 「打卡」 — and the labour part of their case home,
 * read from the labour records (the source of truth); a confirmation is one ledgered call in a savepoint, so a refusal
 * leaves the reply and the handled mark intact.
 */
@Component
class LabourDesk {

	private static final Logger log = LoggerFactory.getLogger(LabourDesk.class);

	static final Set<String> CONFIRM_WORDS = Set.of(LabourTexts.CONFIRM_WORD, "确认劳役方案", "同意方案");

	static final Set<String> PLAN_WORDS = Set.of("方案", "查看方案", "劳役方案", "我的方案", "修复方案");

	static final Set<String> PROGRESS_WORDS = Set.of("进度", "劳役进度", "抵偿进度", "我的进度", "查询进度");

	static final Set<String> CHECK_IN_WORDS = Set.of("打卡", "怎么打卡", "如何打卡", "技术打卡");

	private final LabourApplications applications;

	private final LabourPlans plans;

	private final WorkQuantities quantities;

	private final Savepoints savepoints;

	LabourDesk(LabourApplications applications, LabourPlans plans, WorkQuantities quantities, Savepoints savepoints) {
		this.applications = applications;
		this.plans = plans;
		this.quantities = quantities;
		this.savepoints = savepoints;
	}

	/** The reply to one of the labour words, or empty when {@code command} is none of them (or 「进度」 without labour). */
	Optional<List<Reply>> command(Defendant defendant, String command) {
		boolean confirm = CONFIRM_WORDS.contains(command);
		boolean showPlan = PLAN_WORDS.contains(command);
		boolean progress = PROGRESS_WORDS.contains(command);
		boolean checkIn = CHECK_IN_WORDS.contains(command);
		if (!confirm && !showPlan && !progress && !checkIn) {
			return Optional.empty();
		}
		LabourProgress numbers = quantities.progress(defendant.partyId());
		if (numbers.stage() == LabourStage.NOT_APPLIED) {
			// 「进度」 without labour is the case home, as before
			return progress ? Optional.empty()
					: Optional.of(text("您还没有申请劳役代偿。如经济困难、无力支付赔偿金，可回复「劳役代偿」提出申请。"));
		}
		Optional<LabourPlan> plan = plans.ofParty(defendant.partyId()).filter(LabourDesk::current);
		if (plan.isEmpty()) {
			return Optional.of(text(withoutPlan(defendant.partyId(), numbers.stage())));
		}
		boolean confirmed = plan.get().status() == PlanStatus.CONFIRMED;
		if (confirm) {
			return Optional.of(confirm(defendant, plan.get()));
		}
		if (showPlan) {
			return Optional.of(text(LabourTexts.plan(plan.get()) + "\n"
					+ (confirmed ? "您已确认该方案。" + LabourTexts.HOW_TO_CHECK_IN : "请核对，无误请回复「确认方案」。")));
		}
		if (checkIn) {
			return Optional.of(text(confirmed ? LabourTexts.HOW_TO_CHECK_IN
					: "请先确认劳役方案（回复「方案」查看，回复「确认方案」确认），确认后才能打卡。"));
		}
		return Optional.of(text(LabourTexts.progress(numbers) + "。" + stageNote(numbers.stage())));
	}

	/**
	 * The labour lines of the case home and the next step (which replaces the general one), or empty when the party
	 * has not applied.
	 */
	Optional<LabourHome> home(long partyId) {
		LabourProgress progress = quantities.progress(partyId);
		LabourStage stage = progress.stage();
		if (stage == LabourStage.NOT_APPLIED) {
			return Optional.empty();
		}
		StringBuilder lines = new StringBuilder("劳役代偿：").append(stage.label());
		Optional<LabourPlan> plan = plans.ofParty(partyId).filter(LabourDesk::current);
		if (plan.isEmpty()) {
			return Optional.of(new LabourHome(lines.toString(), withoutPlan(partyId, stage)));
		}
		lines.append('\n').append(LabourTexts.plan(plan.get()));
		if (plan.get().status() != PlanStatus.CONFIRMED) {
			return Optional.of(new LabourHome(lines.toString(), "请核对劳役方案，无误请回复「确认方案」。"));
		}
		lines.append("\n劳役进度：").append(LabourTexts.progress(progress));
		String next = switch (stage) {
			case COVERED -> "您已完成全部抵偿，等待生态修复管理人或林业局验收，结果会在这里通知您。";
			case ACCEPTANCE_FAILED -> "验收未通过，请按生态修复管理人的要求继续完成修复，如有疑问请联系承办人。";
			case ACCEPTED -> "验收合格，等待法院承办人结案，结案后会在这里通知您。";
			default -> "请在方案期间按时到修复地点劳动并打卡（回复「打卡」查看方法），回复「进度」可随时查看抵偿进度。";
		};
		return Optional.of(new LabourHome(lines.toString(), next));
	}

	private List<Reply> confirm(Defendant defendant, LabourPlan plan) {
		if (plan.status() == PlanStatus.CONFIRMED) {
			return text("您已确认过劳役方案，无需重复确认。" + LabourTexts.HOW_TO_CHECK_IN);
		}
		LabourPlan confirmed;
		try {
			confirmed = savepoints.attempt(() -> plans.confirm(plan.id(), defendant.actor()));
		}
		catch (RestorationRefused refused) {
			log.info("Plan {} confirmation refused for party {}: {}", plan.id(), defendant.partyId(),
					refused.getClass().getSimpleName());
			return text("方案未能确认：" + refused.getMessage() + "未作任何更改。");
		}
		log.info("Party {} confirmed labour plan {}", defendant.partyId(), confirmed.id());
		return text("您已确认劳役方案。\n" + LabourTexts.plan(confirmed) + "\n" + LabourTexts.HOW_TO_CHECK_IN
				+ "\n回复「进度」可随时查看抵偿进度。");
	}

	private String withoutPlan(long partyId, LabourStage stage) {
		return switch (stage) {
			case APPLIED -> "您的劳役代偿申请已提交，正在等待法院承办人审核，审核结果会在这里通知您。";
			case REFUSED -> "您的劳役代偿申请未获批准（理由："
					+ applications.ofParty(partyId).map(LabourApplication::refusalReason).orElse("未说明")
					+ "）。您可以回复「认购碳汇」选择其他修复方式，或联系承办人。";
			default -> "您的劳役代偿申请已获批准，生态修复管理人正在为您制定劳役方案，制定后会在这里发给您确认。";
		};
	}

	private static String stageNote(LabourStage stage) {
		return switch (stage) {
			case COVERED -> "您已完成全部抵偿，等待验收。";
			case ACCEPTANCE_FAILED -> "验收未通过，请按生态修复管理人的要求继续完成修复。";
			case ACCEPTED -> "验收合格，等待法院结案。";
			default -> "";
		};
	}

	/** A replaced plan is history: the defendant only ever sees the newest one. */
	private static boolean current(LabourPlan plan) {
		return plan.status() != PlanStatus.REPLACED;
	}

	private static List<Reply> text(String content) {
		return List.of(new Reply.Text(content));
	}

	/** The labour part of the case home: lines shown after the general ones, and the next step. */
	record LabourHome(String lines, String nextStep) {
	}

}
