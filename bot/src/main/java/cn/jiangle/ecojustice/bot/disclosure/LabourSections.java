package cn.jiangle.ecojustice.bot.disclosure;

import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import cn.jiangle.ecojustice.bot.documents.Thumbnails;
import cn.jiangle.ecojustice.db.labour.ApplicationStatus;
import cn.jiangle.ecojustice.db.labour.CheckIn;
import cn.jiangle.ecojustice.db.labour.CheckIns;
import cn.jiangle.ecojustice.db.labour.LabourAcceptance;
import cn.jiangle.ecojustice.db.labour.LabourAcceptances;
import cn.jiangle.ecojustice.db.labour.LabourApplication;
import cn.jiangle.ecojustice.db.labour.LabourApplications;
import cn.jiangle.ecojustice.db.labour.LabourPlan;
import cn.jiangle.ecojustice.db.labour.LabourPlans;
import cn.jiangle.ecojustice.db.labour.LabourProgress;
import cn.jiangle.ecojustice.db.labour.LabourStage;
import cn.jiangle.ecojustice.db.labour.Valuation;
import cn.jiangle.ecojustice.db.labour.ValuationKind;
import cn.jiangle.ecojustice.db.labour.WorkCredit;
import cn.jiangle.ecojustice.db.labour.WorkQuantities;
import cn.jiangle.ecojustice.db.restoration.RestorationFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * A party's 劳役代偿 in a case report (将法〔2024〕13号 二、一是: 技术打卡—工作量化—成果验收): the application and the
 * court's decision, the plan, the amounts offset, each check-in with its photo thumbnail, date and place and the
 * manager's confirmed work, and the acceptance results.
 */
@Component
class LabourSections {

	private static final Logger log = LoggerFactory.getLogger(LabourSections.class);

	/** Pixels on the longer edge: sharp at the size the report prints it, a few KB per photo as JPEG. */
	static final int THUMBNAIL_EDGE = 360;

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(CaseReports.CHINA);

	private final LabourApplications applications;

	private final LabourPlans plans;

	private final CheckIns checkIns;

	private final WorkQuantities quantities;

	private final LabourAcceptances acceptances;

	private final LedgerRecords names;

	LabourSections(LabourApplications applications, LabourPlans plans, CheckIns checkIns, WorkQuantities quantities,
			LabourAcceptances acceptances, LedgerRecords names) {
		this.names = names;
		this.applications = applications;
		this.plans = plans;
		this.checkIns = checkIns;
		this.quantities = quantities;
		this.acceptances = acceptances;
	}

	/** What a report says of one party's labour. */
	record Labour(List<Report.Part> parts, String summary, LabourStage stage, Optional<LabourAcceptance> accepted) {
	}

	/** Whether the party's labour has a result: accepted (awaiting closing) or closed. */
	boolean hasResult(long partyId) {
		return applications.ofParty(partyId).isPresent() && RESULT_STAGES.contains(quantities.progress(partyId).stage());
	}

	static final java.util.Set<LabourStage> RESULT_STAGES = java.util.EnumSet.of(LabourStage.ACCEPTED,
			LabourStage.CLOSED);

	/** The party's labour, if they applied for it. */
	Optional<Labour> of(RestorationFile file, Map<String, String> actors) {
		Optional<LabourApplication> application = applications.ofParty(file.partyId());
		if (application.isEmpty()) {
			return Optional.empty();
		}
		LabourProgress progress = quantities.progress(file.partyId());
		Optional<LabourPlan> plan = plans.ofParty(file.partyId());
		List<Report.Field> fields = new ArrayList<>();
		fields.add(new Report.Field("劳役代偿", progress.stage().label()));
		fields.add(new Report.Field("申请", CaseReports.dateTime(application.get().appliedAt()) + " 提出；"
				+ decision(application.get(), actors)));
		plan.ifPresent(p -> {
			fields.add(new Report.Field("劳役地点", p.siteName() + "（半径 " + p.radiusMetres() + " 米）"));
			fields.add(new Report.Field("劳役期间", DAY.format(p.startDate()) + "至" + DAY.format(p.endDate())
					+ (p.windowFrom() == null ? "" : "，每日 " + p.windowFrom() + "—" + p.windowTo() + " 打卡")));
			fields.add(new Report.Field("计酬方式", valuation(p.valuation())));
			fields.add(new Report.Field("方案状态", p.status().label()));
		});
		fields.add(new Report.Field("已抵偿", CaseReports.yuan(progress.offset()) + "，共 " + CaseReports.yuan(progress.total())
				+ "，还差 " + CaseReports.yuan(progress.remaining())));
		fields.add(new Report.Field("打卡", progress.daysCheckedIn() + " 天，其中工作量已确认 " + progress.daysConfirmed() + " 天"));
		List<Report.Part> parts = new ArrayList<>();
		parts.add(new Report.Fields(fields));
		List<CheckIn> days = checkIns.ofParty(file.partyId());
		List<Report.Photo> photos = new ArrayList<>();
		for (CheckIn checkIn : days) {
			photos.add(photo(checkIn, plan, actors));
		}
		parts.add(new Report.Photos("技术打卡（" + days.size() + " 次）", photos));
		List<LabourAcceptance> results = acceptances.ofParty(file.partyId());
		if (!results.isEmpty()) {
			parts.add(new Report.Table("成果验收", List.of("时间", "验收结果", "结论", "记录人"),
					results.stream()
						.map(result -> List.of(CaseReports.dateTime(result.recordedAt()), result.result(),
								result.passed() ? "合格" : "不合格", actor(result.recordedBy(), actors)))
						.toList(),
					new float[] { 2.6f, 4f, 1.4f, 3.4f }));
		}
		String summary = "劳役代偿，已抵偿 " + CaseReports.yuan(progress.offset()) + "，共 " + CaseReports.yuan(progress.total())
				+ "，还差 " + CaseReports.yuan(progress.remaining()) + "（打卡 " + progress.daysCheckedIn() + " 天，已确认 "
				+ progress.daysConfirmed() + " 天）：" + progress.stage().label();
		Optional<LabourAcceptance> accepted = results.stream().filter(LabourAcceptance::passed)
			.reduce((first, second) -> second);
		return Optional.of(new Labour(parts, summary, progress.stage(), accepted));
	}

	private Report.Photo photo(CheckIn checkIn, Optional<LabourPlan> plan, Map<String, String> actors) {
		List<String> lines = new ArrayList<>();
		lines.add(DAY.format(checkIn.day()) + " " + TIME.format(checkIn.checkedInAt()) + " 打卡");
		String site = plan.filter(p -> p.id() == checkIn.planId()).map(LabourPlan::siteName).orElse("劳役地点");
		lines.add("位置：" + site + "（" + String.format(Locale.ROOT, "%.5f, %.5f", checkIn.latitude(),
				checkIn.longitude()) + "，距中心 " + checkIn.distanceMetres() + " 米）");
		WorkCredit credit = checkIn.credit();
		lines.add(credit == null ? "工作量：待修复管理人确认"
				: "工作量：" + plain(credit.quantity()) + " " + credit.unit() + " × " + CaseReports.yuan(credit.rate())
						+ " = " + CaseReports.yuan(credit.yuan()) + "（" + actor(credit.confirmedBy(), actors) + "确认）");
		lines.add("照片 SHA-256：" + checkIn.photoSha256().substring(0, 16) + "…");
		BufferedImage thumbnail = null;
		try {
			thumbnail = Thumbnails.of(checkIns.photo(checkIn.id()), THUMBNAIL_EDGE);
		}
		catch (RuntimeException ex) {
			// a photo that cannot be opened or read is reported as such; the rest of the report still goes
			log.warn("Photo of check-in {} not shown: {}", checkIn.id(), ex.toString());
			lines.add("（照片无法读取或与留痕哈希不符）");
		}
		return new Report.Photo(thumbnail, lines);
	}

	private String decision(LabourApplication application, Map<String, String> actors) {
		if (application.status() == ApplicationStatus.PENDING) {
			return "待法院审批";
		}
		String when = application.decidedAt() == null ? "" : " 于 " + CaseReports.dateTime(application.decidedAt()) + " ";
		return actor(application.decidedBy(), actors) + when + application.status().label()
				+ (application.refusalReason() == null ? "" : "（" + application.refusalReason() + "）");
	}

	private static String valuation(Valuation valuation) {
		if (valuation.kind() == ValuationKind.DAILY_WAGE) {
			return "按日计酬，" + CaseReports.yuan(valuation.dailyWage()) + "/天";
		}
		List<String> rates = valuation.itemRates()
			.entrySet()
			.stream()
			.map(entry -> CaseReports.yuan(entry.getValue()) + "/" + entry.getKey())
			.toList();
		return "按工作量计酬，" + String.join("，", rates);
	}

	private String actor(String userid, Map<String, String> actors) {
		return userid == null ? "" : names.name(userid, actors);
	}

	private static String plain(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
	}

}
