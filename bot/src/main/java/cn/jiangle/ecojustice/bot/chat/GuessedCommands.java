package cn.jiangle.ecojustice.bot.chat;

import java.util.Optional;
import java.util.regex.Pattern;

import cn.jiangle.ecojustice.bot.conversation.Commands;

/**
 * Texts that read as an officer command the assistant does not have (案件列表, 修改案件, 我的案件, 删除被告人 …). They
 * would otherwise go to the knowledge base, which can only say the documents do not cover them and quote unrelated
 * clauses; a pointer to 「帮助」 serves the officer better. Real commands (flow keywords) are matched before this.
 */
final class GuessedCommands {

	private static final String VERB = "我的|本人的?|全部|所有|查看|查|看|修改|更改|编辑|删除|撤销|撤回|注销|导出|统计|"
			+ "新增|添加|登记|打印|下载|管理";

	private static final String NOUN = "案件|案子|被告人|被告|当事人|工作人员|人员|用户|账号|绑定码|绑定";

	private static final String SUFFIX = "列表|清单|查询|查看|详情|信息|修改|更改|编辑|删除|管理|统计|导出|记录|情况|进度";

	/** A verb or a suffix around one noun, or the bare word 案件: short, with no question in it. */
	private static final Pattern GUESSED = Pattern
		.compile("(?:(?:" + VERB + ")(?:" + NOUN + ")(?:" + SUFFIX + ")?|(?:" + NOUN + ")(?:" + SUFFIX + ")|案件|案子)");

	private GuessedCommands() {
	}

	/** The pointer to 「帮助」 for {@code text}, when it reads as a command that does not exist. */
	static Optional<String> pointer(String text) {
		String command = Commands.normalise(text).replaceAll("\\s+", "");
		if (!GUESSED.matcher(command).matches()) {
			return Optional.empty();
		}
		return Optional.of("没有「" + Commands.quote(command) + "」这项功能。请发送「帮助」查看您可以使用的功能。");
	}

}
