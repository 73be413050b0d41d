package cn.jiangle.ecojustice.bot.labour;

import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.jiangle.ecojustice.bot.cases.Masks;
import cn.jiangle.ecojustice.bot.conversation.InputRejected;
import cn.jiangle.ecojustice.bot.messages.Messenger;
import cn.jiangle.ecojustice.bot.messages.Recipient;
import cn.jiangle.ecojustice.bot.messages.Reply;
import cn.jiangle.ecojustice.bot.officers.Action;
import cn.jiangle.ecojustice.bot.officers.Attempt;
import cn.jiangle.ecojustice.bot.officers.Permissions;
import cn.jiangle.ecojustice.bot.officers.Savepoints;
import cn.jiangle.ecojustice.db.Actor;
import cn.jiangle.ecojustice.db.cases.Case;
import cn.jiangle.ecojustice.db.cases.Cases;
import cn.jiangle.ecojustice.db.labour.ApplicationStatus;
import cn.jiangle.ecojustice.db.labour.LabourApplication;
import cn.jiangle.ecojustice.db.labour.LabourApplicationNotFound;
import cn.jiangle.ecojustice.db.labour.LabourApplications;
import cn.jiangle.ecojustice.db.labour.LabourApplied;
import cn.jiangle.ecojustice.db.labour.LabourApproved;
import cn.jiangle.ecojustice.db.labour.LabourRefused;
import cn.jiangle.ecojustice.db.officers.Officer;
import cn.jiangle.ecojustice.db.officers.Officers;
import cn.jiangle.ecojustice.db.outbox.IdempotencyKey;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The court's decision on a 劳役代偿 application: when a defendant applies, each court officer of the case whom the
 * table lets decide gets a card ({@code labour:a<application id>}) with 批准 / 不批准; any of them may answer (不批准
 * asks the reason, {@link LabourRefusalFlow}); a later click is told who already decided. Once approved, the
 * restoration manager's staff are asked for a plan.
 */
@Component
class LabourApprovals {

	private static final Logger log = LoggerFactory.getLogger(LabourApprovals.class);

	static final String SUBJECT = "a";

	static final String APPROVE = "labour_approve";

	static final String REFUSE = "labour_refuse";

	/** The reason as the card quotes it: enough to decide on, the rest on request. */
	private static final int REASON_IN_CARD = 200;

	private final Cases cases;

	private final Officers officers;

	private final LabourApplications applications;

	private final Messenger messenger;

	private final Savepoints savepoints;

	LabourApprovals(Cases cases, Officers officers, LabourApplications applications, Messenger messenger,
			Savepoints savepoints) {
		this.cases = cases;
		this.officers = officers;
		this.applications = applications;
		this.messenger = messenger;
		this.savepoints = savepoints;
	}

	@EventListener
	void applied(LabourApplied event) {
		LabourApplication application = event.application();
		List<Officer> deciders = courtOfficers(application.caseId(), Action.DECIDE_LABOUR);
		if (deciders.isEmpty()) {
			log.warn("Labour application {} of case {} has no court officer who may decide it", application.id(),
					application.caseId());
			return;
		}
		Reply.Card card = card(application);
		for (Officer officer : deciders) {
			messenger.send(new Recipient.Officer(officer.userid()), List.of(card),
					IdempotencyKey.of("labour-application-card", application.id(), officer.userid()));
		}
		log.info("Labour application {} sent to {} court officers", application.id(), deciders.size());
	}

	@EventListener
	void approved(LabourApproved event) {
		LabourApplication application = event.application();
		String text = "劳役代偿申请 " + LabourTexts.application(application.id()) + "（" + application.caseNumber()
				+ "，被告人 " + Masks.name(application.partyName()) + "）已获法院批准。请为其制定劳役方案：发送「劳役方案 "
				+ application.caseNumber() + "」。";
		for (Officer staff : allowed(Action.PLAN_LABOUR)) {
			messenger.send(new Recipient.Officer(staff.userid()), List.of(new Reply.Text(text)),
					IdempotencyKey.of("labour-approved-manager", application.id(), staff.userid()));
		}
		othersOfTheCourt(application, "批准");
	}

	@EventListener
	void refused(LabourRefused event) {
		othersOfTheCourt(event.application(), "不予批准（理由：" + event.application().refusalReason() + "）");
	}

	/** The case's other court officers learn it was decided, so nobody opens a decided card in vain. */
	private void othersOfTheCourt(LabourApplication application, String decision) {
		String by = name(application.decidedBy());
		for (Officer officer : courtOfficers(application.caseId(), Action.DECIDE_LABOUR)) {
			if (!officer.userid().equals(application.decidedBy())) {
				messenger.send(new Recipient.Officer(officer.userid()),
						List.of(new Reply.Text("劳役代偿申请 " + LabourTexts.application(application.id()) + "（"
								+ application.caseNumber() + "）已由" + by + decision + "。")),
						IdempotencyKey.of("labour-decided", application.id(), officer.userid()));
			}
		}
	}

	static Reply.Card card(LabourApplication application) {
		String reason = application.hardshipReason() == null ? "" : application.hardshipReason();
		if (reason.length() > REASON_IN_CARD) {
			reason = reason.substring(0, REASON_IN_CARD) + "…";
		}
		return new Reply.Card("劳役代偿申请 " + LabourTexts.application(application.id()),
				"案号：" + application.caseNumber() + "\n被告人：" + Masks.name(application.partyName()) + "\n申请理由："
						+ reason + "\n同意以劳役代偿抵偿生态修复费用请点「批准」；不同意请点「不批准」并填写理由。",
				LabourCardAction.PREFIX + ":" + SUBJECT + application.id(),
				List.of(new Reply.Button(APPROVE, "批准"), new Reply.Button(REFUSE, "不批准")));
	}

	/**
	 * The application, if {@code officer} may still decide it; otherwise why not (who decided it already, or that
	 * it is not theirs).
	 */
	LabourApplication pending(Officer officer, long applicationId) {
		Attempt<LabourApplication> found = savepoints.attempt(() -> applications.get(applicationId));
		if (found.refusedWith(LabourApplicationNotFound.class)) {
			throw new InputRejected("没有劳役代偿申请 " + LabourTexts.application(applicationId) + "，请核对。");
		}
		if (found.isRefused()) {
			throw new InputRejected(found.refusal());
		}
		LabourApplication application = found.value();
		Case kase = cases.find(application.caseId()).orElse(null);
		if (kase == null || !Permissions.STANDARD.allows(officer, Action.DECIDE_LABOUR, kase)) {
			throw new InputRejected("只有本案法院承办人可以审批劳役代偿申请。");
		}
		if (application.status() != ApplicationStatus.PENDING) {
			throw new InputRejected(decided(application));
		}
		return application;
	}

	/** 批准: done, or why not (nothing changed then). */
	String approve(Officer officer, long applicationId) {
		LabourApplication application;
		try {
			application = pending(officer, applicationId);
		}
		catch (InputRejected ex) {
			return ex.reason();
		}
		Attempt<LabourApplication> approved = savepoints
			.attempt(() -> applications.approve(application.id(), Actor.officer(officer.userid())));
		return approved.describe(done -> "✅ 已批准劳役代偿申请 " + LabourTexts.application(done.id()) + "（"
				+ done.caseNumber() + "，被告人 " + Masks.name(done.partyName()) + "）。被告人和修复管理人将收到通知，"
				+ "由修复管理人制定劳役方案。");
	}

	/** Who decided, and how: 「该劳役代偿申请已由王法官于 … 处理（已批准）。」 */
	String decided(LabourApplication application) {
		String when = application.decidedAt() == null ? "" : "于 " + LabourTexts.MINUTE.format(application.decidedAt());
		return "劳役代偿申请 " + LabourTexts.application(application.id()) + " 已由" + name(application.decidedBy())
				+ when + "处理（" + application.status().label() + "），无需再次审批。";
	}

	private String name(String userid) {
		return userid == null ? "他人" : officers.find(userid).map(Officer::name).orElse(userid);
	}

	private List<Officer> courtOfficers(long caseId, Action action) {
		Optional<Case> kase = cases.find(caseId);
		if (kase.isEmpty()) {
			return List.of();
		}
		return kase.get()
			.officerUserids()
			.stream()
			.map(officers::find)
			.flatMap(Optional::stream)
			.filter(officer -> Permissions.STANDARD.allows(officer, action, kase.get()))
			.toList();
	}

	private List<Officer> allowed(Action action) {
		return officers.all().stream().filter(officer -> Permissions.STANDARD.allows(officer, action)).toList();
	}

}
