package cn.jiangle.ecojustice.bot.chat;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.jiangle.ecojustice.bot.conversation.Commands;
import cn.jiangle.ecojustice.bot.conversation.Conversations;
import cn.jiangle.ecojustice.bot.conversation.Flow;
import cn.jiangle.ecojustice.bot.conversation.FlowCatalog;
import cn.jiangle.ecojustice.bot.conversation.Speaker;
import cn.jiangle.ecojustice.bot.conversation.Turn;
import cn.jiangle.ecojustice.bot.officers.Action;
import cn.jiangle.ecojustice.bot.officers.OfficerCommand;
import cn.jiangle.ecojustice.bot.officers.Permissions;
import cn.jiangle.ecojustice.bot.qa.OfficerQuestions;
import cn.jiangle.ecojustice.bot.reminders.ReminderDesk;
import cn.jiangle.ecojustice.bot.messages.InboundMessage;
import cn.jiangle.ecojustice.bot.messages.InboundMessage.Channel;
import cn.jiangle.ecojustice.bot.messages.Reply;
import cn.jiangle.ecojustice.db.officers.Officer;
import cn.jiangle.ecojustice.db.officers.Officers;

import org.springframework.stereotype.Component;

/**
 * Officers on the self-built application. A registered, active officer's text goes, in order, to: the active guided
 * flow or a flow keyword; 帮助/菜单; a one-line command ({@link OfficerCommand}); a reminder command; a pointer to
 * 帮助 for a command that does not exist ({@link GuessedCommands}); a pending 👎 reason; otherwise the knowledge base as a question. What an officer may do is
 * {@link Permissions}'s to say. Unknown users get one polite sentence and nothing else; pictures and files go to the
 * active flow's step when it takes them (attachments), other non-text messages get a polite "text only".
 */
@Component
class OfficerDesk {

	private static final Logger log = LoggerFactory.getLogger(OfficerDesk.class);

	static final String UNKNOWN_USER = "您好，您尚未登记为本系统的工作人员，如需使用请联系本单位管理员登记。";

	static final String DEACTIVATED = "您的账号已停用，如有疑问请联系系统管理员。";

	static final String TEXT_ONLY = "目前只支持文字消息，请用文字提问或回复。";

	static final String STALE_BUTTON = "该按钮已失效，请发送「帮助」查看可用功能。";

	private static final Set<String> MENU_WORDS = Set.of("菜单", "功能", "menu", "开始", "你好", "您好", "hi", "hello");

	static final String MENU_KEY = "menu_help";

	private final Officers officers;

	private final Conversations conversations;

	private final FlowCatalog<Officer> catalog;

	private final OfficerQuestions questions;

	private final ReminderDesk reminders;

	private final List<OfficerCommand> commands;

	OfficerDesk(Officers officers, Conversations conversations, List<Flow<Officer>> flows,
			OfficerQuestions questions, ReminderDesk reminders, List<OfficerCommand> commands) {
		this.officers = officers;
		this.conversations = conversations;
		this.catalog = new FlowCatalog<>(flows);
		this.questions = questions;
		this.reminders = reminders;
		this.commands = List.copyOf(commands);
	}

	List<Reply> handle(InboundMessage message) {
		Optional<Officer> found = officers.find(message.fromUser());
		if (found.isEmpty() || !found.get().active()) {
			// a stranger writing to the 智能机器人 is ignored: the bot's answers are for officers only
			return message.channel() == Channel.AIBOT ? List.of() : stranger(message, found.isPresent());
		}
		Officer officer = found.get();
		// one-to-one with the 智能机器人 is the same conversation as with the application
		Speaker speaker = new Speaker(message.channel() == Channel.AIBOT ? Channel.APP : message.channel(),
				message.fromUser());
		return switch (message.kind()) {
			case TEXT -> text(officer, speaker, message);
			case BUTTON_CLICK -> button(officer, speaker, message);
			case SUBSCRIBE -> List.of(new Reply.Text(menu(officer, speaker)));
			case IMAGE, FILE -> media(officer, speaker, message);
			case UNSUPPORTED_MEDIA, LOCATION -> List.of(new Reply.Text(textOnly(speaker)));
			case ENTER_SESSION, OTHER_EVENT -> List.of();
		};
	}

	private List<Reply> stranger(InboundMessage message, boolean deactivated) {
		return switch (message.kind()) {
			case TEXT, UNSUPPORTED_MEDIA, IMAGE, LOCATION, FILE, BUTTON_CLICK, SUBSCRIBE -> {
				log.info("Message from {} who is not an active officer", message.fromUser());
				yield List.of(new Reply.Text(deactivated ? DEACTIVATED : UNKNOWN_USER));
			}
			case ENTER_SESSION, OTHER_EVENT -> List.of();
		};
	}

	private List<Reply> text(Officer officer, Speaker speaker, InboundMessage message) {
		String text = message.content() == null ? "" : message.content();
		Optional<List<Reply>> inFlow = conversations.handle(catalog, speaker, officer, message.eventId(),
				new Turn.Text(text));
		if (inFlow.isPresent()) {
			return inFlow.get();
		}
		String command = Commands.normalise(text).toLowerCase(java.util.Locale.ROOT);
		if (command.isEmpty()) {
			return List.of(new Reply.Text(menu(officer, speaker)));
		}
		if (Commands.isHelp(text) || MENU_WORDS.contains(command)) {
			return List.of(new Reply.Text(menu(officer, speaker)));
		}
		if (Commands.isCancel(text) || Commands.isBack(text)) {
			return List.of(new Reply.Text("当前没有进行中的操作。发送「帮助」查看可用功能。"));
		}
		Optional<List<Reply>> oneLiner = command(officer, message.eventId(), Commands.normalise(text));
		if (oneLiner.isPresent()) {
			return oneLiner.get();
		}
		Optional<List<Reply>> reminder = reminders.handle(officer, speaker, message.eventId(), text, catalog);
		if (reminder.isPresent()) {
			return reminder.get();
		}
		Optional<String> guessed = GuessedCommands.pointer(text);
		if (guessed.isPresent()) {
			return List.of(new Reply.Text(guessed.get()));
		}
		Optional<List<Reply>> reason = questions.takeReason(officer, text);
		if (reason.isPresent()) {
			return reason.get();
		}
		Optional<String> refused = Permissions.STANDARD.refusal(officer, Action.ASK_QUESTION);
		if (refused.isPresent()) {
			return List.of(new Reply.Text(refused.get()));
		}
		return questions.answer(officer, message.eventId(), text);
	}

	/** A one-line command's answer, or its refusal by the table; empty when the text is no command. */
	private Optional<List<Reply>> command(Officer officer, long eventId, String text) {
		for (OfficerCommand command : commands) {
			if (command.matches(text)) {
				Optional<String> refused = Permissions.STANDARD.refusal(officer, command.action());
				return Optional.of(refused.<List<Reply>>map(reason -> List.of(new Reply.Text(reason)))
					.orElseGet(() -> command.run(officer, text, eventId)));
			}
		}
		return Optional.empty();
	}

	private List<Reply> button(Officer officer, Speaker speaker, InboundMessage message) {
		String key = message.eventKey() == null ? "" : message.eventKey();
		if (OfficerQuestions.isFeedbackKey(key)) {
			return questions.rate(officer, message.taskId(), key);
		}
		Optional<List<Reply>> inFlow = conversations.handle(catalog, speaker, officer, message.eventId(),
				new Turn.Button(key, message.taskId()));
		if (inFlow.isPresent()) {
			return inFlow.get();
		}
		Optional<List<Reply>> reminder = reminders.button(officer, key);
		if (reminder.isPresent()) {
			return reminder.get();
		}
		if (MENU_KEY.equals(key)) {
			return List.of(new Reply.Text(menu(officer, speaker)));
		}
		return List.of(new Reply.Text(STALE_BUTTON));
	}

	/** A picture or file: for the active flow's step if it takes them (支付申请's attachments), else text only. */
	private List<Reply> media(Officer officer, Speaker speaker, InboundMessage message) {
		return conversations.handle(catalog, speaker, officer, message.eventId(), new Turn.Media(message))
			.orElseGet(() -> List.of(new Reply.Text(textOnly(speaker))));
	}

	private String textOnly(Speaker speaker) {
		return conversations.activeFlow(speaker)
			.map(flow -> TEXT_ONLY + "您正在进行「" + flow + "」，请用文字回答上一条提示，或回复「取消」退出。")
			.orElse(TEXT_ONLY);
	}

	/** 「张三（将乐县人民法院·承办人）您好！」; an administrator of no agency named for the role is greeted once. */
	static String greeting(Officer officer) {
		String name = Commands.quote(officer.name());
		String position = Permissions.position(officer, "·");
		return (position.equals(name) ? name : name + "（" + position + "）") + "您好！";
	}

	/** What this officer can do, as {@link Permissions} allows. */
	String menu(Officer officer, Speaker speaker) {
		StringBuilder text = new StringBuilder();
		text.append(greeting(officer)).append("您可以：");
		if (Permissions.STANDARD.allows(officer, Action.ASK_QUESTION)) {
			text.append("\n· 直接提问政策问题，如「碳汇认购的流程是什么？」，回答附出处；追问会沿用上一个话题");
		}
		for (Flow<Officer> flow : catalog.flows()) {
			if (flow.access().refusal(officer).isEmpty()) {
				text.append("\n· 发送「").append(flow.name()).append("」：").append(flow.summary());
			}
		}
		for (OfficerCommand command : commands) {
			if (Permissions.STANDARD.allows(officer, command.action())) {
				text.append("\n· 发送「").append(command.usage()).append("」：").append(command.summary());
			}
		}
		text.append("\n办理过程中随时可回复「返回」回到上一步、「取消」退出、「帮助」查看当前步骤说明。");
		conversations.activeFlow(speaker)
			.ifPresent(flow -> text.append("\n（您有未完成的「").append(flow).append("」，接着回答上一条提示即可继续。）"));
		return text.toString();
	}

}
