package cn.jiangle.ecojustice.bot.reminders;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.jiangle.ecojustice.bot.chat.ChatIntegrationTest;
import cn.jiangle.ecojustice.db.Actor;
import cn.jiangle.ecojustice.db.officers.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static cn.jiangle.ecojustice.bot.chat.ChatFixture.text;
import static org.assertj.core.api.Assertions.assertThat;

/** Reminder commands in the officers' chat, from 「提醒 …」 to 已知悉/已完成, with every refusal a Chinese reason. */
@TestPropertySource(properties = { "ecojustice.reminders.groups.forestry.name=林业局联络组",
		"ecojustice.reminders.groups.forestry.webhook-key=chat-test-forestry",
		"ecojustice.reminders.groups.committee.name=基金管理委员会联络组",
		"ecojustice.reminders.groups.committee.webhook-key=chat-test-committee" })
class ReminderChatIntegrationTests extends ChatIntegrationTest {

	private static final Pattern NUMBER = Pattern.compile("提醒(R\\d+)");

	@Autowired
	RemindersEndpoint endpoint;

	@BeforeAll
	void officers() {
		officers.register("judge", "COURT", Role.CASE_OFFICER, "王法官", Actor.SYSTEM);
		officers.register("liaison", "FORESTRY", Role.LIAISON, "刘联络员", Actor.SYSTEM);
		officers.register("viewer", "COURT", Role.VIEWER, "赵书记员", Actor.SYSTEM);
	}

	private String remind(String text) {
		String reply = text(say("judge", text));
		Matcher m = NUMBER.matcher(reply);
		assertThat(m.find()).as(reply).isTrue();
		return m.group(1);
	}

	@Test
	void aOneLineReminderIsSetListedAcknowledgedAndDone() {
		String reply = text(say("judge", "提醒 林业局联络组 12月1日9点 报送季度修复进展"));
		assertThat(reply).contains("已设置提醒R", "林业局联络组", "2026年12月1日 09:00", "报送季度修复进展",
				"推送时间：2026年12月1日 08:56");
		String number = remind("提醒 林业局联络组 12月2日10点15分 报送年度修复计划");
		assertThat(text(say("judge", "我的提醒"))).contains(number, "报送年度修复计划", "待办");
		assertThat(text(say("judge", "已知悉 " + number))).contains("已确认" + number + "「已知悉」");
		assertThat(text(say("judge", "我的提醒"))).contains(number + " 自定义提醒", "已知悉");
		assertThat(text(say("judge", "已完成 " + number.toLowerCase()))).contains("已确认" + number + "「已完成」");
		assertThat(text(say("judge", "我的提醒"))).doesNotContain(number + " ");
		assertThat(text(say("judge", "已完成 " + number))).contains(number + "已完成，无需再处理");
	}

	@Test
	void theCardButtonsOfAPersonalReminderAcknowledge() {
		String number = remind("提醒 林业局 12月3日14:10 核对碳汇台账");
		assertThat(text(chat.click("judge", "reminder_done:" + number.substring(1), "rem_1_0_0")))
			.contains("已确认" + number + "「已完成」");
	}

	@Test
	void rescheduleAndCancelFromChat() {
		String number = remind("提醒 林业局联络组 12月4日9点10分 报送修复进展");
		assertThat(text(say("judge", "改期 " + number + " 12月5日10点10分"))).contains("已将" + number + "改到2026年12月5日 10:10");
		assertThat(text(say("judge", "取消提醒 " + number))).contains("已取消提醒" + number);
		assertThat(text(say("judge", "取消提醒 " + number))).contains("已取消，无需再处理");
	}

	@Test
	void anIncompleteReminderAsksOnlyForWhatItLacks() {
		String reply = text(say("judge", "提醒 林业局联络组 报送进展"));
		assertThat(reply).contains("缺少时间", "已记下联络组：林业局联络组；事项：报送进展", "什么时间提醒")
			.doesNotContain("提醒哪个联络组", "提醒什么事项");
		assertThat(text(say("judge", "2月30日9点"))).contains("2月没有30日");
		assertThat(text(say("judge", "12月6日9点10分"))).contains("已设置提醒R", "林业局联络组", "2026年12月6日 09:10",
				"报送进展");

		// the committee's meeting named without a time: its group and subject carry over, only the time is asked
		reply = text(say("judge", "提醒 基金管理委员会会议"));
		assertThat(reply).contains("缺少时间", "联络组：基金管理委员会联络组", "事项：基金管理委员会会议", "什么时间提醒")
			.doesNotContain("提醒哪个联络组", "提醒什么事项");
		// 2027-01-10 is a Sunday: the meeting moves to Monday and says so
		assertThat(text(say("judge", "每季度第一个月10日 9:30"))).contains("已设置定期提醒（委员会会议）",
				"每季度第一个月10日 09:30", "2027年1月11日 09:30（原定2027年1月10日，顺延）");

		// a time and a subject without the group: only the group is asked
		reply = text(say("judge", "提醒 12月9日9点10分 核对台账"));
		assertThat(reply).contains("缺少联络组", "时间：2026年12月9日 09:10", "提醒哪个联络组")
			.doesNotContain("什么时间提醒", "提醒什么事项");
		assertThat(text(say("judge", "宣传部"))).contains("没有名为「宣传部」的联络组");
		assertThat(text(say("judge", "林业局"))).contains("已设置提醒R", "2026年12月9日 09:10", "核对台账");

		// 提醒 alone: every part is asked
		assertThat(text(say("judge", "提醒"))).contains("提醒哪个联络组");
		assertThat(text(say("judge", "林业局联络组"))).contains("什么时间提醒");
		assertThat(text(say("judge", "12月11日9点10分"))).contains("提醒什么事项");
		assertThat(text(say("judge", "报送年报"))).contains("已设置提醒R", "2026年12月11日 09:10", "报送年报");
	}

	@Test
	void aRecurringMeetingIsSetInOneLineAndOneOccurrenceOrTheWholeSeriesChanged() {
		String reply = text(say("judge", "提醒 基金管理委员会联络组 每季度第一个月12日 9:40 基金使用情况专题会议"));
		assertThat(reply).contains("已设置定期提醒（委员会会议）", "基金管理委员会联络组", "每季度第一个月12日 09:40",
				"基金使用情况专题会议", "2027年1月12日 09:40", "各提前7天、1天、2小时推送");
		String number = generated(reply);
		assertThat(text(say("judge", "我的提醒"))).contains(number + " 委员会会议", "定期：每季度第一个月12日 09:40");

		// one occurrence alone
		assertThat(text(say("judge", "改期 " + number + " 1月13日9点40分"))).contains("已将" + number + "改到2027年1月13日 09:40");

		// the whole series: a new rule replaces the coming occurrences (2026-12-20 is a Sunday: moved to Monday)
		reply = text(say("judge", "改期 " + number + " 全部 每月20日 14:40"));
		assertThat(reply).contains("已改定期提醒", "每月20日 14:40", "2026年12月21日 14:40（原定2026年12月20日，顺延）");
		assertThat(text(say("judge", "我的提醒"))).doesNotContain(number + " ");
		String monthly = generated(reply);
		assertThat(text(say("judge", "取消提醒 " + monthly + " 全部"))).contains("已取消定期提醒", "每月20日 14:40");
		assertThat(text(say("judge", "我的提醒"))).doesNotContain("每月20日");
		assertThat(text(say("judge", "取消提醒 " + monthly + " 全部"))).contains("已取消");

		// 安排会议 takes a frequency and the first date too
		assertThat(text(say("judge", "安排会议 每季度 2月16日10点10分起 第一季度专题会议"))).contains("已设置定期提醒（委员会会议）",
				"每季度第二个月16日 10:10", "2027年2月16日 10:10");
	}

	@Test
	void badRecurringInputIsRefusedWithAClearReason() {
		assertThat(text(say("judge", "提醒 林业局联络组 每季度 开会"))).contains("请写明每次是哪一天");
		assertThat(text(say("judge", "提醒 林业局联络组 每月32日 9点 报送"))).contains("没有32日");
		// 每月 in the subject of a one-off reminder is just words
		assertThat(text(say("judge", "提醒 林业局联络组 12月15日9点10分 报送每月台账"))).contains("已设置提醒R",
				"自定义提醒", "报送每月台账");
		String once = remind("提醒 林业局联络组 12月14日9点10分 报送");
		assertThat(text(say("judge", "取消提醒 " + once + " 全部"))).contains(once + "不是定期提醒");
		String reply = text(say("judge", "提醒 林业局联络组 每月25日 9:40 报送月报"));
		assertThat(text(say("liaison", "取消提醒 " + generated(reply) + " 全部"))).contains("不是提醒", "的责任人");
		assertThat(text(say("viewer", "提醒 林业局联络组 每月25日 9:40 报送月报"))).contains("仅限");
	}

	private static String generated(String reply) {
		Matcher m = Pattern.compile("已生成：(R\\d+)").matcher(reply);
		assertThat(m.find()).as(reply).isTrue();
		return m.group(1);
	}

	@Test
	void committeeMeetingsCannotBeDoubleBooked() {
		String reply = text(say("judge", "安排会议 12月10日15点 第四季度基金使用情况专题会议"));
		assertThat(reply).contains("已设置提醒R", "委员会会议", "基金管理委员会联络组", "第四季度基金使用情况专题会议");
		assertThat(text(say("judge", "安排会议 12月10日15点 另一个会议"))).contains("已安排了一次委员会会议");
	}

	@Test
	void theActuatorEndpointShowsCountsAndAReminderWithoutRobotKeys() {
		String number = remind("提醒 林业局联络组 12月8日9点10分 核对进展");
		long id = Long.parseLong(number.substring(1));
		assertThat(this.endpoint.counts().get("FREE_FORM").get("scheduled")).isPositive();
		java.util.Map<String, Object> view = this.endpoint.reminder(id);
		assertThat(view).containsEntry("number", number).containsEntry("group", "林业局联络组")
			.containsEntry("status", "ACTIVE");
		assertThat((java.util.List<?>) view.get("pushes")).hasSize(1);
		assertThat(view.toString()).doesNotContain("chat-test-forestry");
		// nothing has gone out yet: nothing to re-send
		assertThat(this.endpoint.resend(id)).containsEntry("resent", null);
	}

	@Test
	void badInputIsRefusedWithAClearReason() {
		assertThat(text(say("judge", "提醒 宣传部联络组 12月1日9点 报送"))).contains("没有名为「宣传部联络组」的联络组",
				"林业局联络组");
		assertThat(text(say("judge", "提醒 林业局联络组 2月30日9点 报送"))).contains("2月没有30日");
		// the test clock is 2026-11-20: 11月19日 has passed
		assertThat(text(say("judge", "提醒 林业局联络组 11月19日9点 报送"))).contains("已经过去");
		assertThat(text(say("judge", "已知悉 R999999"))).contains("没有编号为R999999的提醒");
		assertThat(text(say("judge", "已知悉"))).contains("请带上提醒编号");
		String number = remind("提醒 林业局联络组 12月7日9点10分 报送");
		assertThat(text(say("liaison", "已知悉 " + number))).contains("不是提醒" + number + "的责任人");
		assertThat(text(say("viewer", "提醒 林业局联络组 12月7日9点10分 报送"))).contains("仅限");
	}

}
