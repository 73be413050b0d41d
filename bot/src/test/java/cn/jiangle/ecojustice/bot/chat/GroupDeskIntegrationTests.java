package cn.jiangle.ecojustice.bot.chat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.jiangle.ecojustice.bot.messages.InboundMessage.Channel;
import cn.jiangle.ecojustice.bot.messages.InboundMessage.Kind;
import cn.jiangle.ecojustice.bot.messages.Reply;
import cn.jiangle.ecojustice.db.Actor;
import cn.jiangle.ecojustice.db.officers.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.test.context.TestPropertySource;

import static cn.jiangle.ecojustice.bot.chat.ChatFixture.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Officers @-mentioning the 智能机器人 in a group chat, and writing to it one-to-one, through the channel's real
 * dispatcher and conversation layer: policy answers with citations, reminder acknowledgements, and case data kept out
 * of the group.
 */
@TestPropertySource(properties = { "ecojustice.reminders.groups.forestry.name=林业局联络组",
		"ecojustice.reminders.groups.forestry.webhook-key=group-test-forestry" })
class GroupDeskIntegrationTests extends ChatIntegrationTest {

	private static final Pattern NUMBER = Pattern.compile("提醒(R\\d+)");

	@BeforeAll
	void officers() {
		officers.register("group.judge", "COURT", Role.CASE_OFFICER, "王法官", Actor.SYSTEM);
		officers.register("group.liaison", "FORESTRY", Role.LIAISON, "刘联络员", Actor.SYSTEM);
	}

	private List<Reply> inGroup(String userid, String text) {
		return chat.send(ChatFixture.message(Channel.AIGROUP, userid, null, Kind.TEXT, text, null, null, null));
	}

	private List<Reply> oneToOneWithTheBot(String userid, String text) {
		return chat.send(ChatFixture.message(Channel.AIBOT, userid, null, Kind.TEXT, text, null, null, null));
	}

	@Test
	void aPolicyQuestionInAGroupIsAnsweredWithItsCitationAndTheFeedbackCard() {
		List<Reply> replies = inGroup("group.judge", "碳汇认购的流程是什么？");
		assertThat(text(replies)).contains("将法〔");
		assertThat(replies).last().isInstanceOf(Reply.Card.class);
	}

	@Test
	void caseDataIsNeverAnsweredInAGroup() {
		for (String command : List.of("查询案件", "查案件", "绑定码", "新建案件", "登记人员", "设置提醒", "我的案件", "我的提醒",
				"（2026）闽0428刑初15号进展如何", "被告人张三欠多少钱", "帮我查下350428198001011233", "电话13800138000是谁的",
				"提醒 林业局联络组 12月1日9点 报送")) {
			assertThat(text(inGroup("group.judge", command))).as(command).contains("请与我单聊").doesNotContain("将法〔");
		}
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM conversation_state WHERE user_id = 'group.judge'",
				Integer.class)).isZero();
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM reminder WHERE created_by = 'group.judge'",
				Integer.class)).isZero();
	}

	@Test
	void aGroupMessageDoesNotContinueTheAskersOneToOneFlow() {
		assertThat(text(say("group.liaison", "设置提醒"))).contains("提醒哪个联络组");
		assertThat(text(inGroup("group.liaison", "林业局联络组"))).doesNotContain("什么时间提醒");
		// still on its first step: the group message was not taken as the answer
		assertThat(text(say("group.liaison", "帮助"))).contains("提醒哪个联络组");
		assertThat(text(say("group.liaison", "林业局联络组"))).contains("什么时间提醒");
		say("group.liaison", "取消");
	}

	@Test
	void aReminderIsAcknowledgedByAtBotInTheGroup() {
		String reply = text(say("group.judge", "提醒 林业局联络组 12月1日9点 报送季度修复进展"));
		Matcher number = NUMBER.matcher(reply);
		assertThat(number.find()).as(reply).isTrue();
		assertThat(text(inGroup("group.judge", "已知悉 " + number.group(1))))
			.contains("已确认" + number.group(1) + "「已知悉」");
		// as the asker: someone else in the group cannot acknowledge it for the responsible officer
		assertThat(text(inGroup("group.liaison", "已完成 " + number.group(1)))).contains("不是提醒" + number.group(1));
	}

	@Test
	void helpInAGroupListsWhatTheGroupGets() {
		assertThat(text(inGroup("group.judge", "帮助"))).contains("王法官", "已知悉 R123", "请与我单聊");
	}

	@Test
	void strangersAreIgnoredByTheBotInGroupsAndOneToOne() {
		assertThat(inGroup("nobody.here", "碳汇认购的流程是什么？")).isEmpty();
		assertThat(oneToOneWithTheBot("nobody.here", "碳汇认购的流程是什么？")).isEmpty();
		// the application itself still tells a stranger how to get registered
		assertThat(text(say("nobody.here", "你好"))).contains("尚未登记");
	}

	@Test
	void oneToOneWithTheBotIsTheSameConversationAsTheApplication() {
		assertThat(text(oneToOneWithTheBot("group.judge", "设置提醒"))).contains("提醒哪个联络组");
		// continued in the application: the same conversation
		assertThat(text(say("group.judge", "林业局联络组"))).contains("什么时间提醒");
		assertThat(text(oneToOneWithTheBot("group.judge", "取消"))).doesNotContain("当前没有进行中的操作");
	}

}
