package cn.jiangle.ecojustice.jobs.reminders;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

import cn.jiangle.ecojustice.jobs.reminders.Recurrence.Frequency;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class RecurrenceTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

	static final LocalTime DAY_TIME = LocalTime.of(9, 10);

	private static Recurrence.Found find(String text) {
		return Recurrence.find(text, TODAY, DAY_TIME).orElseThrow();
	}

	@Test
	void quarterlyWithMonthOfQuarterDayAndTime() {
		Recurrence.Found found = find("基金管理委员会联络组 每季度第一个月10日 9:30 基金使用情况专题会议");
		assertThat(found.rule()).isEqualTo(new Recurrence(Frequency.QUARTERLY, 1, 10, LocalTime.of(9, 30)));
		assertThat(found.first()).isNull();
		assertThat(found.before()).isEqualTo("基金管理委员会联络组");
		assertThat(found.after()).isEqualTo("基金使用情况专题会议");
		assertThat(found.rule().describe()).isEqualTo("每季度第一个月10日 09:30");
		assertThat(find("每季度首月10日上午9点半").rule()).isEqualTo(found.rule());
		assertThat(find("每季度第三个月25号下午3点").rule())
			.isEqualTo(new Recurrence(Frequency.QUARTERLY, 3, 25, LocalTime.of(15, 0)));
		assertThat(find("每季度末月25日").rule()).isEqualTo(new Recurrence(Frequency.QUARTERLY, 3, 25, DAY_TIME));
	}

	@Test
	void aFrequencyWithTheFirstDate() {
		Recurrence.Found found = find("每季度 1月10日9:30起 专题会议");
		assertThat(found.rule()).isEqualTo(new Recurrence(Frequency.QUARTERLY, 1, 10, LocalTime.of(9, 30)));
		assertThat(found.first()).isEqualTo(LocalDateTime.of(2027, 1, 10, 9, 30));
		assertThat(found.after()).isEqualTo("专题会议");
		Recurrence.Found may = find("每季度一次，首次5月20日 14:30");
		assertThat(may.rule()).isEqualTo(new Recurrence(Frequency.QUARTERLY, 2, 20, LocalTime.of(14, 30)));
		assertThat(may.first()).isEqualTo(LocalDateTime.of(2027, 5, 20, 14, 30));
	}

	@Test
	void monthly() {
		assertThat(find("每月15号下午3点 报送台账").rule())
			.isEqualTo(new Recurrence(Frequency.MONTHLY, 1, 15, LocalTime.of(15, 0)));
		assertThat(find("每个月1日 9:40").rule().describe()).isEqualTo("每月1日 09:40");
	}

	@Test
	void nextOccurrences() {
		Recurrence quarterly = new Recurrence(Frequency.QUARTERLY, 1, 10, LocalTime.of(9, 30));
		assertThat(quarterly.next(LocalDateTime.of(2026, 11, 20, 0, 0))).isEqualTo(LocalDateTime.of(2027, 1, 10, 9, 30));
		assertThat(quarterly.next(LocalDateTime.of(2027, 1, 10, 9, 30))).isEqualTo(LocalDateTime.of(2027, 4, 10, 9, 30));
		assertThat(quarterly.next(LocalDateTime.of(2027, 1, 10, 9, 29))).isEqualTo(LocalDateTime.of(2027, 1, 10, 9, 30));
		Recurrence endOfMonth = new Recurrence(Frequency.MONTHLY, 1, 31, LocalTime.of(10, 10));
		assertThat(endOfMonth.next(LocalDateTime.of(2027, 1, 31, 10, 10))).isEqualTo(LocalDateTime.of(2027, 2, 28, 10, 10));
		Recurrence lastMonth = new Recurrence(Frequency.QUARTERLY, 3, 31, LocalTime.of(10, 10));
		assertThat(lastMonth.next(LocalDateTime.of(2026, 11, 20, 0, 0))).isEqualTo(LocalDateTime.of(2026, 12, 31, 10, 10));
		assertThat(lastMonth.next(LocalDateTime.of(2026, 12, 31, 10, 10))).isEqualTo(LocalDateTime.of(2027, 3, 31, 10, 10));
	}

	@Test
	void theStoredFormReadsBack() {
		Recurrence rule = new Recurrence(Frequency.QUARTERLY, 2, 5, LocalTime.of(14, 30));
		assertThat(rule.code()).isEqualTo("QUARTERLY/2/5/14:30");
		assertThat(Recurrence.ofCode(rule.code())).isEqualTo(rule);
	}

	@Test
	void textWithoutARecurrenceIsLeftToTheDateReader() {
		assertThat(Recurrence.find("林业局联络组 12月1日9点 报送", TODAY, DAY_TIME)).isEmpty();
	}

	@Test
	void aFrequencyWithoutItsDayOrWithAnImpossibleDayIsRefused() {
		assertThatExceptionOfType(DateTimeUnreadable.class).isThrownBy(() -> find("每季度 开会"))
			.withMessageContaining("请写明每次是哪一天");
		assertThatExceptionOfType(DateTimeUnreadable.class).isThrownBy(() -> find("每月32日 9点"))
			.withMessageContaining("没有32日");
		assertThatExceptionOfType(DateTimeUnreadable.class).isThrownBy(() -> find("每季度 2月30日9点"))
			.withMessageContaining("2月没有30日");
		assertThatExceptionOfType(DateTimeUnreadable.class).isThrownBy(() -> find("每月第二个月10日"))
			.withMessageContaining("不用写第几个月");
	}

}
