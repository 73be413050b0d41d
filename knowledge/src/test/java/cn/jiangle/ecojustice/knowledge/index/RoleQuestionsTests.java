package cn.jiangle.ecojustice.knowledge.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;

import org.junit.jupiter.api.Test;

class RoleQuestionsTests {

	private final RoleQuestions roles = RoleQuestions.parse("""
			# comment
			单位: 法院, 检察院， 林业局
			职责：负责、职责, 干啥
			""");

	@Test
	void dutyWordsAreFoundByContainment() {
		assertThat(roles.asksForDuties("林业局要干啥")).isTrue();
		assertThat(roles.asksForDuties("检察院承担什么职责")).isTrue();
		assertThat(roles.asksForDuties("碳汇怎么认购")).isFalse();
	}

	@Test
	void agenciesAreFoundInAWordAndItsThesaurusAlternatives() {
		assertThat(roles.agenciesIn(List.of("检察官", "检察院"))).containsExactly("检察院");
		assertThat(roles.agenciesIn(List.of("将乐县人民法院"))).containsExactly("法院");
		assertThat(roles.agenciesIn(List.of("碳汇"))).isEmpty();
	}

	@Test
	void malformedLinesAreRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> RoleQuestions.parse("法院, 检察院"));
		assertThatIllegalArgumentException().isThrownBy(() -> RoleQuestions.parse("部门: 法院"));
	}

	@Test
	void builtInListLoads() {
		RoleQuestions builtIn = RoleQuestions.builtIn();
		assertThat(builtIn.agencies()).contains("林业局", "自然资源局", "检察院");
		assertThat(builtIn.asksForDuties("自然资源局要干啥")).isTrue();
	}

}
