package cn.jiangle.ecojustice.db.cases;

import java.util.List;

import cn.jiangle.ecojustice.db.FieldMissing;
import cn.jiangle.ecojustice.db.officers.UseridMalformed;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class NewCaseTests {

	private static final CaseNumber NUMBER = CaseNumber.parse("（2026）闽0428刑初12号");

	@Test
	void otherChargeNeedsWords() {
		assertThatExceptionOfType(NewCase.ChargeDetailMissing.class)
			.isThrownBy(() -> new NewCase(NUMBER, Charge.OTHER, "  ", Stage.TRIAL, List.of("zhangsan")))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("chargeDetail"));
		assertThat(new NewCase(NUMBER, Charge.OTHER, " 非法采矿罪 ", Stage.TRIAL, List.of("zhangsan")).chargeDetail())
			.isEqualTo("非法采矿罪");
	}

	@Test
	void detailIsDroppedForListedCharges() {
		assertThat(new NewCase(NUMBER, Charge.NEGLIGENT_FIRE, "ignored", Stage.TRIAL, List.of("a")).chargeDetail())
			.isNull();
	}

	@Test
	void needsAtLeastOneWellFormedOfficer() {
		assertThatExceptionOfType(FieldMissing.class)
			.isThrownBy(() -> new NewCase(NUMBER, Charge.ILLEGAL_HUNTING, null, Stage.TRIAL, List.of()))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("officerUserids"));
		assertThatExceptionOfType(UseridMalformed.class)
			.isThrownBy(() -> new NewCase(NUMBER, Charge.ILLEGAL_HUNTING, null, Stage.TRIAL, List.of("张 三")));
		assertThat(new NewCase(NUMBER, Charge.ILLEGAL_HUNTING, null, Stage.TRIAL, List.of("b", "a", "b"))
			.officerUserids()).containsExactly("b", "a");
	}

	@Test
	void namesEachMissingField() {
		assertThatExceptionOfType(FieldMissing.class)
			.isThrownBy(() -> new NewCase(null, Charge.ILLEGAL_HUNTING, null, Stage.TRIAL, List.of("a")))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("caseNumber"));
		assertThatExceptionOfType(FieldMissing.class)
			.isThrownBy(() -> new NewCase(NUMBER, null, null, Stage.TRIAL, List.of("a")))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("charge"));
		assertThatExceptionOfType(FieldMissing.class)
			.isThrownBy(() -> new NewCase(NUMBER, Charge.ILLEGAL_HUNTING, null, null, List.of("a")))
			.satisfies((ex) -> {
				assertThat(ex.field()).isEqualTo("stage");
				assertThat(ex.getMessage()).isEqualTo("办案阶段不能为空，请填写。");
			});
	}

}
