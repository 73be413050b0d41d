package cn.jiangle.ecojustice.jobs.reminders;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ChineseDateTimeTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 2);

	private static final LocalTime DEFAULT = LocalTime.of(9, 10);

	private static LocalDateTime parse(String text) {
		return ChineseDateTime.parse(text, TODAY, DEFAULT);
	}

	@Test
	void readsTheWaysOfficersWriteTimes() {
		assertThat(parse("12月1日9点")).isEqualTo(LocalDateTime.of(2026, 12, 1, 9, 0));
		assertThat(parse("12月1日 下午3点半")).isEqualTo(LocalDateTime.of(2026, 12, 1, 15, 30));
		assertThat(parse("2026年12月1日14:05")).isEqualTo(LocalDateTime.of(2026, 12, 1, 14, 5));
		assertThat(parse("2026-12-01 09:20")).isEqualTo(LocalDateTime.of(2026, 12, 1, 9, 20));
		assertThat(parse("明天上午10点")).isEqualTo(LocalDateTime.of(2026, 11, 3, 10, 0));
		assertThat(parse("12月1日")).isEqualTo(LocalDateTime.of(2026, 12, 1, 9, 10));
	}

	@Test
	void aDateWellInThePastWithoutYearMeansNextYear() {
		assertThat(parse("1月5日9点")).isEqualTo(LocalDateTime.of(2027, 1, 5, 9, 0));
		// only days ago: this year's, which the scheduler refuses as past
		assertThat(parse("10月30日9点")).isEqualTo(LocalDateTime.of(2026, 10, 30, 9, 0));
	}

	@Test
	void findsTheTimeInsideACommand() {
		ChineseDateTime.Found found = ChineseDateTime.find("林业局联络组 12月1日9点 报送季度修复进展", TODAY, DEFAULT)
			.orElseThrow();
		assertThat(found.before()).isEqualTo("林业局联络组");
		assertThat(found.when()).isEqualTo(LocalDateTime.of(2026, 12, 1, 9, 0));
		assertThat(found.after()).isEqualTo("报送季度修复进展");
		assertThat(ChineseDateTime.find("林业局联络组 报送进展", TODAY, DEFAULT)).isEmpty();
	}

	@Test
	void refusesDaysThatDoNotExist() {
		assertThatExceptionOfType(DateTimeUnreadable.class).isThrownBy(() -> parse("2月30日9点"))
			.withMessage("2月没有30日，请检查日期。");
		assertThatExceptionOfType(DateTimeUnreadable.class).isThrownBy(() -> parse("13月1日"))
			.withMessageContaining("没有13月");
		assertThatExceptionOfType(DateTimeUnreadable.class).isThrownBy(() -> parse("12月1日25点"))
			.withMessageContaining("不存在");
		assertThatExceptionOfType(DateTimeUnreadable.class).isThrownBy(() -> parse("下周找个时间"))
			.withMessageContaining("没看懂");
	}

}
