package cn.jiangle.ecojustice.bot.cases;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MasksTests {

	@Test
	void onlyTheFirstCharacterOfANameIsShown() {
		assertThat(Masks.name("张三")).isEqualTo("张*");
		assertThat(Masks.name("欧阳娜娜")).isEqualTo("欧***");
		assertThat(Masks.name("张")).isEqualTo("张*");
		assertThat(Masks.name("𠀋明")).isEqualTo("𠀋*");
		assertThat(Masks.name("")).isEmpty();
	}

}
