package cn.jiangle.ecojustice.bot.labour;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;

import cn.jiangle.ecojustice.bot.conversation.InputRejected;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class LabourInputsTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

	@Test
	void datesAsOfficersWriteThem() {
		for (String written : new String[] { "2026-12-01", "2026/12/1", "2026年12月1日", "12月1日", "12-1", " 2026-12-01。" }) {
			assertThat(LabourInputs.date(written, TODAY)).as(written).isEqualTo(LocalDate.of(2026, 12, 1));
		}
		assertThat(LabourInputs.date("今天", TODAY)).isEqualTo(TODAY);
		assertThat(LabourInputs.date("昨天", TODAY)).isEqualTo(TODAY.minusDays(1));
		assertThatExceptionOfType(InputRejected.class).isThrownBy(() -> LabourInputs.date("2026-02-30", TODAY))
			.withMessage("「2026-02-30」不是有效的日期。");
		assertThatExceptionOfType(InputRejected.class).isThrownBy(() -> LabourInputs.date("下周一", TODAY))
			.withMessage("「下周一」不是日期，请写成 2026-12-01 的形式。");
	}

	@Test
	void periodsRunForwards() {
		for (String written : new String[] { "2026-12-01 至 2026-12-31", "2026-12-01到2026-12-31", "12月1日至12月31日",
				"2026-12-01 2026-12-31", "2026-12-01 ~ 2026-12-31" }) {
			assertThat(LabourInputs.period(written, TODAY)).as(written)
				.containsExactly(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31));
		}
		assertThatExceptionOfType(InputRejected.class)
			.isThrownBy(() -> LabourInputs.period("2026-12-31 至 2026-12-01", TODAY))
			.withMessage("结束日期不能早于开始日期，请重新输入。");
		assertThatExceptionOfType(InputRejected.class).isThrownBy(() -> LabourInputs.period("下个月", TODAY))
			.withMessage("请写明开始和结束日期，如「2026-12-01 至 2026-12-31」。");
	}

	@Test
	void windowsCoordinatesAndQuantities() {
		assertThat(LabourInputs.window("08:00-17:30")).containsExactly(LocalTime.of(8, 0), LocalTime.of(17, 30));
		assertThat(LabourInputs.window("8：00 至 17：00")).containsExactly(LocalTime.of(8, 0), LocalTime.of(17, 0));
		assertThatExceptionOfType(InputRejected.class).isThrownBy(() -> LabourInputs.window("17:00-08:00"))
			.withMessage("结束时间应晚于开始时间，请重新输入。");
		assertThatExceptionOfType(InputRejected.class).isThrownBy(() -> LabourInputs.window("25:00-26:00"))
			.withMessage("时间应在 00:00 至 23:59 之间，请重新输入。");

		assertThat(LabourInputs.coordinates("26.7290,117.4695")).containsExactly(26.729, 117.4695);
		assertThat(LabourInputs.coordinates("北纬26.7290，东经117.4695")).containsExactly(26.729, 117.4695);
		assertThatExceptionOfType(InputRejected.class).isThrownBy(() -> LabourInputs.coordinates("117.4695,26.729"))
			.withMessage("纬度应在 -90 至 90 之间，经度应在 -180 至 180 之间，请核对（先纬度后经度）。");
		assertThatExceptionOfType(InputRejected.class).isThrownBy(() -> LabourInputs.coordinates("琵琶丘"))
			.withMessage("请输入纬度和经度（度，用逗号隔开），如「26.7290,117.4695」。");

		assertThat(LabourInputs.quantity("0.5")).isEqualByComparingTo(new BigDecimal("0.5"));
		assertThat(LabourInputs.quantity("120")).isEqualByComparingTo(new BigDecimal("120"));
		for (String bad : new String[] { "0", "-1", "1.234", "一天" }) {
			assertThatExceptionOfType(InputRejected.class).as(bad).isThrownBy(() -> LabourInputs.quantity(bad));
		}
	}

}
