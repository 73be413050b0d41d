package cn.jiangle.ecojustice.bot.defendants;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.jiangle.ecojustice.bot.messages.InboundMedia;
import cn.jiangle.ecojustice.bot.messages.InboundMessage;
import cn.jiangle.ecojustice.bot.messages.MediaContent;
import cn.jiangle.ecojustice.bot.messages.MediaNotFetched;
import cn.jiangle.ecojustice.bot.messages.Reply;
import cn.jiangle.ecojustice.db.InvalidInput;
import cn.jiangle.ecojustice.db.labour.CheckIn;
import cn.jiangle.ecojustice.db.labour.CheckInPart;
import cn.jiangle.ecojustice.db.labour.CheckInPartKind;
import cn.jiangle.ecojustice.db.labour.CheckIns;
import cn.jiangle.ecojustice.db.labour.LabourPlan;
import cn.jiangle.ecojustice.db.labour.LabourPlans;
import cn.jiangle.ecojustice.db.labour.PlanStatus;
import cn.jiangle.ecojustice.db.restoration.Binding;
import cn.jiangle.ecojustice.db.restoration.RestorationFile;
import cn.jiangle.ecojustice.db.restoration.RestorationFiles;
import cn.jiangle.ecojustice.db.restoration.RestorationRefused;
import cn.jiangle.ecojustice.db.restoration.RestorationState;

import org.springframework.stereotype.Component;

/**
 * 技术打卡 over 微信客服: a bound defendant's LOCATION or IMAGE message is one part of the day's check-in (the labour
 * records keep the pending part in the database, so the other part may be answered by any node). The photo is
 * downloaded from WeCom with no transaction open ({@link InboundMedia} has the dispatcher download it and handle the
 * message again) and only when a check-in could succeed at all (a confirmed plan, an open file).
 */
@Component
class LabourCheckIns {

	private static final Logger log = LoggerFactory.getLogger(LabourCheckIns.class);

	private final RestorationFiles files;

	private final LabourDesk labour;

	private final LabourPlans plans;

	private final CheckIns checkIns;

	private final InboundMedia media;

	private final Savepoints savepoints;

	private final Clock clock;

	LabourCheckIns(RestorationFiles files, LabourDesk labour, LabourPlans plans, CheckIns checkIns, InboundMedia media,
			Savepoints savepoints, Clock clock) {
		this.files = files;
		this.labour = labour;
		this.plans = plans;
		this.checkIns = checkIns;
		this.media = media;
		this.savepoints = savepoints;
		this.clock = clock;
	}

	/**
	 * A LOCATION or IMAGE message from a bound defendant: a part of the day's check-in for one who applied for
	 * 劳役代偿; anyone else is told to write.
	 */
	List<Reply> handle(InboundMessage message, Binding binding) {
		RestorationFile file = files.get(binding.partyId());
		if (file.state() == RestorationState.CLOSED) {
			return text(CaseHome.closed(file));
		}
		if (labour.home(binding.partyId()).isEmpty()) {
			return text(DefendantTexts.TEXT_ONLY);
		}
		return checkIn(message, new Defendant(binding));
	}

	private List<Reply> checkIn(InboundMessage message, Defendant defendant) {
		Optional<String> notYet = notReady(defendant.partyId());
		if (notYet.isPresent()) {
			return text(notYet.get());
		}
		Instant at = message.receivedAt() == null ? clock.instant() : message.receivedAt();
		if (message.kind() == InboundMessage.Kind.LOCATION) {
			if (message.location() == null) {
				return text("没有收到位置信息，请重新发送您的位置（点「+」→「位置」）。");
			}
			return record(defendant, () -> checkIns.location(defendant.partyId(), message.location().latitude(),
					message.location().longitude(), at, defendant.actor()));
		}
		MediaContent content;
		try {
			// inside the dispatcher's transaction this asks for the download first (PreparationNeeded), then has it
			content = media.fetch(message);
		}
		catch (MediaNotFetched failed) {
			log.info("Photo of inbound #{} not fetched: {}", message.eventId(), failed.getClass().getSimpleName());
			return text("打卡未成功：" + failed.toSender());
		}
		return record(defendant,
				() -> checkIns.photo(defendant.partyId(), content.bytes(), content.contentType(), at, defendant.actor()));
	}

	/** Why no part can be taken now — no plan, not confirmed — checked before anything is downloaded. */
	private Optional<String> notReady(long partyId) {
		Optional<LabourPlan> plan = plans.ofParty(partyId);
		if (plan.isEmpty()) {
			return Optional.of("您还没有劳役方案，暂时不需要打卡。如需了解劳役代偿，请回复「劳役代偿」；查看案件请回复「我的案件」。");
		}
		if (plan.get().status() != PlanStatus.CONFIRMED) {
			return Optional.of("请先确认劳役方案（回复「方案」查看，回复「确认方案」确认），确认后才能打卡，本次发送的内容未作记录。");
		}
		return Optional.empty();
	}

	private List<Reply> record(Defendant defendant, Supplier<CheckInPart> part) {
		CheckInPart recorded;
		try {
			recorded = savepoints.attempt(part);
		}
		catch (RestorationRefused | InvalidInput refused) {
			// the labour records name what happened in a Chinese sentence (distance, dates, once a day …)
			log.info("Check-in part refused for party {}: {}", defendant.partyId(), refused.getClass().getSimpleName());
			return text("打卡未成功：" + refused.getMessage() + "本次发送的内容未作记录。");
		}
		if (recorded.complete()) {
			CheckIn checkIn = recorded.completed();
			log.info("Party {} checked in for {} (check-in {})", defendant.partyId(), checkIn.day(), checkIn.id());
			return text("打卡成功：" + LabourTexts.day(checkIn.day()) + "的位置和现场照片均已收到，距修复地点约 "
					+ checkIn.distanceMetres() + " 米。生态修复管理人确认当天工作量后会通知您；回复「进度」可查看抵偿进度。");
		}
		String within = recorded.pendingUntil() == null ? ""
				: "（请在 " + LabourTexts.time(recorded.pendingUntil().atZone(LabourTexts.ZONE).toLocalTime()) + " 前）";
		if (recorded.awaiting() == CheckInPartKind.PHOTO) {
			return text("已收到位置，请再发送一张现场照片" + within + "，两样都收到即打卡成功。");
		}
		return text("已收到照片，请再发送您所在的位置（点「+」→「位置」）" + within + "，两样都收到即打卡成功。");
	}

	private static List<Reply> text(String content) {
		return List.of(new Reply.Text(content));
	}


}
