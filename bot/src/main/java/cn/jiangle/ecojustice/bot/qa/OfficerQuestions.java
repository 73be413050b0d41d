package cn.jiangle.ecojustice.bot.qa;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import cn.jiangle.ecojustice.bot.messages.PreparationNeeded;
import cn.jiangle.ecojustice.bot.messages.Reply;
import cn.jiangle.ecojustice.db.officers.Officer;
import cn.jiangle.ecojustice.db.qa.Feedback.Rating;
import cn.jiangle.ecojustice.db.qa.QuestionLog;
import cn.jiangle.ecojustice.db.qa.QuestionLog.NewAnswer;
import cn.jiangle.ecojustice.db.qa.QuestionLog.StoredContext;
import cn.jiangle.ecojustice.db.qa.RecordedAnswer;
import cn.jiangle.ecojustice.knowledge.Answer;
import cn.jiangle.ecojustice.knowledge.Citation;
import cn.jiangle.ecojustice.knowledge.FollowUpContext;
import cn.jiangle.ecojustice.knowledge.KnowledgeBase;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Import;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Officer Q&A: a question goes to the knowledge base (with the officer's follow-up context, kept in the database),
 * the cited answer comes back with a 👍/👎 card, and every answer is recorded (officer, question, clause ids, mode,
 * reply, latency). After 👎 the officer's next message within {@link QaProperties#reasonWindow()} is taken as the
 * reason unless it reads as a new question (see {@link #looksLikeQuestion}); 「原因：…」 gives a reason for
 * the latest rated answer at any time within a day.
 */
@Component
@EnableConfigurationProperties(QaProperties.class)
@Import(QuestionLog.class)
public class OfficerQuestions {

	private static final Logger log = LoggerFactory.getLogger(OfficerQuestions.class);

	/** Card button keys. */
	public static final String UP = "qa_up";

	public static final String DOWN = "qa_down";

	private static final Pattern REASON_PREFIX = Pattern.compile("^\\s*(原因|理由)\\s*[:：]\\s*");

	/** Unmistakably a question: a question mark, a final 吗/呢, or an opening 请问 / 那… (a follow-up). */
	private static final Pattern PLAIN_QUESTION = Pattern.compile(
			"(?s).*[?？]\\s*|.*[吗呢][。.!！]?\\s*|(请问|请教|咨询|那么|那).*");

	private static final Pattern QUESTION_WORD = Pattern.compile(
			"什么|怎么|怎样|如何|为什么|为何|哪些|哪个|哪里|多少|几[个天年月次]|是否|能否|可否|能不能|可不可以");

	/** How a complaint about an answer usually opens (「没有说明怎么申请」 is a reason, not a question). */
	private static final Pattern CRITIQUE = Pattern.compile("(没|未|不|缺|少|应|漏|错|答非所问|回答|答案|引用|内容|条款|太).*");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
	};

	private static final String CARD_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

	private final KnowledgeBase knowledge;

	private final QuestionLog questionLog;

	private final QaProperties properties;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	private final PreparedAnswers prepared = new PreparedAnswers();

	OfficerQuestions(KnowledgeBase knowledge, QuestionLog questionLog, QaProperties properties, Clock clock) {
		this.knowledge = knowledge;
		this.questionLog = questionLog;
		this.properties = properties;
		this.clock = clock;
	}

	public static boolean isFeedbackKey(String key) {
		return UP.equals(key) || DOWN.equals(key);
	}

	/** Answers a question, records the answer and keeps the follow-up context; replies are the answer and a card. */
	public List<Reply> answer(Officer officer, long eventId, String question) {
		Optional<RecordedAnswer> already = questionLog.forEvent(eventId);
		if (already.isPresent()) {
			return replies(already.get());
		}
		Instant now = clock.instant();
		questionLog.stopAwaitingReason(officer.userid());
		FollowUpContext context = questionLog.context(officer.userid())
			.filter(stored -> !stored.updatedAt().plus(properties.followUpWindow()).isBefore(now))
			.map(OfficerQuestions::contextOf)
			.orElse(FollowUpContext.NONE);
		PreparedAnswers.Timed timed = ask(eventId, question, context);
		Answer answer = timed.answer();
		int latency = timed.latencyMillis();
		String reply = replyText(answer);
		List<String> clauses = answer.citations().stream().map(OfficerQuestions::clauseId).distinct().toList();
		RecordedAnswer recorded = questionLog.record(new NewAnswer(officer.userid(), eventId, answer.question(), clauses,
				answer.mode().name(), answer.abstained(), reply, latency, newTaskId()), now);
		if (answer.followUp() != null && !answer.followUp().isEmpty()) {
			questionLog.saveContext(officer.userid(), json(answer.followUp()), now);
		}
		log.info("Answer #{} for {}: {} {} clause(s), abstained={}, {} ms", recorded.id(), officer.userid(),
				answer.mode(), clauses.size(), answer.abstained(), latency);
		return replies(recorded);
	}

	/**
	 * The knowledge base's answer, never computed while a transaction is open: the optional chat model may take
	 * seconds, and the dispatcher's transaction holds locks. Inside one, the dispatcher is asked to compute it first
	 * ({@link PreparationNeeded}) and to handle the message again; the prepared answer is then taken here.
	 */
	private PreparedAnswers.Timed ask(long eventId, String question, FollowUpContext context) {
		PreparedAnswers.Key key = new PreparedAnswers.Key(eventId, question, context);
		PreparedAnswers.Timed ready = prepared.take(key);
		if (ready != null) {
			return ready;
		}
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			throw new PreparationNeeded(() -> prepared.put(key, timedAsk(question, context)));
		}
		return timedAsk(question, context);
	}

	private PreparedAnswers.Timed timedAsk(String question, FollowUpContext context) {
		long started = System.nanoTime();
		Answer answer = knowledge.ask(question, context);
		return new PreparedAnswers.Timed(answer, (int) Duration.ofNanos(System.nanoTime() - started).toMillis());
	}

	/** A 👍/👎 click on an answer's card. */
	public List<Reply> rate(Officer officer, String taskId, String key) {
		Optional<RecordedAnswer> answer = taskId == null ? Optional.empty() : questionLog.forFeedbackTask(taskId);
		if (answer.isEmpty() || !answer.get().officerUserid().equals(officer.userid())) {
			return List.of(new Reply.Text("该反馈卡片已失效。"));
		}
		Instant now = clock.instant();
		Rating rating = DOWN.equals(key) ? Rating.DOWN : Rating.UP;
		boolean askReason = rating == Rating.DOWN && !properties.reasonWindow().isZero();
		questionLog.rate(answer.get().id(), rating, askReason ? now.plus(properties.reasonWindow()) : null, now);
		log.info("Answer #{} rated {} by {}", answer.get().id(), rating, officer.userid());
		if (rating == Rating.UP) {
			return List.of(new Reply.Text("感谢反馈！"));
		}
		return List.of(new Reply.Text(askReason
				? "感谢反馈。如方便，请在" + properties.reasonWindow().toMinutes() + "分钟内直接回复不满意的原因，"
						+ "或随时发送「原因：……」。"
				: "感谢反馈。如方便，请发送「原因：……」说明不满意的地方。"));
	}

	/**
	 * Takes {@code text} as the reason for the officer's latest 👎 (or rating, with the 「原因：」 prefix), if it is one.
	 * Empty when the text is not a reason and should be answered as a question.
	 */
	public Optional<List<Reply>> takeReason(Officer officer, String text) {
		Instant now = clock.instant();
		java.util.regex.Matcher prefixed = REASON_PREFIX.matcher(text);
		if (prefixed.find()) {
			String reason = text.substring(prefixed.end()).strip();
			if (reason.isEmpty()) {
				return Optional.of(List.of(new Reply.Text("请在「原因：」后写明具体原因。")));
			}
			OptionalLong answerId = questionLog.awaitingReason(officer.userid(), now);
			if (answerId.isEmpty()) {
				answerId = questionLog.latestRated(officer.userid(), now.minus(Duration.ofDays(1)));
			}
			if (answerId.isEmpty()) {
				return Optional.of(List.of(new Reply.Text("请先点击回答下方的 👍 或 👎，再补充原因。")));
			}
			return Optional.of(reason(officer, answerId.getAsLong(), reason, now));
		}
		OptionalLong awaiting = questionLog.awaitingReason(officer.userid(), now);
		if (awaiting.isEmpty()) {
			return Optional.empty();
		}
		if (looksLikeQuestion(text)) {
			// a new question, not a reason: stop waiting and answer it
			questionLog.stopAwaitingReason(officer.userid());
			return Optional.empty();
		}
		return Optional.of(reason(officer, awaiting.getAsLong(), text, now));
	}

	/**
	 * Whether text sent while a reason is awaited is rather a new question: a question mark, a final 吗/呢, an opening
	 * 请问 or 那…, or a question word (什么, 怎么, 多少…) in text that does not open like a complaint (没有…, 引用…).
	 */
	static boolean looksLikeQuestion(String text) {
		String stripped = text.strip();
		if (PLAIN_QUESTION.matcher(stripped).matches()) {
			return true;
		}
		return QUESTION_WORD.matcher(stripped).find() && !CRITIQUE.matcher(stripped).matches();
	}

	private List<Reply> reason(Officer officer, long answerId, String reason, Instant now) {
		questionLog.giveReason(answerId, reason, now);
		log.info("Answer #{} feedback reason given by {}", answerId, officer.userid());
		return List.of(new Reply.Text("已记录您的反馈原因，我们会据此改进，谢谢！"));
	}

	private static List<Reply> replies(RecordedAnswer recorded) {
		List<Reply> replies = new ArrayList<>(2);
		replies.add(new Reply.Text(recorded.reply()));
		if (recorded.feedbackTaskId() != null) {
			replies.add(new Reply.Card("这个回答有帮助吗？", "点击反馈；点 👎 后可直接回复原因。", recorded.feedbackTaskId(),
					List.of(new Reply.Button(UP, "👍 有帮助"), new Reply.Button(DOWN, "👎 没帮助"))));
		}
		return List.copyOf(replies);
	}

	/** The knowledge base's text, plus the related clauses it suggests when it declines. */
	static String replyText(Answer answer) {
		StringBuilder text = new StringBuilder(answer.text().strip());
		if (answer.abstained() && !answer.suggestions().isEmpty()) {
			List<String> missing = answer.suggestions().stream()
				.map(Citation::label)
				.distinct()
				.filter(label -> !answer.text().contains(label))
				.toList();
			if (!missing.isEmpty()) {
				text.append("\n\n相关条款：");
				missing.forEach(label -> text.append("\n").append(label));
			}
		}
		return text.toString();
	}

	/** 将法〔2021〕17号 二.5 — the document number and the clause within it. */
	static String clauseId(Citation citation) {
		String clause = citation.clauseId() == null || citation.clauseId().isBlank() ? citation.section()
				: citation.clauseId();
		return (citation.doc() + " " + clause).strip().replace('\n', ' ');
	}

	private String newTaskId() {
		StringBuilder id = new StringBuilder("qa_");
		for (int i = 0; i < 24; i++) {
			id.append(CARD_ALPHABET.charAt(random.nextInt(CARD_ALPHABET.length())));
		}
		return id.toString();
	}

	static String json(FollowUpContext context) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("lastQuestion", context.lastQuestion());
		map.put("topicTerms", context.topicTerms());
		return JSON.writeValueAsString(map);
	}

	@SuppressWarnings("unchecked")
	static FollowUpContext contextOf(StoredContext stored) {
		Map<String, Object> map = JSON.readValue(stored.context(), MAP);
		Object terms = map.get("topicTerms");
		return new FollowUpContext((String) map.get("lastQuestion"),
				terms instanceof List<?> list ? (List<String>) list : List.of());
	}

}
