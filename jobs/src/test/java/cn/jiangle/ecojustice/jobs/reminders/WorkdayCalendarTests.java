package cn.jiangle.ecojustice.jobs.reminders;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class WorkdayCalendarTests {

	private final WorkdayCalendar calendar = WorkdayCalendar.load(null);

	@Test
	void adjustedWeekendsOf2026AreWorkdays() {
		// 春节调休上班: both are Saturdays
		assertThat(LocalDate.of(2026, 2, 14).getDayOfWeek()).hasToString("SATURDAY");
		assertThat(this.calendar.isWorkday(LocalDate.of(2026, 2, 14))).isTrue();
		assertThat(this.calendar.isWorkday(LocalDate.of(2026, 2, 28))).isTrue();
		assertThat(this.calendar.isWorkday(LocalDate.of(2026, 1, 4))).isTrue();
		assertThat(this.calendar.isWorkday(LocalDate.of(2026, 9, 20))).isTrue();
		assertThat(this.calendar.isWorkday(LocalDate.of(2026, 10, 10))).isTrue();
	}

	@Test
	void holidaysOnWeekdaysAreNotWorkdays() {
		assertThat(this.calendar.isWorkday(LocalDate.of(2026, 2, 16))).isFalse();
		assertThat(this.calendar.isWorkday(LocalDate.of(2026, 10, 1))).isFalse();
		assertThat(this.calendar.isWorkday(LocalDate.of(2026, 1, 2))).isFalse();
		// an ordinary weekend and weekday
		assertThat(this.calendar.isWorkday(LocalDate.of(2026, 3, 7))).isFalse();
		assertThat(this.calendar.isWorkday(LocalDate.of(2026, 3, 9))).isTrue();
	}

	@Test
	void countsWorkdaysAcrossTheSpringFestival() {
		// Fri 13 Feb → Sat 14 (调休) is the 1st, then 15–23 off, Tue 24 is the 2nd
		assertThat(this.calendar.plusWorkdays(LocalDate.of(2026, 2, 13), 1)).isEqualTo(LocalDate.of(2026, 2, 14));
		assertThat(this.calendar.plusWorkdays(LocalDate.of(2026, 2, 13), 2)).isEqualTo(LocalDate.of(2026, 2, 24));
		// National Day: Wed 30 Sep + 1 → Thu 8 Oct
		assertThat(this.calendar.plusWorkdays(LocalDate.of(2026, 9, 30), 1)).isEqualTo(LocalDate.of(2026, 10, 8));
		assertThat(this.calendar.plusWorkdays(LocalDate.of(2026, 10, 3), 0)).isEqualTo(LocalDate.of(2026, 10, 8));
		assertThat(this.calendar.workdayOnOrBefore(LocalDate.of(2026, 10, 7))).isEqualTo(LocalDate.of(2026, 9, 30));
	}

	@Test
	void knowsWhichYearsItCovers() {
		assertThat(this.calendar.covers(2026)).isTrue();
		assertThat(this.calendar.covers(2027)).isFalse();
	}

	@Test
	void aTableInTheConfiguredFolderAddsOrReplacesAYear(@TempDir Path folder) throws IOException {
		Files.writeString(folder.resolve("cn-holidays-2027.csv"), "date,kind,name\n2027-01-01,holiday,元旦\n");
		Files.writeString(folder.resolve("cn-holidays-2026.csv"), "# edited\n2026-03-09,holiday,测试\n");
		WorkdayCalendar edited = WorkdayCalendar.load(folder);
		assertThat(edited.covers(2027)).isTrue();
		assertThat(edited.isWorkday(LocalDate.of(2027, 1, 1))).isFalse();
		assertThat(edited.isWorkday(LocalDate.of(2026, 3, 9))).isFalse();
		// the shipped 2026 table was replaced, not merged
		assertThat(edited.isWorkday(LocalDate.of(2026, 2, 14))).isFalse();
	}

	@Test
	void refusesAMalformedLineNamingIt(@TempDir Path folder) throws IOException {
		Files.writeString(folder.resolve("cn-holidays-2027.csv"), "2027-02-30,holiday,x\n");
		assertThatIllegalArgumentException().isThrownBy(() -> WorkdayCalendar.load(folder))
			.withMessageContaining("holiday table 2027 line 1");
	}

}
