package cn.jiangle.ecojustice.bot.conversation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CommandsTests {

	@Test
	void commandsAreRecognisedWhateverTheSpacingAndPunctuation() {
		assertThat(Commands.isBack("　返回。")).isTrue();
		assertThat(Commands.isBack("上一步！")).isTrue();
		assertThat(Commands.isCancel(" 取消 ")).isTrue();
		assertThat(Commands.isHelp("？")).isTrue();
		assertThat(Commands.isHelp("HELP")).isTrue();
		assertThat(Commands.isSkip("跳过")).isTrue();
		assertThat(Commands.isConfirm("确认！")).isTrue();
		assertThat(Commands.isBack("返回上一页看看")).isFalse();
		assertThat(Commands.isCancel("取消案件")).isFalse();
	}

	@Test
	void fullWidthDigitsAndLettersFoldButCaseNumberParenthesesStay() {
		assertThat(Commands.normalise("１２")).isEqualTo("12");
		assertThat(Commands.normalise("ＡＢＣ")).isEqualTo("ABC");
		assertThat(Commands.normalise("（2026）闽0428刑初12号")).isEqualTo("（2026）闽0428刑初12号");
		assertThat(Commands.normalise(null)).isEmpty();
	}

	@Test
	void quotedInputCannotBecomeALinkOrAControlSequence() {
		assertThat(Commands.quote("<a href=\"x\">点</a>")).isEqualTo("＜a href=\"x\"＞点＜/a＞");
		assertThat(Commands.quote("a\u0000b\u001bc")).isEqualTo("abc");
		assertThat(Commands.quote("长".repeat(50))).hasSize(41).endsWith("…");
	}

	@Test
	void quotedInputNeverRepeatsAnIdCardOrPhoneNumberInClear() {
		assertThat(Commands.quote("350428199001011238")).isEqualTo("350*************38");
		assertThat(Commands.quote("手机13800138000")).isEqualTo("手机138******00").doesNotContain("13800138000");
		assertThat(Commands.quote("35042819900101123X")).doesNotContain("19900101");
		assertThat(Commands.quote("第 2 项 2026")).isEqualTo("第 2 项 2026");
	}

}
