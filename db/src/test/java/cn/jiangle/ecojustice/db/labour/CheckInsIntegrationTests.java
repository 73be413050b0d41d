package cn.jiangle.ecojustice.db.labour;

import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import cn.jiangle.ecojustice.db.Actor;
import cn.jiangle.ecojustice.db.audit.AuditEntry;
import cn.jiangle.ecojustice.db.audit.AuditLedger;
import cn.jiangle.ecojustice.db.binding.BindingCodes;
import cn.jiangle.ecojustice.db.officers.Officers;
import cn.jiangle.ecojustice.db.registration.CaseRegistrations;
import cn.jiangle.ecojustice.db.restoration.Bindings;
import cn.jiangle.ecojustice.db.restoration.CaseClosed;
import cn.jiangle.ecojustice.db.restoration.RestorationFiles;
import cn.jiangle.ecojustice.db.testing.DatabaseTest;
import cn.jiangle.ecojustice.db.testing.DatabaseTestConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static cn.jiangle.ecojustice.db.labour.LabourTestConfiguration.FAR_LAT;
import static cn.jiangle.ecojustice.db.labour.LabourTestConfiguration.JUDGE;
import static cn.jiangle.ecojustice.db.labour.LabourTestConfiguration.MANAGER;
import static cn.jiangle.ecojustice.db.labour.LabourTestConfiguration.NEAR_LAT;
import static cn.jiangle.ecojustice.db.labour.LabourTestConfiguration.PHOTO_MAX;
import static cn.jiangle.ecojustice.db.labour.LabourTestConfiguration.SITE_LON;
import static cn.jiangle.ecojustice.db.labour.LabourTestConfiguration.TODAY;
import static cn.jiangle.ecojustice.db.labour.LabourTestConfiguration.at;
import static cn.jiangle.ecojustice.db.labour.LabourTestConfiguration.photo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * 技术打卡 on the real database: both parts in either order within the pair window, every refusal of the bad
 * input list leaving nothing behind, sealing, the photo's hash in the ledger, and one check-in per day under
 * concurrency.
 */
@SpringBootTest(classes = { DatabaseTestConfiguration.class, LabourTestConfiguration.class })
@DatabaseTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CheckInsIntegrationTests {

	@Autowired
	CheckIns checkIns;

	@Autowired
	LabourApplications applications;

	@Autowired
	LabourPlans plans;

	@Autowired
	RestorationFiles files;

	@Autowired
	Bindings bindings;

	@Autowired
	BindingCodes codes;

	@Autowired
	Officers officers;

	@Autowired
	CaseRegistrations registrations;

	@Autowired
	AuditLedger ledger;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	LabourTestConfiguration.Recorder events;

	@BeforeAll
	void people() {
		LabourTestConfiguration.registerOfficers(officers);
	}

	@BeforeEach
	void clearEvents() {
		events.clear();
	}

	/** A bound defendant whose approved application has {@code plan} (daily wage, ten days from today) set. */
	private LabourTestConfiguration.Defendant withPlan(boolean confirmed, LocalTime windowFrom, LocalTime windowTo) {
		LabourTestConfiguration.Defendant defendant = LabourTestConfiguration.aDefendant(registrations, codes,
				bindings);
		LabourApplication application = applications.apply(defendant.id(), "无力缴纳", defendant.user());
		applications.approve(application.id(), JUDGE);
		LabourPlan plan = plans.set(LabourTestConfiguration
			.withWindow(LabourTestConfiguration.dailyPlan(defendant.id(), null), windowFrom, windowTo), MANAGER);
		if (confirmed) {
			plans.confirm(plan.id(), defendant.user());
		}
		return defendant;
	}

	private LabourTestConfiguration.Defendant confirmed() {
		return withPlan(true, null, null);
	}

	private int parts(long partyId) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM labour_check_in_part WHERE party_id = ?", Integer.class,
				partyId);
	}

	private int recorded(long partyId) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM labour_check_in WHERE party_id = ?", Integer.class, partyId);
	}

	@Test
	void aLocationThenAPhotoRecordTheDaySealedWithThePhotosHashInTheLedger() {
		LabourTestConfiguration.Defendant defendant = confirmed();
		Actor user = defendant.user();

		CheckInPart location = checkIns.location(defendant.id(), NEAR_LAT, SITE_LON, at(TODAY, 9, 0), user);

		assertThat(location.complete()).isFalse();
		assertThat(location.awaiting()).isEqualTo(CheckInPartKind.PHOTO);
		assertThat(location.pendingUntil()).isEqualTo(at(TODAY, 9, 30));
		assertThat(recorded(defendant.id())).as("a location alone is no check-in").isZero();
		assertThat(events.of(CheckedIn.class)).isEmpty();

		byte[] image = photo(1, 4000);
		CheckInPart photo = checkIns.photo(defendant.id(), image, "image/jpeg", at(TODAY, 9, 20), user);

		assertThat(photo.complete()).isTrue();
		CheckIn checkIn = photo.completed();
		assertThat(checkIn.day()).isEqualTo(TODAY);
		assertThat(checkIn.latitude()).isEqualTo(NEAR_LAT);
		assertThat(checkIn.longitude()).isEqualTo(SITE_LON);
		assertThat(checkIn.distanceMetres()).isBetween(110L, 113L);
		assertThat(checkIn.photoSha256()).isEqualTo(CheckIns.sha256(image)).hasSize(64);
		assertThat(checkIn.photoBytes()).isEqualTo(4000);
		assertThat(checkIn.photoContentType()).isEqualTo("image/jpeg");
		assertThat(checkIn.checkedInAt()).isEqualTo(at(TODAY, 9, 20));
		assertThat(checkIn.credit()).isNull();
		assertThat(checkIns.photo(checkIn.id())).isEqualTo(image);
		assertThat(checkIns.ofParty(defendant.id())).containsExactly(checkIn);
		assertThat(events.of(CheckedIn.class)).containsExactly(new CheckedIn(checkIn, user));
		assertThat(parts(defendant.id())).as("the pair is used up").isZero();

		assertThat(jdbc.queryForObject("SELECT location FROM labour_check_in WHERE id = ?", String.class,
				checkIn.id())).startsWith("a1:").doesNotContain(Double.toString(NEAR_LAT));
		assertThat(jdbc.queryForObject("SELECT photo FROM labour_check_in_photo WHERE check_in_id = ?", String.class,
				checkIn.id())).startsWith("a1:");
		AuditEntry entry = ledger.history(LabourApplications.AUDIT_TYPE, Long.toString(defendant.id()))
			.stream()
			.filter((e) -> e.action().equals("labour.checked_in"))
			.findFirst()
			.orElseThrow();
		assertThat(entry.changes()).contains(checkIn.photoSha256())
			.contains("\"location\":{\"to\":\"***\"}")
			.doesNotContain(Double.toString(NEAR_LAT));
	}

	@Test
	void aPhotoThenALocationRecordTheDayToo() {
		LabourTestConfiguration.Defendant defendant = confirmed();
		byte[] png = photo(2, 2000);
		png[0] = (byte) 0x89;
		png[1] = 'P';
		png[2] = 'N';
		png[3] = 'G';

		CheckInPart photo = checkIns.photo(defendant.id(), png, null, at(TODAY.plusDays(1), 7, 0), defendant.user());
		assertThat(photo.awaiting()).isEqualTo(CheckInPartKind.LOCATION);
		assertThat(jdbc.queryForObject("SELECT payload FROM labour_check_in_part WHERE party_id = ?", String.class,
				defendant.id())).startsWith("a1:");

		CheckInPart location = checkIns.location(defendant.id(), NEAR_LAT, SITE_LON, at(TODAY.plusDays(1), 7, 29),
				defendant.user());

		assertThat(location.complete()).isTrue();
		assertThat(location.completed().photoContentType()).as("read from the bytes").isEqualTo("image/png");
		assertThat(checkIns.photo(location.completed().id())).isEqualTo(png);
	}

	@Test
	void aPartOlderThanThePairWindowDoesNotComplete() {
		LabourTestConfiguration.Defendant defendant = confirmed();
		checkIns.photo(defendant.id(), photo(3, 1000), "image/jpeg", at(TODAY, 9, 0), defendant.user());

		CheckInPart late = checkIns.location(defendant.id(), NEAR_LAT, SITE_LON, at(TODAY, 9, 31), defendant.user());

		assertThat(late.complete()).isFalse();
		assertThat(late.awaiting()).isEqualTo(CheckInPartKind.PHOTO);
		assertThat(recorded(defendant.id())).isZero();
		assertThat(jdbc.queryForList("SELECT kind FROM labour_check_in_part WHERE party_id = ?", String.class,
				defendant.id())).as("the stale photo is dropped").containsExactly("LOCATION");
	}

	@Test
	void aLocationOutsideTheRadiusIsRefusedAndNothingIsKept() {
		LabourTestConfiguration.Defendant defendant = confirmed();
		assertThatExceptionOfType(OutsideSite.class)
			.isThrownBy(() -> checkIns.location(defendant.id(), FAR_LAT, SITE_LON, at(TODAY, 9, 0), defendant.user()))
			.satisfies((ex) -> {
				assertThat(ex.distanceMetres()).isBetween(1100L, 1125L);
				assertThat(ex.radiusMetres()).isEqualTo(500);
				assertThat(ex.getMessage()).startsWith("您发送的位置距劳役地点约11").contains("超出打卡范围（500米）");
			});
		assertThat(parts(defendant.id())).isZero();

		// with a photo waiting, a far location neither completes nor removes it
		checkIns.photo(defendant.id(), photo(4, 1000), "image/jpeg", at(TODAY, 9, 1), defendant.user());
		assertThatExceptionOfType(OutsideSite.class)
			.isThrownBy(() -> checkIns.location(defendant.id(), FAR_LAT, SITE_LON, at(TODAY, 9, 2), defendant.user()));
		assertThat(recorded(defendant.id())).isZero();
		assertThat(jdbc.queryForList("SELECT kind FROM labour_check_in_part WHERE party_id = ?", String.class,
				defendant.id())).containsExactly("PHOTO");
	}

	@Test
	void partsBeforeThePlanStartsOrAfterItEndsAreRefused() {
		LabourTestConfiguration.Defendant defendant = confirmed();
		assertThatExceptionOfType(OutsidePlanPeriod.class)
			.isThrownBy(() -> checkIns.location(defendant.id(), NEAR_LAT, SITE_LON, at(TODAY.minusDays(1), 10, 0),
					defendant.user()))
			.satisfies((ex) -> assertThat(ex.early()).isTrue())
			.withMessageContaining("劳役期间自" + TODAY + "开始");
		assertThatExceptionOfType(OutsidePlanPeriod.class)
			.isThrownBy(() -> checkIns.photo(defendant.id(), photo(5, 1000), "image/jpeg",
					at(TODAY.plusDays(10), 10, 0), defendant.user()))
			.satisfies((ex) -> assertThat(ex.early()).isFalse())
			.withMessageContaining("已于" + TODAY.plusDays(9) + "结束");
		// the plan day is Beijing's: 23:30 UTC the evening before the start is already the first day
		assertThat(checkIns.location(defendant.id(), NEAR_LAT, SITE_LON, Instant.parse("2026-11-19T23:30:00Z"),
				defendant.user()).complete()).isFalse();
		assertThat(parts(defendant.id())).isEqualTo(1);
	}

	@Test
	void aSecondCheckInTheSameDayIsRefused() {
		LabourTestConfiguration.Defendant defendant = confirmed();
		checkIns.location(defendant.id(), NEAR_LAT, SITE_LON, at(TODAY, 9, 0), defendant.user());
		checkIns.photo(defendant.id(), photo(6, 1000), "image/jpeg", at(TODAY, 9, 5), defendant.user());

		assertThatExceptionOfType(AlreadyCheckedInToday.class)
			.isThrownBy(() -> checkIns.location(defendant.id(), NEAR_LAT, SITE_LON, at(TODAY, 15, 0),
					defendant.user()))
			.withMessage("您11月20日已打卡，每天只需打卡一次。");
		assertThatExceptionOfType(AlreadyCheckedInToday.class).isThrownBy(
				() -> checkIns.photo(defendant.id(), photo(7, 1000), "image/jpeg", at(TODAY, 15, 1), defendant.user()));
		assertThat(parts(defendant.id())).isZero();
		assertThat(recorded(defendant.id())).isEqualTo(1);
		// the next day is a new day
		checkIns.location(defendant.id(), NEAR_LAT, SITE_LON, at(TODAY.plusDays(1), 9, 0), defendant.user());
		assertThat(checkIns.photo(defendant.id(), photo(8, 1000), "image/jpeg", at(TODAY.plusDays(1), 9, 1),
				defendant.user()).complete()).isTrue();
	}

	@Test
	void partsOutsideTheDailyWindowAreRefused() {
		LabourTestConfiguration.Defendant defendant = withPlan(true, LocalTime.of(8, 0), LocalTime.of(11, 0));
		assertThatExceptionOfType(OutsideCheckInWindow.class)
			.isThrownBy(() -> checkIns.location(defendant.id(), NEAR_LAT, SITE_LON, at(TODAY, 12, 0),
					defendant.user()))
			.withMessage("每日打卡时间为08:00至11:00，现在不在打卡时间内。");
		assertThat(checkIns.location(defendant.id(), NEAR_LAT, SITE_LON, at(TODAY, 10, 59), defendant.user())
			.complete()).isFalse();
	}

	@Test
	void noCheckInWithoutAConfirmedPlanOrByAnotherUser() {
		LabourTestConfiguration.Defendant unconfirmed = withPlan(false, null, null);
		assertThatExceptionOfType(PlanNotConfirmed.class).isThrownBy(() -> checkIns.location(unconfirmed.id(),
				NEAR_LAT, SITE_LON, at(TODAY, 9, 0), unconfirmed.user()));

		LabourTestConfiguration.Defendant neverApplied = LabourTestConfiguration.aDefendant(registrations, codes,
				bindings);
		assertThatExceptionOfType(NoLabourPlan.class).isThrownBy(() -> checkIns.photo(neverApplied.id(),
				photo(9, 1000), "image/jpeg", at(TODAY, 9, 0), neverApplied.user()));
		LabourApplication approvedOnly = applications.apply(neverApplied.id(), "无力缴纳", neverApplied.user());
		applications.approve(approvedOnly.id(), JUDGE);
		assertThatExceptionOfType(NoLabourPlan.class).isThrownBy(() -> checkIns.location(neverApplied.id(), NEAR_LAT,
				SITE_LON, at(TODAY, 9, 0), neverApplied.user()));

		LabourTestConfiguration.Defendant defendant = confirmed();
		assertThatExceptionOfType(NotTheDefendant.class).isThrownBy(() -> checkIns.location(defendant.id(), NEAR_LAT,
				SITE_LON, at(TODAY, 9, 0), unconfirmed.user()));
		assertThatExceptionOfType(NotTheDefendant.class)
			.isThrownBy(() -> checkIns.location(defendant.id(), NEAR_LAT, SITE_LON, at(TODAY, 9, 0), JUDGE));
		assertThat(parts(unconfirmed.id()) + parts(neverApplied.id()) + parts(defendant.id())).isZero();
	}

	@Test
	void photosTooLargeOrNotImagesAndBadCoordinatesAreRefused() {
		LabourTestConfiguration.Defendant defendant = confirmed();
		assertThatExceptionOfType(PhotoTooLarge.class)
			.isThrownBy(() -> checkIns.photo(defendant.id(), photo(10, (int) PHOTO_MAX + 1), "image/jpeg",
					at(TODAY, 9, 0), defendant.user()))
			.withMessage("照片过大（64KB），请发送不超过64KB的照片。");
		assertThatExceptionOfType(NotAPhoto.class).isThrownBy(() -> checkIns.photo(defendant.id(),
				"%PDF-1.4".getBytes(), "application/pdf", at(TODAY, 9, 0), defendant.user()));
		assertThatExceptionOfType(NotAPhoto.class).isThrownBy(() -> checkIns.photo(defendant.id(),
				"plain text".getBytes(), null, at(TODAY, 9, 0), defendant.user()));
		assertThatExceptionOfType(NotAPhoto.class).isThrownBy(
				() -> checkIns.photo(defendant.id(), new byte[0], "image/jpeg", at(TODAY, 9, 0), defendant.user()));
		assertThatExceptionOfType(CoordinatesInvalid.class).isThrownBy(
				() -> checkIns.location(defendant.id(), 91, SITE_LON, at(TODAY, 9, 0), defendant.user()));
		assertThatExceptionOfType(CoordinatesInvalid.class).isThrownBy(
				() -> checkIns.location(defendant.id(), Double.NaN, SITE_LON, at(TODAY, 9, 0), defendant.user()));
		assertThat(parts(defendant.id())).isZero();
	}

	@Test
	void nothingIsCheckedInAfterTheFileIsClosed() {
		LabourTestConfiguration.Defendant defendant = confirmed();
		checkIns.location(defendant.id(), NEAR_LAT, SITE_LON, at(TODAY, 9, 0), defendant.user());
		files.close(defendant.id(), JUDGE);

		assertThatExceptionOfType(CaseClosed.class).isThrownBy(() -> checkIns.photo(defendant.id(), photo(11, 1000),
				"image/jpeg", at(TODAY, 9, 1), defendant.user()));
		assertThat(recorded(defendant.id())).isZero();
	}

	@Test
	void ofConcurrentPhotosCompletingTheSameDayExactlyOneIsRecorded() throws Exception {
		LabourTestConfiguration.Defendant defendant = confirmed();
		checkIns.location(defendant.id(), NEAR_LAT, SITE_LON, at(TODAY, 9, 0), defendant.user());
		int threads = 6;
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<Boolean>> outcomes = new ArrayList<>();
			for (int i = 0; i < threads; i++) {
				byte[] image = photo(20 + i, 2000);
				Instant when = at(TODAY, 9, 1 + i);
				Callable<Boolean> send = () -> {
					start.await();
					try {
						return checkIns.photo(defendant.id(), image, "image/jpeg", when, defendant.user()).complete();
					}
					catch (AlreadyCheckedInToday ex) {
						return false;
					}
				};
				outcomes.add(pool.submit(send));
			}
			start.countDown();
			int completed = 0;
			for (Future<Boolean> outcome : outcomes) {
				completed += outcome.get() ? 1 : 0;
			}
			assertThat(completed).isEqualTo(1);
		}
		finally {
			pool.shutdown();
		}
		assertThat(recorded(defendant.id())).isEqualTo(1);
		assertThat(parts(defendant.id())).isZero();
		assertThat(events.of(CheckedIn.class)).hasSize(1);
		assertThat(ledger.verify().intact()).isTrue();
	}

}
