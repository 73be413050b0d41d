package cn.jiangle.ecojustice.bot.chat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class GuessedCommandsTests {

	@ParameterizedTest
	@ValueSource(strings = { "案件列表", "修改案件", "我的案件", "删除案件", "案件详情", "查看案件", "导出案件", "案件统计",
			"被告人列表", "删除被告人", "人员管理", "我的账号", "修改绑定码", "案件", "我的 案件", "案件列表。" })
	void commandsThatDoNotExistGetAPointerToHelp(String text) {
		assertThat(GuessedCommands.pointer(text)).hasValueSatisfying(
				pointer -> assertThat(pointer).startsWith("没有「").endsWith("」这项功能。请发送「帮助」查看您可以使用的功能。"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "碳汇认购的流程是什么？", "案件怎么查询？", "被告人没钱赔怎么办", "哪些案件可以适用碳汇认购",
			"劳役代偿", "生态修复管理人是谁", "案件列表在哪里看？", "（2026）闽0428刑初12号", "修改" })
	void questionsAndOtherTextAreLeftAlone(String text) {
		assertThat(GuessedCommands.pointer(text)).isEmpty();
	}

}
