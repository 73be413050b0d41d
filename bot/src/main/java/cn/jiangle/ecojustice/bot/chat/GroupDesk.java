package cn.jiangle.ecojustice.bot.chat;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.jiangle.ecojustice.bot.conversation.Commands;
import cn.jiangle.ecojustice.bot.conversation.Flow;
import cn.jiangle.ecojustice.bot.conversation.Speaker;
import cn.jiangle.ecojustice.bot.messages.InboundMessage;
import cn.jiangle.ecojustice.bot.messages.InboundMessage.Channel;
import cn.jiangle.ecojustice.bot.messages.Reply;
import cn.jiangle.ecojustice.bot.officers.Action;
import cn.jiangle.ecojustice.bot.officers.Permissions;
import cn.jiangle.ecojustice.bot.qa.OfficerQuestions;
import cn.jiangle.ecojustice.bot.reminders.ReminderDesk;
import cn.jiangle.ecojustice.db.officers.Officer;
import cn.jiangle.ecojustice.db.officers.Officers;

import org.springframework.stereotype.Component;

/**
 * Officers who @-mention the 智能机器人 in an internal group chat (the liaison groups). Everyone in the group reads the
 * answer, so the group gets only what the documents say and reminder acknowledgements: a policy question is answered
 * with citations (the asker's officer record decides whether they may ask), 「已知悉 R123」/「已完成 R123」 acknowledges a
 * reminder as the asker. Anything touching case data — every guided flow (查询案件, 绑定码, 新建案件 …), case numbers,
 * ID or phone numbers, personal reminder commands — is refused with a pointer to ask one-to-one, and never reaches a
 * flow: a group message does not continue the asker's one-to-one conversation either. Strangers are ignored.
 */
@Component
class GroupDesk {

	private static final Logger log = LoggerFactory.getLogger(GroupDesk.class);

	static final String ONE_TO_ONE = "为保护案件信息，群聊中不提供案件查询、绑定码、金额和当事人信息等内容，也不在群里办理登记。"
			+ "请与我单聊（点击我的头像发消息）后再发送。";

	static final String TEXT_ONLY = "群聊中请@我并用文字提问。";

	private static final Set<String> HELP_WORDS = Set.of("帮助", "菜单", "功能", "help", "menu", "?", "？", "你好", "您好");

	private static final Pattern ACKNOWLEDGEMENT = Pattern.compile("^(已知悉|已完成)(\\s|[Rr]|\\d|$).*");

	/** Case data, or commands about one person's cases and reminders, however phrased. */
	private static final Pattern CASE_DATA = Pattern.compile(
			"绑定码|查询案件|案件查询|查案件|案件详情|案件进度|我的案件|我的提醒|查看提醒|取消提醒|^提醒|^改期|^改时间|^安排会议"
					+ "|（\\d{4}）[^\\s]{1,12}号|\\(\\d{4}\\)[^\\s]{1,12}号|\\d{17}[\\dXx]|(?<!\\d)1[3-9]\\d{9}(?!\\d)"
					+ "|被告人?.{0,12}(金额|欠|赔|缴|付|名字|姓名|电话|身份证)");

	private final Officers officers;

	private final List<Flow<Officer>> flows;

	private final OfficerQuestions questions;

	private final ReminderDesk reminders;

	GroupDesk(Officers officers, List<Flow<Officer>> flows, OfficerQuestions questions, ReminderDesk reminders) {
		this.officers = officers;
		this.flows = List.copyOf(flows);
		this.questions = questions;
		this.reminders = reminders;
	}

	List<Reply> handle(InboundMessage message) {
		Optional<Officer> found = officers.find(message.fromUser()).filter(Officer::active);
		if (found.isEmpty()) {
			return List.of();
		}
		Officer officer = found.get();
		return switch (message.kind()) {
			case TEXT -> text(officer, message);
			case BUTTON_CLICK -> OfficerQuestions.isFeedbackKey(message.eventKey())
					? questions.rate(officer, message.taskId(), message.eventKey())
					: List.of(new Reply.Text(OfficerDesk.STALE_BUTTON));
			case UNSUPPORTED_MEDIA, IMAGE, LOCATION, FILE -> List.of(new Reply.Text(TEXT_ONLY));
			case SUBSCRIBE, ENTER_SESSION, OTHER_EVENT -> List.of();
		};
	}

	private List<Reply> text(Officer officer, InboundMessage message) {
		String text = message.content() == null ? "" : message.content().strip();
		String command = Commands.normalise(text).toLowerCase(Locale.ROOT);
		if (command.isEmpty() || HELP_WORDS.contains(command) || Commands.isHelp(text)) {
			return List.of(new Reply.Text(help(officer)));
		}
		if (ACKNOWLEDGEMENT.matcher(command).matches()) {
			// acknowledged as the asker, exactly as in one-to-one chat
			return reminders.handle(officer, new Speaker(Channel.APP, officer.userid()), message.eventId(), text, null)
				.orElseGet(() -> List.of(new Reply.Text(ONE_TO_ONE)));
		}
		if (isCaseData(text, command)) {
			log.info("Group message #{} from {} asks for case data: pointed to one-to-one chat", message.eventId(),
					officer.userid());
			return List.of(new Reply.Text(ONE_TO_ONE));
		}
		Optional<String> refused = Permissions.STANDARD.refusal(officer, Action.ASK_QUESTION);
		if (refused.isPresent()) {
			return List.of(new Reply.Text(refused.get()));
		}
		return questions.answer(officer, message.eventId(), text);
	}

	private boolean isCaseData(String text, String command) {
		for (Flow<Officer> flow : flows) {
			if (flow.name().equals(command) || flow.keywords().stream().anyMatch(k -> Commands.normalise(k).equals(command))) {
				return true;
			}
		}
		return CASE_DATA.matcher(text).find() || GuessedCommands.pointer(text).isPresent();
	}

	private static String help(Officer officer) {
		return OfficerDesk.greeting(officer) + "在群里@我可以：\n· 直接提问政策问题，如「碳汇认购的流程是什么？」，回答附出处\n"
				+ "· 发送「已知悉 R123」或「已完成 R123」确认提醒\n案件查询、绑定码、新建案件等涉及案件信息的功能，请与我单聊。";
	}

}
