package cn.jiangle.ecojustice.bot.disclosure;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import cn.jiangle.ecojustice.bot.conversation.Commands;
import cn.jiangle.ecojustice.db.audit.AuditEntry;
import cn.jiangle.ecojustice.db.audit.AuditLedger;
import cn.jiangle.ecojustice.db.audit.LedgerVerification;
import cn.jiangle.ecojustice.db.officers.Officer;
import cn.jiangle.ecojustice.db.officers.Officers;

import org.springframework.stereotype.Component;

/**
 * The ledger side of a report: the entries about the entities a report covers, merged into chain order, told in
 * Chinese (who did what, when), and the verification of the whole chain. The entries' changes are not printed: they
 * are the ledger's, and a report only points to them by sequence number and hash.
 */
@Component
class LedgerRecords {

	/** An entity as the ledger names it, e.g. ({@code RESTORATION}, {@code 42}). */
	record Entity(String type, String id) {

		static Entity of(String type, Object id) {
			return new Entity(type, String.valueOf(id));
		}

	}

	/** Printed per entry: enough to find it in the ledger and compare it, short enough for a table cell. */
	static final int HASH_SHOWN = 12;

	private static final Map<String, String> ACTIONS = Map.ofEntries(Map.entry("case.opened", "立案登记"),
			Map.entry("case.officer_assigned", "指定承办人"), Map.entry("case.officer_removed", "移除承办人"),
			Map.entry("case.updated", "更新案件信息"), Map.entry("party.added", "登记被告人"),
			Map.entry("party.corrected", "更正被告人信息"), Map.entry("party.external_user_bound", "关联微信用户"),
			Map.entry("party.bound", "被告人绑定微信"), Map.entry("party.unbound", "解除微信绑定"),
			Map.entry("party.binding_code_issued", "签发绑定码"), Map.entry("party.binding_code_redeemed", "使用绑定码"),
			Map.entry("obligation.added", "登记修复义务"), Map.entry("obligation.amount_changed", "变更修复金额"),
			Map.entry("obligation.updated", "更新修复义务"), Map.entry("restoration.path_chosen", "选择修复方式"),
			Map.entry("restoration.amount_corrected", "更正修复金额"), Map.entry("restoration.paid", "缴款入账"),
			Map.entry("restoration.written_off", "碳汇已核销"), Map.entry("restoration.closed", "结案"),
			Map.entry("payment.expected", "发起认购缴款"), Map.entry("payment.confirmed", "修复管理人确认收款"),
			Map.entry("payment.not_received", "修复管理人告知未收到款项"), Map.entry("certificate.issued", "出具认购碳汇证明书"),
			Map.entry("write_off.submitted", "申报碳汇核销"), Map.entry("write_off.confirmed", "林业局确认核销"),
			Map.entry("labour.applied", "申请劳役代偿"), Map.entry("labour.approved", "法院批准劳役代偿"),
			Map.entry("labour.refused", "法院不批准劳役代偿"), Map.entry("labour.plan_set", "制定劳役方案"),
			Map.entry("labour.plan_confirmed", "确认劳役方案"), Map.entry("labour.checked_in", "技术打卡"),
			Map.entry("labour.work_confirmed", "确认工作量"), Map.entry("labour.covered", "劳役已抵偿全部金额"),
			Map.entry("labour.accepted", "记录成果验收"), Map.entry("labour.closed", "法院结案"),
			Map.entry("project.designated", "指定修复项目管理人"), Map.entry("disbursement.requested", "提交支付申请"),
			Map.entry("disbursement.reviewed", "自然资源局出具意见"), Map.entry("disbursement.approved", "法院批准支付"),
			Map.entry("disbursement.refused", "法院不批准支付"), Map.entry("project.milestone_reached", "完成实施节点"),
			Map.entry("project.accepted", "项目验收"));

	private final AuditLedger ledger;

	private final Officers officers;

	LedgerRecords(AuditLedger ledger, Officers officers) {
		this.ledger = ledger;
		this.officers = officers;
	}

	/**
	 * The entries about {@code entities}, each once, in chain order. {@code people} names actors that are no officers
	 * (a defendant's WeChat id → 被告人 张*); officers are named with their agency, {@code system} as 系统.
	 */
	List<Report.LedgerLine> lines(Collection<Entity> entities, Map<String, String> people) {
		TreeMap<Long, AuditEntry> entries = new TreeMap<>();
		for (Entity entity : new java.util.LinkedHashSet<>(entities)) {
			for (AuditEntry entry : ledger.history(entity.type(), entity.id())) {
				entries.putIfAbsent(entry.seq(), entry);
			}
		}
		Map<String, String> actors = new HashMap<>(people);
		return entries.values()
			.stream()
			.map(entry -> new Report.LedgerLine(entry.seq(), entry.recordedAt(),
					actors.computeIfAbsent(entry.actor(), this::actor), action(entry.action()),
					entry.entryHash().substring(0, HASH_SHOWN)))
			.toList();
	}

	/** Verifies the whole chain (the entries of one case link to everybody else's). */
	Report.LedgerStatus status() {
		return status(ledger.verify());
	}

	static Report.LedgerStatus status(LedgerVerification verification) {
		if (verification.intact()) {
			return new Report.LedgerStatus(true, "完整（已逐条校验全部 " + verification.entriesChecked() + " 条留痕记录的哈希链）");
		}
		return new Report.LedgerStatus(false,
				"在第" + verification.firstBrokenSeq() + "条断开：" + verification.problem() + "本报告所列记录的真实性须另行核实。");
	}

	static String action(String code) {
		return ACTIONS.getOrDefault(code, code);
	}

	/** Who {@code id} is, for print: a person in {@code people}, an officer with their agency, or 系统. */
	String name(String id, Map<String, String> people) {
		return people.containsKey(id) ? people.get(id) : actor(id);
	}

	private String actor(String id) {
		if ("system".equals(id)) {
			return "系统";
		}
		return officers.find(id).map(LedgerRecords::officer).orElse("微信用户");
	}

	private static String officer(Officer officer) {
		return Commands.quote(officer.name()) + (officer.agency() == null ? "" : "（" + officer.agency().name() + "）");
	}

}
