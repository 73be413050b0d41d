package cn.jiangle.ecojustice.bot.conversation;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class FlowStateTests {

	@Test
	void answersTrailAndCardRoundTripThroughJson() {
		FlowState state = FlowState.start()
			.answered("name", FlowData.empty().with("name", "张三\"<b>"))
			.answered("item", FlowData.empty().with("name", "张三\"<b>").append("items", Map.of("name", "斧头")))
			.showing("flow_abc")
			.returningTo("confirm");

		FlowState back = FlowState.fromJson(state.toJson());

		assertThat(back.data()).isEqualTo(state.data());
		assertThat(back.trail()).hasSize(2);
		assertThat(back.card()).isEqualTo("flow_abc");
		assertThat(back.returnTo()).isEqualTo("confirm");
		assertThat(back.data().records("items")).containsExactly(Map.of("name", "斧头"));
	}

	@Test
	void undoRestoresExactlyWhatTheLastAnswerChanged() {
		FlowData before = FlowData.empty().with("a", "1").with("scratch", "x");
		FlowData after = before.with("a", "2").without("scratch").with("b", "3");
		FlowState state = FlowState.fromJson(FlowState.start().answered("first", before).answered("second", after)
			.toJson());

		FlowState undone = state.undoLast();

		assertThat(state.last().step()).isEqualTo("second");
		assertThat(undone.data()).isEqualTo(before);
		assertThat(undone.trail()).hasSize(1);
		assertThat(undone.undoLast().data()).isEqualTo(FlowData.empty());
	}

	@Test
	void flowDataHoldsOnlyTextAndRecordsAndNeverPrintsValues() {
		FlowData data = FlowData.empty().with("idCard", "350428198001011233");

		assertThat(data.toString()).contains("idCard").doesNotContain("350428198001011233");
		assertThatIllegalArgumentException().isThrownBy(() -> FlowData.of(Map.of("n", 5)));
	}

}
