package cn.jiangle.ecojustice.bot.reminders;

import java.time.LocalDateTime;
import java.util.List;

import cn.jiangle.ecojustice.bot.conversation.AskStep;
import cn.jiangle.ecojustice.bot.conversation.Flow;
import cn.jiangle.ecojustice.bot.conversation.InputRejected;
import cn.jiangle.ecojustice.bot.officers.Action;
import cn.jiangle.ecojustice.bot.officers.Permission;
import cn.jiangle.ecojustice.bot.messages.Reply;
import cn.jiangle.ecojustice.db.officers.Officer;
import cn.jiangle.ecojustice.db.reminders.Reminder;
import cn.jiangle.ecojustice.jobs.reminders.ChineseDateTime;
import cn.jiangle.ecojustice.jobs.reminders.ReminderScheduler;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * 提醒, step by step: which liaison group, when, what. Started by 「提醒」 alone, or when a one-line
 * 「提醒 林业局联络组 12月1日9点 报送季度修复进展」 lacks a part.
 */
@Configuration(proxyBeanMethods = false)
class ReminderFlow {

	static final String NAME = "提醒";

	static final Permission PERMISSION = Permission.to(Action.SET_REMINDER);

	@Bean
	Flow<Officer> freeFormReminder(ReminderScheduler scheduler, ReminderTexts texts) {
		return Flow.<Officer>named(NAME)
			.summary("给联络组设置提醒，如「提醒 林业局联络组 12月1日9点 报送季度修复进展」；「我的提醒」查看")
			.keywords("设置提醒", "新建提醒")
			.access(PERMISSION)
			.step(AskStep.<Officer>ask("group", "group",
					context -> "提醒哪个联络组？现有：" + String.join("、", scheduler.groups().names()) + "。")
				.help("回复联络组名称，如「林业局联络组」。")
				.parse(input -> scheduler.groups().keyOf(input)))
			.step(AskStep.<Officer>ask("when", "when", "什么时间提醒？如「12月1日9点」「明天下午3点」。")
				.help("写日期和时间，如「12月1日9点」「12月1日 14:30」「明天上午10点」；只写日期时按当天上午提醒。")
				.parse(input -> {
					LocalDateTime when = ChineseDateTime.parse(input, scheduler.today(),
							scheduler.properties().dayTime());
					texts.requireFuture(when);
					return when.toString();
				}))
			.step(AskStep.<Officer>ask("subject", "subject", "提醒什么事项？如「报送季度修复进展」。")
				.help("一句话写明要做的事，最多500字。")
				.parse(input -> {
					if (input.length() > 500) {
						throw new InputRejected("提醒事项最多500字。");
					}
					return input;
				}))
			.completes((speaker, officer, data) -> {
				Reminder reminder = scheduler.remind(officer.userid(), data.require("group"),
						LocalDateTime.parse(data.require("when")), data.require("subject"));
				return List.of(new Reply.Text(texts.created(reminder)));
			});
	}

}
