package cn.jiangle.ecojustice.jobs.reminders;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class QuietHoursTests {

	private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	private final QuietHours quiet = QuietHours.parse("21:00-08:00", BEIJING);

	private static Instant at(String local) {
		return LocalDateTime.parse(local).atZone(BEIJING).toInstant();
	}

	@Test
	void aPushInQuietHoursWaitsUntilTheyEndAndClearOfTheMark() {
		assertThat(this.quiet.adjust(at("2026-12-01T22:15"))).isEqualTo(at("2026-12-02T08:04"));
		assertThat(this.quiet.adjust(at("2026-12-02T03:00"))).isEqualTo(at("2026-12-02T08:04"));
		// 2 hours before a 09:00 meeting is 07:00: quiet
		assertThat(this.quiet.adjust(at("2026-12-02T07:00"))).isEqualTo(at("2026-12-02T08:04"));
	}

	@Test
	void aPushOnAMarkComesAFewMinutesEarlier() {
		assertThat(this.quiet.adjust(at("2026-12-01T09:00"))).isEqualTo(at("2026-12-01T08:56"));
		assertThat(this.quiet.adjust(at("2026-12-01T14:30"))).isEqualTo(at("2026-12-01T14:26"));
		assertThat(this.quiet.adjust(at("2026-12-01T14:32"))).isEqualTo(at("2026-12-01T14:26"));
		// earlier would be quiet: later instead
		assertThat(this.quiet.adjust(at("2026-12-01T08:00"))).isEqualTo(at("2026-12-01T08:04"));
		// 20:58 is near 21:00; 20:56 is allowed
		assertThat(this.quiet.adjust(at("2026-12-01T20:58"))).isEqualTo(at("2026-12-01T20:56"));
	}

	@Test
	void otherTimesAreKept() {
		assertThat(this.quiet.adjust(at("2026-12-01T09:10"))).isEqualTo(at("2026-12-01T09:10"));
		assertThat(this.quiet.allows(at("2026-12-01T09:10"))).isTrue();
		assertThat(this.quiet.allows(at("2026-12-01T09:01"))).isFalse();
		assertThat(this.quiet.allows(at("2026-12-01T21:10"))).isFalse();
		assertThat(this.quiet.allows(at("2026-12-01T07:59"))).isFalse();
	}

	@Test
	void emptyMeansNoQuietHoursButMarksAreStillAvoided() {
		QuietHours none = QuietHours.parse("", BEIJING);
		assertThat(none.adjust(at("2026-12-01T23:10"))).isEqualTo(at("2026-12-01T23:10"));
		assertThat(none.adjust(at("2026-12-01T23:00"))).isEqualTo(at("2026-12-01T22:56"));
	}

	@Test
	void refusesAMalformedSetting() {
		assertThatIllegalArgumentException().isThrownBy(() -> QuietHours.parse("21点到8点", BEIJING))
			.withMessageContaining("21:00-08:00");
		assertThatIllegalArgumentException().isThrownBy(() -> QuietHours.parse("08:00-08:00", BEIJING));
	}

}
