package cn.jiangle.ecojustice.bot.defendants;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.jiangle.ecojustice.bot.carbon.CarbonGuidanceProperties;
import cn.jiangle.ecojustice.bot.conversation.Commands;
import cn.jiangle.ecojustice.bot.conversation.Conversations;
import cn.jiangle.ecojustice.bot.conversation.Flow;
import cn.jiangle.ecojustice.bot.conversation.FlowCatalog;
import cn.jiangle.ecojustice.bot.conversation.Speaker;
import cn.jiangle.ecojustice.bot.conversation.Turn;
import cn.jiangle.ecojustice.bot.messages.InboundMessage;
import cn.jiangle.ecojustice.bot.messages.KfSessions;
import cn.jiangle.ecojustice.bot.messages.Messenger;
import cn.jiangle.ecojustice.bot.messages.Recipient;
import cn.jiangle.ecojustice.bot.messages.Reply;
import cn.jiangle.ecojustice.db.binding.BindingCodeNotRedeemable;
import cn.jiangle.ecojustice.db.binding.BindingCodes;
import cn.jiangle.ecojustice.db.cases.CaseNumber;
import cn.jiangle.ecojustice.db.outbox.IdempotencyKey;
import cn.jiangle.ecojustice.db.restoration.Binding;
import cn.jiangle.ecojustice.db.restoration.BindingLocked;
import cn.jiangle.ecojustice.db.restoration.Bindings;
import cn.jiangle.ecojustice.db.restoration.RestorationFile;
import cn.jiangle.ecojustice.db.restoration.RestorationFiles;
import cn.jiangle.ecojustice.db.restoration.RestorationState;
import cn.jiangle.ecojustice.db.InvalidInput;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * 微信客服 (defendants). A WeChat user is bound to exactly one party by redeeming the officer's 绑定码 (from the link's
 * scene_param or typed); a bound user reaches only that party's restoration file — nothing they type names another
 * case, party or officer. While a human servicer has the session (「人工」) the assistant stays silent. Everything
 * here runs in the dispatcher's transaction and only changes the database; replies become outbox rows.
 */
@Component
@EnableConfigurationProperties(CarbonGuidanceProperties.class)
public class DefendantDesk {

	private static final Logger log = LoggerFactory.getLogger(DefendantDesk.class);

	private static final Set<String> HOME_WORDS = Set.of("我的案件", "案件", "我的案子", "进度", "查询", "查询进度", "案件进度",
			"我的进度", "首页", "主页", "开始", "你好", "您好", "在吗", "在不在", "hi", "hello", "喂", "早上好", "上午好", "下午好",
			"晚上好", "嗨", "哈喽");

	private static final Set<String> HUMAN_WORDS = Set.of("人工", "转人工", "人工客服", "转人工客服", "找人工", "人工服务",
			"客服", "真人");

	private static final Set<String> MENU_WORDS = Set.of("菜单", "功能", "menu");

	private static final Set<String> ORIENTATION_WORDS = Set.of("修复方式", "选择修复方式", "生态修复方式", "两种方式", "怎么修复");

	/** 12 code characters, optionally grouped 4-4-4, standing alone inside a longer message. */
	private static final Pattern CODE_IN_TEXT = Pattern
		.compile("(?<![0-9A-Za-z])[0-9A-Za-z]{4}[-－ ]?[0-9A-Za-z]{4}[-－ ]?[0-9A-Za-z]{4}(?![0-9A-Za-z])");

	/** Anything written like a case number: court 案号, police and procuratorate numbers. */
	private static final Pattern CASE_NUMBER = Pattern.compile("[（(]\\s*\\d{4}\\s*[）)][^\\s，。,；;？?]{1,24}?号|〔\\d{4}〕\\d+号");

	private final Bindings bindings;

	private final RestorationFiles files;

	private final KfSessions sessions;

	private final Messenger messenger;

	private final Conversations conversations;

	private final FlowCatalog<Defendant> catalog;

	private final DefendantAnswers answers;

	private final CarbonSubscription subscription;

	private final LabourDesk labour;

	private final LabourCheckIns checkIns;

	private final Clock clock;

	DefendantDesk(Bindings bindings, RestorationFiles files, KfSessions sessions, Messenger messenger,
			Conversations conversations, List<Flow<Defendant>> flows, DefendantAnswers answers,
			CarbonSubscription subscription, LabourDesk labour, LabourCheckIns checkIns, Clock clock) {
		this.bindings = bindings;
		this.files = files;
		this.sessions = sessions;
		this.messenger = messenger;
		this.conversations = conversations;
		this.catalog = new FlowCatalog<>(flows);
		this.answers = answers;
		this.subscription = subscription;
		this.labour = labour;
		this.checkIns = checkIns;
		this.clock = clock;
	}

	public List<Reply> handle(InboundMessage message) {
		if (sessions.withHuman(message.fromUser())) {
			log.info("Event {} left to the human servicer", message.eventId());
			return List.of();
		}
		Optional<Binding> bound = bindings.ofUser(message.fromUser());
		return switch (message.kind()) {
			case ENTER_SESSION -> entered(message, bound);
			case TEXT -> bound.isPresent() ? boundText(message, bound.get()) : unboundText(message);
			case BUTTON_CLICK -> bound.map(binding -> click(message, binding))
				.orElseGet(() -> List.of(new Reply.Text(DefendantTexts.WELCOME)));
			case IMAGE, LOCATION -> bound.map(binding -> checkIns.handle(message, binding))
				.orElseGet(() -> List.of(new Reply.Text(DefendantTexts.TEXT_ONLY)));
			case FILE, UNSUPPORTED_MEDIA -> List.of(new Reply.Text(DefendantTexts.TEXT_ONLY));
			default -> List.of();
		};
	}

	private List<Reply> entered(InboundMessage message, Optional<Binding> bound) {
		Optional<String> code = BindingCodes.normalise(message.sceneParam());
		if (code.isPresent()) {
			return bind(message, code.get());
		}
		if (bound.isPresent()) {
			RestorationFile file = files.get(bound.get().partyId());
			return List.of(new Reply.Text("您好，欢迎回来！\n" + home(file) + "\n回复「帮助」查看您可以办理的事项。"));
		}
		return List.of(new Reply.Text(DefendantTexts.WELCOME));
	}

	private List<Reply> unboundText(InboundMessage message) {
		String text = message.content() == null ? "" : message.content();
		String command = command(text);
		Optional<String> code = codeIn(text);
		if (code.isPresent()) {
			return bind(message, code.get());
		}
		if (HUMAN_WORDS.contains(command)) {
			return handOver(message);
		}
		if (Commands.isHelp(text) || MENU_WORDS.contains(command)) {
			return List.of(new Reply.Text(DefendantTexts.HELP_UNBOUND));
		}
		if (ORIENTATION_WORDS.contains(command)) {
			return List.of(new Reply.Text(DefendantTexts.ORIENTATION));
		}
		if (command.isEmpty() || HOME_WORDS.contains(command)) {
			return List.of(new Reply.Text(DefendantTexts.WELCOME));
		}
		if (catalogWord(command) || CASE_NUMBER.matcher(text).find()) {
			return List.of(new Reply.Text(DefendantTexts.NOT_BOUND));
		}
		return answers.answer(message.eventId(), text);
	}

	private List<Reply> boundText(InboundMessage message, Binding binding) {
		String text = message.content() == null ? "" : message.content();
		String command = command(text);
		RestorationFile file = files.get(binding.partyId());
		if (file.state() == RestorationState.CLOSED) {
			return List.of(new Reply.Text(CaseHome.closed(file)));
		}
		if (HUMAN_WORDS.contains(command)) {
			return handOver(message);
		}
		Speaker speaker = new Speaker(InboundMessage.Channel.KF, message.fromUser());
		Defendant defendant = new Defendant(binding);
		if (PathFlows.CARBON.equals(command) && conversations.activeFlow(speaker).isEmpty() && awaitingPayment(file)) {
			// already chosen and not yet paid in full: the tonnes and the QR code again, no new request
			return subscription.offer(file);
		}
		Optional<List<Reply>> inFlow = conversations.handle(catalog, speaker, defendant, message.eventId(),
				new Turn.Text(text));
		if (inFlow.isPresent()) {
			return inFlow.get();
		}
		Optional<List<Reply>> labourWord = labour.command(defendant, command);
		if (labourWord.isPresent()) {
			return labourWord.get();
		}
		if (Commands.isHelp(text) || MENU_WORDS.contains(command)) {
			return List.of(new Reply.Text(DefendantTexts.HELP_BOUND));
		}
		if (Commands.isCancel(text) || Commands.isBack(text)) {
			return List.of(new Reply.Text("当前没有进行中的操作。回复「帮助」查看您可以办理的事项。"));
		}
		if (command.isEmpty() || HOME_WORDS.contains(command)) {
			return List.of(new Reply.Text(home(file)));
		}
		if (ORIENTATION_WORDS.contains(command)) {
			return List.of(new Reply.Text(DefendantTexts.ORIENTATION));
		}
		Optional<String> code = codeIn(text);
		if (code.isPresent()) {
			return bind(message, code.get());
		}
		Matcher caseNumber = CASE_NUMBER.matcher(text);
		if (caseNumber.find()) {
			return isOwn(caseNumber.group(), file) ? List.of(new Reply.Text(home(file)))
					: List.of(new Reply.Text(DefendantTexts.OTHER_CASE));
		}
		return answers.answer(message.eventId(), text);
	}

	private List<Reply> click(InboundMessage message, Binding binding) {
		RestorationFile file = files.get(binding.partyId());
		if (file.state() == RestorationState.CLOSED) {
			return List.of(new Reply.Text(CaseHome.closed(file)));
		}
		Speaker speaker = new Speaker(InboundMessage.Channel.KF, message.fromUser());
		return conversations
			.handle(catalog, speaker, new Defendant(binding), message.eventId(),
					new Turn.Button(message.eventKey(), message.taskId()))
			.orElseGet(() -> List.of(new Reply.Text("该选项已失效，请回复「帮助」查看可办理的事项。")));
	}

	/** The case home, with the labour part when the party applied for 劳役代偿. */
	private String home(RestorationFile file) {
		return CaseHome.render(file, labour.home(file.partyId()));
	}

	private List<Reply> bind(InboundMessage message, String code) {
		String openKfId = message.openKfId() == null ? "" : message.openKfId();
		Binding binding;
		try {
			// not in a savepoint: a refused attempt is written and must commit to count towards the lock
			binding = bindings.redeem(message.fromUser(), openKfId, code, message.eventId(), clock.instant());
		}
		catch (BindingLocked locked) {
			log.info("Binding refused to {}: locked", message.fromUser());
			return List.of(new Reply.Text("绑定未成功：" + locked.getMessage()));
		}
		catch (BindingCodeNotRedeemable refused) {
			log.info("Binding refused to {}: {}", message.fromUser(), refused.reason());
			return List.of(new Reply.Text("绑定未成功：" + refusal(refused)));
		}
		log.info("WeChat user {} bound to party {}", message.fromUser(), binding.partyId());
		RestorationFile file = files.get(binding.partyId());
		return List.of(new Reply.Text("绑定成功！以后您可以在这里办理本案的生态修复事项。\n" + home(file)
				+ "\n回复「帮助」查看您可以办理的事项。"));
	}

	private static String refusal(BindingCodeNotRedeemable refused) {
		return switch (refused.reason()) {
			case UNKNOWN -> "绑定码不正确，请核对后重新发送（绑定码由承办人提供，共 12 位，如 ABCD-EFGH-JKMN）。连续输错 5 次将暂停绑定一小时。";
			case EXPIRED -> "该绑定码已过期，请联系承办人重新获取。";
			case USED -> "该绑定码已被使用，每个绑定码只能使用一次。如不是您本人使用的，请尽快联系承办人。";
			case REVOKED -> "该绑定码已作废（承办人已签发了新的绑定码），请使用最新的绑定码。";
			case ALREADY_BOUND_ELSEWHERE -> refused.getMessage();
		};
	}

	private List<Reply> handOver(InboundMessage message) {
		String openKfId = message.openKfId();
		if (openKfId == null || openKfId.isBlank()) {
			return List.of(new Reply.Text("暂时无法转接人工客服，请联系承办人。"));
		}
		try {
			// the notice goes first: once a servicer has the session the assistant may no longer send
			messenger.send(new Recipient.Customer(openKfId, message.fromUser()),
					List.of(new Reply.Text(DefendantTexts.HUMAN)), IdempotencyKey.of("kf-human-notice", message.eventId()));
			sessions.handOverToHuman(openKfId, message.fromUser(), IdempotencyKey.of("kf-human", message.eventId()));
		}
		catch (KfSessions.NoServicerConfigured ex) {
			log.warn("No human servicer configured for 微信客服 account {}", openKfId);
			return List.of(new Reply.Text("暂时没有人工客服可以接待，请稍后再试，或直接联系承办人。"));
		}
		log.info("Session of {} handed to a human servicer", message.fromUser());
		return List.of();
	}

	private static boolean awaitingPayment(RestorationFile file) {
		return file.state() == RestorationState.AWAITING_PAYMENT || file.state() == RestorationState.PARTIALLY_PAID;
	}

	private static boolean catalogWord(String command) {
		return command.equals(PathFlows.CARBON) || command.equals(PathFlows.LABOUR) || command.contains("绑定");
	}

	private static boolean isOwn(String written, RestorationFile file) {
		try {
			return CaseNumber.parse(written).toString().equals(file.caseNumber());
		}
		catch (InvalidInput ex) {
			return false;
		}
	}

	private static String command(String text) {
		// 「在吗？」 greets like 「在吗」
		return Commands.normalise(text).replaceAll("\\s+", "").replaceAll("[?？]+$", "").toLowerCase(Locale.ROOT);
	}

	/** The 绑定码 in {@code text}: the whole message, or a 12-character group inside it. */
	private static Optional<String> codeIn(String text) {
		Optional<String> whole = BindingCodes.normalise(Commands.normalise(text));
		if (whole.isPresent()) {
			return whole;
		}
		Matcher candidate = CODE_IN_TEXT.matcher(text);
		while (candidate.find()) {
			Optional<String> code = BindingCodes.normalise(candidate.group());
			if (code.isPresent()) {
				return code;
			}
		}
		return Optional.empty();
	}

}
