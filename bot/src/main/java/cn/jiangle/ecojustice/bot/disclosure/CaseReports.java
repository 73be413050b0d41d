package cn.jiangle.ecojustice.bot.disclosure;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.jiangle.ecojustice.bot.cases.CaseReport;
import cn.jiangle.ecojustice.bot.cases.Masks;
import cn.jiangle.ecojustice.bot.cases.RestorationSteps;
import cn.jiangle.ecojustice.bot.conversation.Commands;
import cn.jiangle.ecojustice.db.cases.Case;
import cn.jiangle.ecojustice.db.cases.Cases;
import cn.jiangle.ecojustice.db.labour.LabourApplications;
import cn.jiangle.ecojustice.db.labour.LabourStage;
import cn.jiangle.ecojustice.db.obligations.Obligation;
import cn.jiangle.ecojustice.db.obligations.ObligationKind;
import cn.jiangle.ecojustice.db.obligations.Obligations;
import cn.jiangle.ecojustice.db.parties.Parties;
import cn.jiangle.ecojustice.db.parties.Party;
import cn.jiangle.ecojustice.db.restoration.Certificate;
import cn.jiangle.ecojustice.db.restoration.Payments;
import cn.jiangle.ecojustice.db.restoration.PaymentRequest;
import cn.jiangle.ecojustice.db.restoration.RestorationFile;
import cn.jiangle.ecojustice.db.restoration.RestorationFiles;
import cn.jiangle.ecojustice.db.restoration.RestorationState;

import org.springframework.stereotype.Component;

/**
 * A case's report: the case, then each party's restoration file — path, amounts paid and remaining, certificate and
 * 核销 — with the ledger entries of the case, its parties, obligations, files, payment requests and certificates.
 */
@Component
class CaseReports {

	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm").withZone(CHINA);

	static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日").withZone(CHINA);

	static final DateTimeFormatter DATE_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(CHINA);

	/** Whom the reports are for (将法〔2024〕13号 二、一是). */
	static final String ADDRESSEES = "将乐县人民法院、将乐县人民检察院、将乐县公安局、将乐县林业局";

	private final Cases cases;

	private final Parties parties;

	private final Obligations obligations;

	private final RestorationFiles files;

	private final Payments payments;

	private final LabourSections labour;

	private final LedgerRecords ledger;

	private final Clock clock;

	CaseReports(Cases cases, Parties parties, Obligations obligations, RestorationFiles files, Payments payments,
			LabourSections labour, LedgerRecords ledger, Clock clock) {
		this.labour = labour;
		this.cases = cases;
		this.parties = parties;
		this.obligations = obligations;
		this.files = files;
		this.payments = payments;
		this.ledger = ledger;
		this.clock = clock;
	}

	/** Whether a result report can be made: some party's restoration is finished. */
	boolean hasResult(Case found) {
		return files.ofCase(found.id())
			.stream()
			.anyMatch(file -> file.state().finished() || labour.hasResult(file.partyId()));
	}

	Report report(Case found, ReportKind kind) {
		List<RestorationFile> restoration = files.ofCase(found.id());
		List<Party> caseParties = parties.ofCase(found.id());
		List<LedgerRecords.Entity> entities = new ArrayList<>();
		entities.add(LedgerRecords.Entity.of(Cases.AUDIT_TYPE, found.id()));
		for (Obligation obligation : obligations.ofCase(found.id())) {
			entities.add(LedgerRecords.Entity.of(Obligations.AUDIT_TYPE, obligation.id()));
		}
		Map<String, String> people = new LinkedHashMap<>();
		for (Party party : caseParties) {
			entities.add(LedgerRecords.Entity.of(Parties.AUDIT_TYPE, party.id()));
			if (party.externalUserid() != null) {
				people.put(party.externalUserid(), "被告人" + Masks.name(party.name()));
			}
		}
		List<Report.Section> sections = new ArrayList<>();
		for (RestorationFile file : restoration) {
			entities.add(LedgerRecords.Entity.of(RestorationFiles.AUDIT_TYPE, file.partyId()));
			List<PaymentRequest> requests = payments.ofParty(file.partyId());
			for (PaymentRequest request : requests) {
				entities.add(LedgerRecords.Entity.of(Payments.AUDIT_TYPE, request.id()));
			}
			if (file.certificate() != null) {
				entities.add(LedgerRecords.Entity.of(cn.jiangle.ecojustice.db.restoration.Certificates.AUDIT_TYPE,
						file.certificate().number()));
			}
			entities.add(LedgerRecords.Entity.of(LabourApplications.AUDIT_TYPE, file.partyId()));
			sections.add(section(file, requests, kind, labour.of(file, people)));
		}
		// the ledger is read after the records, so every state shown has its entries listed
		List<Report.LedgerLine> lines = ledger.lines(entities, people);
		Report.LedgerStatus status = ledger.status();
		List<Report.Field> overview = new ArrayList<>();
		overview.add(new Report.Field("案号", found.number().toString()));
		overview.add(new Report.Field("罪名", Commands.quote(found.chargeText())));
		overview.add(new Report.Field("阶段·状态", found.stage().label() + "·" + found.status().label()));
		overview.add(new Report.Field("被告人", caseParties.isEmpty() ? "未登记"
				: String.join("、", caseParties.stream().map(p -> Masks.name(p.name())).toList())));
		if (kind == ReportKind.RESULT) {
			long done = restoration.stream()
				.filter(file -> file.state().finished() || labour.hasResult(file.partyId()))
				.count();
			overview.add(new Report.Field("修复成果", "已完成 " + done + " 人，共 " + restoration.size() + " 人"));
		}
		overview.add(new Report.Field("报送", ADDRESSEES));
		return new Report(kind, "案号", found.number().toString(), overview, sections, lines, status,
				clock.instant());
	}

	private Report.Section section(RestorationFile file, List<PaymentRequest> requests, ReportKind kind,
			Optional<LabourSections.Labour> labourPart) {
		String name = Masks.name(file.partyName());
		List<Report.Field> fields = new ArrayList<>();
		fields.add(new Report.Field("修复方式", file.path().label()));
		fields.add(new Report.Field("应履行金额", yuan(file.total()) + breakdown(file.amounts())));
		Certificate certificate = file.certificate();
		// a labour file has nothing to pay; its amounts are the labour's, below
		boolean carbon = labourPart.isEmpty() || file.paid().signum() > 0 || certificate != null || !requests.isEmpty();
		if (carbon) {
			fields.add(new Report.Field("已缴纳", yuan(file.paid())));
			fields.add(new Report.Field("尚余", yuan(file.remaining())));
		}
		fields.add(new Report.Field("当前状态", file.state().label()));
		if (carbon) {
			fields.add(new Report.Field("认购碳汇证明书", certificate == null ? "未出具"
					: certificate.number() + "（" + DATE.format(certificate.issuedAt()) + "出具，"
							+ certificate.tonnes().toPlainString() + " 吨二氧化碳当量）"));
			fields.add(new Report.Field("核销状态", file.writeOffStatus() == null ? "—" : file.writeOffStatus().label()));
		}
		if (kind == ReportKind.RESULT) {
			fields.add(new Report.Field("修复结果", outcome(file, labourPart)));
		}
		List<Report.Part> parts = new ArrayList<>();
		parts.add(new Report.Fields(fields));
		labourPart.ifPresent(found -> parts.addAll(found.parts()));
		if (!requests.isEmpty()) {
			List<List<String>> rows = requests.stream()
				.map(request -> List.of(DATE_TIME.format(request.requestedAt()), yuan(request.amount()),
						request.status().label(),
						request.resolvedAt() == null ? "—" : DATE_TIME.format(request.resolvedAt())))
				.toList();
			parts.add(new Report.Table("认购缴款记录", List.of("发起时间", "待缴金额", "结果", "处理时间"), rows,
					new float[] { 3, 2.4f, 1.6f, 3 }));
		}
		String summary = name + "：" + labourPart.map(LabourSections.Labour::summary)
			.orElseGet(() -> RestorationSteps.describe(file));
		return new Report.Section("被告人 " + name, summary, parts);
	}

	private static String outcome(RestorationFile file, Optional<LabourSections.Labour> labourPart) {
		if (labourPart.isPresent() && LabourSections.RESULT_STAGES.contains(labourPart.get().stage())) {
			String result = labourPart.get().accepted().map(accepted -> "（" + accepted.result() + "）").orElse("");
			return labourPart.get().stage() == LabourStage.CLOSED ? "劳役代偿验收合格" + result + "，法院已结案"
					: "劳役代偿验收合格" + result + "，待法院结案";
		}
		if (file.state() == RestorationState.WRITTEN_OFF) {
			return "已足额认购碳汇并完成核销";
		}
		if (file.state() == RestorationState.CERTIFIED) {
			return "已足额认购碳汇，待林业局核销";
		}
		if (file.state() == RestorationState.CLOSED) {
			return "已结案";
		}
		return "尚未完成";
	}

	private static String breakdown(Map<ObligationKind, BigDecimal> amounts) {
		if (amounts.size() < 2) {
			return "";
		}
		List<String> parts = amounts.entrySet()
			.stream()
			.map(entry -> entry.getKey().label() + " " + yuan(entry.getValue()))
			.toList();
		return "（" + String.join("；", parts) + "）";
	}

	static String yuan(BigDecimal amount) {
		return CaseReport.yuan(amount) + " 元";
	}

	static String dateTime(Instant at) {
		return DATE_TIME.format(at);
	}

}
