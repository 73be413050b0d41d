package cn.jiangle.ecojustice.bot.reminders;

import java.util.List;

import cn.jiangle.ecojustice.bot.conversation.AskStep;
import cn.jiangle.ecojustice.bot.conversation.Flow;
import cn.jiangle.ecojustice.bot.conversation.InputRejected;
import cn.jiangle.ecojustice.bot.messages.Reply;
import cn.jiangle.ecojustice.bot.officers.Action;
import cn.jiangle.ecojustice.bot.officers.Permission;
import cn.jiangle.ecojustice.db.InvalidInput;
import cn.jiangle.ecojustice.db.officers.Officer;
import cn.jiangle.ecojustice.jobs.reminders.ReminderScheduler;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * 提醒, step by step: which liaison group, when (once, or 每季度/每月), what. Started by 「提醒」 alone, or when a one-line
 * 「提醒 林业局联络组 12月1日9点 报送季度修复进展」 lacks a part: then only the missing parts are asked.
 */
@Configuration(proxyBeanMethods = false)
class ReminderFlow {

	static final String NAME = "提醒";

	static final String GROUP = "group";

	static final String WHEN = "when";

	static final String SUBJECT = "subject";

	static final Permission PERMISSION = Permission.to(Action.SET_REMINDER);

	@Bean
	Flow<Officer> freeFormReminder(ReminderScheduler scheduler, ReminderTexts texts, ReminderRequests requests) {
		return Flow.<Officer>named(NAME)
			.summary("给联络组设置提醒，如「提醒 林业局联络组 12月1日9点 报送季度修复进展」，定期的如「提醒 基金管理委员会联络组 "
					+ "每季度第一个月10日 9:30 基金使用情况专题会议」；「我的提醒」查看")
			.keywords("设置提醒", "新建提醒")
			.access(PERMISSION)
			.step(AskStep.<Officer>ask(GROUP, GROUP,
					context -> "提醒哪个联络组？现有：" + String.join("、", scheduler.groups().names()) + "。")
				.help("回复联络组名称，如「林业局联络组」。")
				.parse(input -> scheduler.groups().keyOf(input))
				.when(context -> !context.data().has(GROUP)))
			.step(AskStep.<Officer>ask(WHEN, WHEN,
					"什么时间提醒？如「12月1日9点」「明天下午3点」；定期的如「每季度第一个月10日 9:30」「每月15日 14:30」。")
				.help("写日期和时间，如「12月1日9点」「12月1日 14:30」「明天上午10点」；只写日期时按当天上午提醒。"
						+ "定期提醒写「每季度第一个月10日 9:30」「每季度 1月10日9:30起」或「每月15日 14:30」，"
						+ "逢节假日顺延至下一个工作日。")
				.parse(input -> {
					ReminderWhen.Found found = ReminderWhen.find(input, scheduler)
						.filter(f -> f.before().isEmpty() && f.after().isEmpty())
						.orElseThrow(() -> new InputRejected(
								"没看懂这个时间，请写成如「12月1日9点」「明天下午3点」，定期的写「每季度第一个月10日 9:30」。"));
					if (!found.when().recurring()) {
						texts.requireFuture(found.when().once());
					}
					return found.when().toData();
				})
				.when(context -> !context.data().has(WHEN)))
			.step(AskStep.<Officer>ask(SUBJECT, SUBJECT, "提醒什么事项？如「报送季度修复进展」。")
				.help("一句话写明要做的事，最多500字。")
				.parse(input -> {
					if (input.length() > 500) {
						throw new InputRejected("提醒事项最多500字。");
					}
					return input;
				})
				.when(context -> !context.data().has(SUBJECT)))
			.completes((speaker, officer, data) -> {
				try {
					return List.of(new Reply.Text(requests.create(officer, data.require(GROUP),
							ReminderWhen.fromData(data.require(WHEN)), data.require(SUBJECT))));
				}
				catch (InvalidInput ex) {
					// e.g. the time passed meanwhile, or the committee has a meeting then: ask that part again
					throw InputRejected.at(stepOf(ex.field()), ex.getMessage());
				}
			});
	}

	private static String stepOf(String field) {
		return switch (field) {
			case "group" -> GROUP;
			case "dueAt", "number" -> WHEN;
			default -> SUBJECT;
		};
	}

}
