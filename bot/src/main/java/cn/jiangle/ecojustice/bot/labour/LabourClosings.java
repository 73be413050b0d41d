package cn.jiangle.ecojustice.bot.labour;

import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.jiangle.ecojustice.bot.cases.Masks;
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
import cn.jiangle.ecojustice.db.labour.LabourAcceptance;
import cn.jiangle.ecojustice.db.labour.LabourAcceptances;
import cn.jiangle.ecojustice.db.labour.LabourAccepted;
import cn.jiangle.ecojustice.db.labour.LabourClosed;
import cn.jiangle.ecojustice.db.labour.LabourCovered;
import cn.jiangle.ecojustice.db.labour.LabourPlan;
import cn.jiangle.ecojustice.db.officers.Officer;
import cn.jiangle.ecojustice.db.officers.Officers;
import cn.jiangle.ecojustice.db.outbox.IdempotencyKey;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * 成果验收 and 结案: when confirmed work covers the amount, the manager's staff and the forestry bureau are asked to
 * accept it (「验收 案号 成活率95% 合格」); a passing result reaches the court officers of the case as a card
 * ({@code labour:c<party id>}) with 结案, a failing one as a notice; the court closes with the card or 「结案 案号」.
 */
@Component
class LabourClosings {

	private static final Logger log = LoggerFactory.getLogger(LabourClosings.class);

	static final String SUBJECT = "c";

	static final String CLOSE = "labour_close";

	private final Cases cases;

	private final Officers officers;

	private final LabourAcceptances acceptances;

	private final Messenger messenger;

	private final Savepoints savepoints;

	LabourClosings(Cases cases, Officers officers, LabourAcceptances acceptances, Messenger messenger,
			Savepoints savepoints) {
		this.cases = cases;
		this.officers = officers;
		this.acceptances = acceptances;
		this.messenger = messenger;
		this.savepoints = savepoints;
	}

	@EventListener
	void covered(LabourCovered event) {
		LabourPlan plan = event.plan();
		String who = plan.caseNumber() + "被告人 " + Masks.name(plan.partyName());
		String text = "📋 " + who + "的劳役已完成抵偿（" + LabourTexts.progress(event.progress()) + "），请组织成果验收：发送「验收 "
				+ plan.caseNumber() + " 成活率95% 合格」（结果如实填写，未通过写「不合格」）。";
		List<Officer> acceptors = officers.all()
			.stream()
			.filter(officer -> Permissions.STANDARD.allows(officer, Action.RECORD_ACCEPTANCE))
			.toList();
		if (acceptors.isEmpty()) {
			log.warn("Labour of party {} covered but nobody may record its acceptance", plan.partyId());
		}
		for (Officer officer : acceptors) {
			messenger.send(new Recipient.Officer(officer.userid()), List.of(new Reply.Text(text)),
					IdempotencyKey.of("labour-covered", plan.id(), officer.userid()));
		}
		for (Officer officer : courtOfficers(plan.caseId())) {
			messenger.send(new Recipient.Officer(officer.userid()),
					List.of(new Reply.Text(who + "的劳役已完成抵偿，待修复管理人或林业局验收；验收合格后可结案。")),
					IdempotencyKey.of("labour-covered-court", plan.id(), officer.userid()));
		}
	}

	@EventListener
	void accepted(LabourAccepted event) {
		LabourAcceptance acceptance = event.acceptance();
		String who = acceptance.caseNumber() + "被告人 " + Masks.name(acceptance.partyName());
		List<Reply> replies = acceptance.passed()
				? List.of(new Reply.Card("劳役代偿验收合格 " + acceptance.caseNumber(),
						who + "的劳役成果验收合格（" + acceptance.result() + "，" + name(acceptance.recordedBy())
								+ "登记）。确认结案请点「结案」，或发送「结案 " + acceptance.caseNumber() + "」。",
						LabourCardAction.PREFIX + ":" + SUBJECT + acceptance.partyId(),
						List.of(new Reply.Button(CLOSE, "结案"))))
				: List.of(new Reply.Text(who + "的劳役成果验收未通过（" + acceptance.result() + "，"
						+ name(acceptance.recordedBy()) + "登记），修复管理人将组织整改后重新验收。"));
		for (Officer officer : courtOfficers(acceptance.caseId())) {
			messenger.send(new Recipient.Officer(officer.userid()), replies,
					IdempotencyKey.of("labour-accepted", acceptance.id(), officer.userid()));
		}
	}

	/** 结案: done, or why not (nothing changed then). */
	String close(Officer officer, long partyId) {
		Attempt<LabourClosed> closed = savepoints
			.attempt(() -> acceptances.close(partyId, Actor.officer(officer.userid())));
		return closed.describe(done -> "✅ 已结案：" + done.caseNumber() + "该被告人的劳役代偿义务已履行完毕，修复档案已关闭"
				+ (done.caseClosed() ? "；本案修复义务已全部完成，案件已结案。" : "。"));
	}

	private String name(String userid) {
		return userid == null ? "" : officers.find(userid).map(Officer::name).orElse(userid);
	}

	private List<Officer> courtOfficers(long caseId) {
		Optional<Case> kase = cases.find(caseId);
		if (kase.isEmpty()) {
			return List.of();
		}
		return kase.get()
			.officerUserids()
			.stream()
			.map(officers::find)
			.flatMap(Optional::stream)
			.filter(officer -> Permissions.STANDARD.allows(officer, Action.CLOSE_LABOUR, kase.get()))
			.toList();
	}

}
