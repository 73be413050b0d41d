package cn.jiangle.ecojustice.bot.defendants;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import cn.jiangle.ecojustice.bot.chat.ChatIntegrationTest;
import cn.jiangle.ecojustice.db.Actor;
import cn.jiangle.ecojustice.db.binding.BindingCodes;
import cn.jiangle.ecojustice.db.binding.BindingCodes.IssuedCode;
import cn.jiangle.ecojustice.db.labour.ApplicationStatus;
import cn.jiangle.ecojustice.db.labour.CheckIn;
import cn.jiangle.ecojustice.db.labour.CheckIns;
import cn.jiangle.ecojustice.db.labour.LabourAcceptances;
import cn.jiangle.ecojustice.db.labour.LabourApplications;
import cn.jiangle.ecojustice.db.labour.LabourPlan;
import cn.jiangle.ecojustice.db.labour.LabourPlans;
import cn.jiangle.ecojustice.db.labour.NewLabourPlan;
import cn.jiangle.ecojustice.db.labour.PlanStatus;
import cn.jiangle.ecojustice.db.labour.Valuation;
import cn.jiangle.ecojustice.db.labour.WorkQuantities;
import cn.jiangle.ecojustice.db.officers.Role;
import cn.jiangle.ecojustice.db.outbox.OutboundMessage.Destination;
import cn.jiangle.ecojustice.db.outbox.Outbox;
import cn.jiangle.ecojustice.db.outbox.OutboxEntry;
import cn.jiangle.ecojustice.db.registration.CaseRegistrations;
import cn.jiangle.ecojustice.db.restoration.RestorationFiles;
import cn.jiangle.ecojustice.db.restoration.RestorationState;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;

import static cn.jiangle.ecojustice.bot.defendants.DefendantFixture.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The defendant's side of 劳役代偿 over 微信客服, each message handled by the channel's real dispatcher on the real
 * database, the clock moved across plan days: the application with the hardship reason and the court's decision, the
 * plan shown and confirmed, check-ins from locations and photos with every refusal, 「进度」, the notices of work
 * confirmed, covered, accepted and closed, the case home, and the plan-day reminders. The officers' and manager's
 * steps are done through the db API (their chat side is tested in bot.labour).
 */
@SpringBootTest(webEnvironment = WebEnvironment.MOCK,
		properties = { "ecojustice.labour.check-in-reminder.enabled=false", "ecojustice.labour.pair-window=30m" })
@Import(TestPhotos.Config.class)
class LabourDefendantIntegrationTests extends ChatIntegrationTest {

	/** The site of the test plans, and a point about 60 m from it. */
	static final double SITE_LAT = 26.6650;

	static final double SITE_LON = 117.3650;

	static final double NEAR_LAT = 26.6655;

	static final double NEAR_LON = 117.3652;

	@Autowired
	CaseRegistrations registrations;

	@Autowired
	BindingCodes codes;

	@Autowired
	RestorationFiles files;

	@Autowired
	LabourApplications applications;

	@Autowired
	LabourPlans plans;

	@Autowired
	CheckIns checkIns;

	@Autowired
	WorkQuantities quantities;

	@Autowired
	LabourAcceptances acceptances;

	@Autowired
	LabourCheckInReminders reminders;

	@Autowired
	TestPhotos photos;

	@Autowired
	Outbox outbox;

	DefendantFixture wechat;

	@BeforeAll
	void officersAndChat() {
		officers.register("lj.judge", "COURT", Role.CASE_OFFICER, "王法官", Actor.SYSTEM);
		officers.register("lj.manager", "RESTORATION_MANAGER", Role.MANAGER_STAFF, "冯专员", Actor.SYSTEM);
		officers.register("lj.forester", "FORESTRY", Role.CASE_OFFICER, "郑科长", Actor.SYSTEM);
		wechat = new DefendantFixture(chat, jdbc);
	}

	@Test
	void theApplicationAsksTheHardshipReasonAndTheCourtsDecisionIsTold() {
		long party = bindNew("wmLabourApply", "（2026）闽0428刑初601号", "陈一");

		assertThat(writes("wmLabourApply", "劳役代偿")).contains("开始「劳役代偿」").contains("经济困难")
			.contains("请简要说明");
		assertThat(writes("wmLabourApply", "穷")).contains("至少 4 个字");
		assertThat(writes("wmLabourApply", "家中只有我一个劳动力，年收入不足两万元")).contains("确认提交劳役代偿申请")
			.contains("困难情况：家中只有我一个劳动力");
		assertThat(applications.ofParty(party)).isEmpty();
		assertThat(writes("wmLabourApply", "确认")).contains("劳役代偿申请已提交");
		assertThat(applications.ofParty(party)).get().satisfies(application -> {
			assertThat(application.status()).isEqualTo(ApplicationStatus.PENDING);
			assertThat(application.hardshipReason()).isEqualTo("家中只有我一个劳动力，年收入不足两万元");
		});

		assertThat(writes("wmLabourApply", "劳役代偿")).contains("已提交劳役代偿申请，正在等待法院承办人审核");
		assertThat(writes("wmLabourApply", "我的案件")).contains("劳役代偿：劳役代偿申请待法院审批").contains("下一步：您的劳役代偿申请已提交");
		assertThat(writes("wmLabourApply", "进度")).contains("正在等待法院承办人审核");

		applications.approve(applications.ofParty(party).orElseThrow().id(), Actor.officer("lj.judge"));
		assertThat(lastToCustomer("wmLabourApply")).contains("劳役代偿申请已获法院批准").contains("制定劳役方案");
		assertThat(writes("wmLabourApply", "方案")).contains("正在为您制定劳役方案");

		long refusedParty = bindNew("wmLabourRefused", "（2026）闽0428刑初602号", "陈二");
		apply("wmLabourRefused");
		applications.refuse(applications.ofParty(refusedParty).orElseThrow().id(), "名下有车辆和存款，不属于经济困难",
				Actor.officer("lj.judge"));
		assertThat(lastToCustomer("wmLabourRefused")).contains("未获法院批准").contains("名下有车辆和存款，不属于经济困难")
			.contains("认购碳汇");
		assertThat(writes("wmLabourRefused", "我的案件")).contains("劳役代偿申请未获批准").contains("名下有车辆和存款");
	}

	@Test
	void thePlanIsShownToTheDefendantAndConfirmed() {
		long party = approvedParty("wmLabourPlan", "（2026）闽0428刑初603号", "陈三");
		LocalDate today = today();
		LabourPlan plan = setPlan(party, null, today.plusDays(1), today.plusDays(10));

		String told = lastToCustomer("wmLabourPlan");
		assertThat(told).contains("生态修复管理人已为您制定劳役方案").contains("琵琶丘生态司法示范补偿林").contains("500 米")
			.contains("每天折抵 150.00 元").contains(LabourTexts.day(today.plusDays(1))).contains("回复「确认方案」");
		assertThat(writes("wmLabourPlan", "打卡")).contains("请先确认劳役方案");
		assertThat(text(wechat.location("wmLabourPlan", NEAR_LAT, NEAR_LON, now())))
			.contains("请先确认劳役方案").contains("未作记录");
		assertThat(writes("wmLabourPlan", "我的案件")).contains("劳役代偿：劳役方案待确认").contains("下一步：请核对劳役方案");

		assertThat(writes("wmLabourPlan", "确认方案")).contains("您已确认劳役方案").contains("打卡方法");
		assertThat(plans.get(plan.id()).status()).isEqualTo(PlanStatus.CONFIRMED);
		assertThat(writes("wmLabourPlan", "确认方案")).contains("无需重复确认");
		assertThat(writes("wmLabourPlan", "方案")).contains("琵琶丘").contains("您已确认该方案");
	}

	@Test
	void checkInsAreRefusedWithTheirReasonAndRecordedWithBothParts() {
		long party = approvedParty("wmLabourCheck", "（2026）闽0428刑初604号", "陈四");
		LocalDate today = today();
		setPlan(party, null, today.plusDays(1), today.plusDays(2));
		writes("wmLabourCheck", "确认方案");

		// before the plan starts
		assertThat(text(wechat.location("wmLabourCheck", NEAR_LAT, NEAR_LON, now())))
			.contains("打卡未成功").contains("还不能打卡").contains("未作记录");

		clock.advance(Duration.ofDays(1));
		// a photo without a location is no check-in; its location must follow within the pair window
		assertThat(text(wechat.photo("wmLabourCheck", photos.taken("photo-check-1"), now())))
			.contains("已收到照片，请再发送您所在的位置");
		assertThat(checkIns.ofParty(party)).isEmpty();
		clock.advance(Duration.ofMinutes(31));
		assertThat(text(wechat.location("wmLabourCheck", NEAR_LAT, NEAR_LON, now())))
			.as("the photo's window passed: the location waits for a new photo").contains("已收到位置，请再发送一张现场照片");
		assertThat(checkIns.ofParty(party)).isEmpty();

		// outside the radius
		assertThat(text(wechat.location("wmLabourCheck", 26.7000, 117.4000, now()))).contains("打卡未成功")
			.contains("超出打卡范围（500米）");
		// a photo WeCom no longer has
		assertThat(text(wechat.photo("wmLabourCheck", "photo-gone", now()))).contains("打卡未成功")
			.contains("已过期");

		String done = text(wechat.photo("wmLabourCheck", photos.taken("photo-check-2"), now()));
		assertThat(done).contains("打卡成功").contains(LabourTexts.day(today.plusDays(1))).contains("米");
		List<CheckIn> recorded = checkIns.ofParty(party);
		assertThat(recorded).singleElement().satisfies(checkIn -> {
			assertThat(checkIn.day()).isEqualTo(today.plusDays(1));
			assertThat(checkIn.distanceMetres()).isLessThan(100);
			assertThat(checkIn.photoBytes()).isEqualTo(photos.fetch(null, "photo-check-2").bytes().length);
		});

		// once a day
		assertThat(text(wechat.location("wmLabourCheck", NEAR_LAT, NEAR_LON, now()))).contains("打卡未成功")
			.contains("已打卡，每天只需打卡一次");
		assertThat(checkIns.ofParty(party)).hasSize(1);

		// after the plan ended
		clock.advance(Duration.ofDays(2));
		assertThat(text(wechat.location("wmLabourCheck", NEAR_LAT, NEAR_LON, now()))).contains("打卡未成功")
			.contains("已于").contains("结束");
		assertThat(checkIns.ofParty(party)).hasSize(1);
	}

	@Test
	void progressWorkConfirmedCoveredAcceptedAndClosedAreTold() {
		long party = approvedParty("wmLabourDone", "（2026）闽0428刑初605号", "陈五");
		LocalDate today = today();
		setPlan(party, new BigDecimal("300"), today, today.plusDays(5));
		writes("wmLabourDone", "确认方案");
		assertThat(writes("wmLabourDone", "进度")).contains("已抵偿 0.00 元，共 300.00 元，还差 300.00 元").contains("已打卡 0 天");

		CheckIn first = checkIn("wmLabourDone", party, "photo-done-1");
		quantities.confirm(first.id(), BigDecimal.ONE, Valuation.DAY, Actor.officer("lj.manager"));
		assertThat(lastToCustomer("wmLabourDone")).contains("已确认您" + LabourTexts.day(first.day()) + "的工作量：1 天")
			.contains("折抵 150.00 元").contains("已抵偿 150.00 元，共 300.00 元，还差 150.00 元");
		assertThat(writes("wmLabourDone", "进度")).contains("已抵偿 150.00 元，共 300.00 元，还差 150.00 元")
			.contains("已打卡 1 天").contains("已确认工作量 1 天");

		clock.advance(Duration.ofDays(1));
		CheckIn second = checkIn("wmLabourDone", party, "photo-done-2");
		quantities.confirm(second.id(), BigDecimal.ONE, Valuation.DAY, Actor.officer("lj.manager"));
		assertThat(lastToCustomer("wmLabourDone")).contains("还差 0.00 元").contains("您已完成全部抵偿，已申请成果验收");
		assertThat(writes("wmLabourDone", "我的案件")).contains("劳役代偿：劳役已完成，待验收").contains("已抵偿 300.00 元")
			.contains("下一步：您已完成全部抵偿");

		acceptances.record(party, "成活率95%", true, Actor.officer("lj.forester"));
		assertThat(lastToCustomer("wmLabourDone")).contains("验收合格（成活率95%）").contains("结案");
		acceptances.close(party, Actor.officer("lj.judge"));
		assertThat(lastToCustomer("wmLabourDone")).contains("已结案").contains("（2026）闽0428刑初605号");
		assertThat(files.get(party).state()).isEqualTo(RestorationState.CLOSED);
		assertThat(writes("wmLabourDone", "进度")).contains("已结案").contains("未作任何更改");
		assertThat(text(wechat.location("wmLabourDone", NEAR_LAT, NEAR_LON, now()))).contains("已结案");
	}

	@Test
	void planDayRemindersGoOncePerDayToDefendantsWhoHaveNotCheckedIn() {
		long party = approvedParty("wmLabourRemind", "（2026）闽0428刑初606号", "陈六");
		LocalDate day = today().plusDays(1);
		setPlan(party, null, day, day.plusDays(3));
		writes("wmLabourRemind", "确认方案");
		Instant early = day.atTime(LocalTime.of(6, 0)).atZone(LabourTexts.ZONE).toInstant();
		Instant morning = day.atTime(LocalTime.of(8, 0)).atZone(LabourTexts.ZONE).toInstant();

		int before = toCustomer("wmLabourRemind").size();
		reminders.remind(early);
		assertThat(toCustomer("wmLabourRemind")).as("not before the configured time").hasSize(before);

		reminders.remind(morning);
		reminders.remind(morning.plus(Duration.ofMinutes(10)));
		List<String> told = toCustomer("wmLabourRemind");
		assertThat(told).hasSize(before + 1);
		assertThat(told.get(told.size() - 1)).contains("劳役打卡提醒").contains(day.getMonthValue() + "月" + day.getDayOfMonth() + "日")
			.contains("琵琶丘");

		// the next day, checked in before the reminder's time: nothing to remind
		clock.advance(Duration.between(clock.instant(), morning.plus(Duration.ofDays(1)).minus(Duration.ofHours(1))));
		checkIn("wmLabourRemind", party, "photo-remind-1");
		int afterCheckIn = toCustomer("wmLabourRemind").size();
		reminders.remind(morning.plus(Duration.ofDays(1)));
		assertThat(toCustomer("wmLabourRemind")).hasSize(afterCheckIn);
	}

	@Test
	void twoNodesRemindingAtOnceQueueOneReminderAndUseTheBudgetOnce() throws Exception {
		long party = approvedParty("wmLabourNodes", "（2026）闽0428刑初608号", "陈八");
		LocalDate first = today().plusDays(1);
		setPlan(party, null, first, first.plusDays(3));
		writes("wmLabourNodes", "确认方案");
		ExecutorService nodes = Executors.newFixedThreadPool(2);
		try {
			// two plan days: with the approval and plan notices still queued and the 确认方案 reply, the customer's
			// window has room for two more messages — the budget check below would catch a second one per day
			for (int day = 0; day < 2; day++) {
				Instant morning = first.plusDays(day).atTime(LocalTime.of(8, 0)).atZone(LabourTexts.ZONE).toInstant();
				int before = toCustomer("wmLabourNodes").size();
				int usedBefore = windowUsed("wmLabourNodes");
				CountDownLatch start = new CountDownLatch(1);
				List<Future<Integer>> passes = List.of(nodes.submit(() -> {
					start.await();
					return reminders.remind(morning);
				}), nodes.submit(() -> {
					start.await();
					return reminders.remind(morning);
				}));
				start.countDown();
				for (Future<Integer> pass : passes) {
					pass.get(60, TimeUnit.SECONDS);
				}
				assertThat(toCustomer("wmLabourNodes")).as("day %d", day).hasSize(before + 1);
				assertThat(windowUsed("wmLabourNodes")).as("budget used on day %d", day).isEqualTo(usedBefore + 1);
			}
		}
		finally {
			nodes.shutdownNow();
		}
	}

	private int windowUsed(String externalUserId) {
		return jdbc.queryForObject("SELECT window_used FROM kf_customer WHERE external_userid = ?", Integer.class,
				externalUserId);
	}

	@Test
	void aDefendantWhoDidNotApplyForLabourIsAskedToWriteWhenSendingAPhotoOrLocation() {
		bindNew("wmLabourNone", "（2026）闽0428刑初607号", "陈七");
		assertThat(text(wechat.photo("wmLabourNone", photos.taken("photo-none"), now())))
			.contains(DefendantTexts.TEXT_ONLY);
		assertThat(text(wechat.location("wmLabourNone", NEAR_LAT, NEAR_LON, now())))
			.contains(DefendantTexts.TEXT_ONLY);
		assertThat(writes("wmLabourNone", "确认方案")).contains("您还没有申请劳役代偿");
	}

	private CheckIn checkIn(String user, long party, String mediaId) {
		int before = checkIns.ofParty(party).size();
		assertThat(text(wechat.location(user, NEAR_LAT, NEAR_LON, now()))).contains("已收到位置");
		assertThat(text(wechat.photo(user, photos.taken(mediaId), now()))).contains("打卡成功");
		List<CheckIn> all = checkIns.ofParty(party);
		assertThat(all).hasSize(before + 1);
		return all.get(all.size() - 1);
	}

	private LabourPlan setPlan(long party, BigDecimal amount, LocalDate start, LocalDate end) {
		return plans.set(new NewLabourPlan(party, "将乐县漠源乡琵琶丘生态司法示范补偿林", SITE_LAT, SITE_LON, 500, amount,
				Valuation.dailyWage(new BigDecimal("150")), start, end, null, null), Actor.officer("lj.manager"));
	}

	private long approvedParty(String user, String number, String name) {
		long party = bindNew(user, number, name);
		apply(user);
		applications.approve(applications.ofParty(party).orElseThrow().id(), Actor.officer("lj.judge"));
		return party;
	}

	private void apply(String user) {
		writes(user, "劳役代偿");
		writes(user, "身患慢性病，无固定收入");
		assertThat(writes(user, "确认")).contains("劳役代偿申请已提交");
	}

	private String writes(String user, String text) {
		return text(wechat.sayAt(user, text, now()));
	}

	/**
	 * A second later than the last message, as WeCom stamps them: each customer message opens its own 微信客服 window,
	 * which counts only what the assistant queued after it.
	 */
	private Instant now() {
		clock.advance(Duration.ofSeconds(1));
		return clock.instant();
	}

	private LocalDate today() {
		return ZonedDateTime.ofInstant(clock.instant(), LabourTexts.ZONE).toLocalDate();
	}

	private long bindNew(String externalUserId, String caseNumber, String name) {
		long party = DefendantFixture.registerCase(registrations, caseNumber, name, "lj.judge");
		IssuedCode code = DefendantFixture.code(codes, party, "lj.judge", clock.instant());
		assertThat(writes(externalUserId, code.display())).contains("绑定成功");
		return party;
	}

	private List<String> toCustomer(String externalUserId) {
		return outbox.findByRecipient(Destination.KF_CUSTOMER, externalUserId).stream().map(OutboxEntry::body).toList();
	}

	private String lastToCustomer(String externalUserId) {
		List<String> all = toCustomer(externalUserId);
		assertThat(all).isNotEmpty();
		return all.get(all.size() - 1);
	}

}
