package cn.jiangle.ecojustice.db.qa;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import cn.jiangle.ecojustice.db.MapperBinding;
import cn.jiangle.ecojustice.db.RequiredText;
import cn.jiangle.ecojustice.db.crypto.FieldCipher;
import cn.jiangle.ecojustice.db.crypto.SealedColumn;
import cn.jiangle.ecojustice.db.crypto.SealedColumns;
import cn.jiangle.ecojustice.db.qa.Feedback.Rating;
import org.mybatis.spring.SqlSessionTemplate;

import org.springframework.transaction.annotation.Transactional;

/**
 * The record of officer Q&A: every answer (who, question, cited clauses, extractive or model, reply, latency), the
 * 👍/👎 feedback on it with an optional reason, and each officer's follow-up context. What officers typed (question,
 * reason, the context's last question) and the reply (it may quote the question) are sealed, bound to their row: a
 * question may hold a 身份证号 or phone number.
 */
public class QuestionLog {

	/** Longest question kept, in code points (the knowledge base cuts longer questions anyway). */
	public static final int MAX_QUESTION = 2000;

	/** Longest feedback reason kept, in code points. */
	public static final int MAX_REASON = 500;

	/**
	 * An answer to record.
	 * @param mode EXTRACTIVE or MODEL
	 */
	public record NewAnswer(String officerUserid, Long eventId, String question, List<String> clauseIds, String mode,
			boolean abstained, String reply, int latencyMillis, String feedbackTaskId) {
	}

	/** A stored follow-up context and when it was saved. */
	public record StoredContext(String context, Instant updatedAt) {
	}

	private final QuestionLogMapper mapper;

	private final FieldCipher cipher;

	QuestionLog(SqlSessionTemplate sessions, FieldCipher cipher) {
		this.mapper = MapperBinding.bind(sessions, QuestionLogMapper.class);
		this.cipher = cipher;
	}

	@Transactional
	public RecordedAnswer record(NewAnswer answer, Instant now) {
		String question = cut(RequiredText.of(answer.question(), "question", "问题", Integer.MAX_VALUE), MAX_QUESTION);
		QuestionLogMapper.NewRow row = new QuestionLogMapper.NewRow(answer.officerUserid(), answer.eventId(), "",
				clauseText(answer.clauseIds()), answer.mode(), answer.abstained(), "",
				Math.max(0, answer.latencyMillis()), answer.feedbackTaskId(), now.truncatedTo(ChronoUnit.SECONDS));
		mapper.insert(row);
		String id = row.id.toString();
		mapper.seal(row.id, cipher.seal(question, SealedColumns.QA_QUESTION.cell(id)),
				cipher.seal(answer.reply(), SealedColumns.QA_REPLY.cell(id)));
		return toAnswer(mapper.byId(row.id));
	}

	public Optional<RecordedAnswer> find(long id) {
		return Optional.ofNullable(mapper.byId(id)).map(this::toAnswer);
	}

	/** The answer already recorded for an inbound event (a redelivery), if any. */
	public Optional<RecordedAnswer> forEvent(long eventId) {
		return Optional.ofNullable(mapper.byEvent(eventId)).map(this::toAnswer);
	}

	public Optional<RecordedAnswer> forFeedbackTask(String taskId) {
		return Optional.ofNullable(mapper.byTask(taskId)).map(this::toAnswer);
	}

	/** The officer's latest answers, newest first. */
	public List<RecordedAnswer> latest(String officerUserid, int limit) {
		return mapper.latest(officerUserid, limit).stream().map(this::toAnswer).toList();
	}

	/**
	 * Rates an answer (a second click replaces the first).
	 * @param reasonUntil until when the officer's next message is taken as the reason, or null
	 */
	@Transactional
	public Feedback rate(long answerId, Rating rating, Instant reasonUntil, Instant now) {
		mapper.rate(answerId, rating, reasonUntil == null ? null : reasonUntil.truncatedTo(ChronoUnit.SECONDS),
				now.truncatedTo(ChronoUnit.SECONDS));
		return opened(mapper.feedback(answerId));
	}

	public Optional<Feedback> feedback(long answerId) {
		return Optional.ofNullable(mapper.feedback(answerId)).map(this::opened);
	}

	/** The officer's answer whose feedback still waits for a reason at {@code now}. */
	public OptionalLong awaitingReason(String officerUserid, Instant now) {
		Long id = mapper.awaitingReason(officerUserid, now.truncatedTo(ChronoUnit.SECONDS));
		return id == null ? OptionalLong.empty() : OptionalLong.of(id);
	}

	/** The officer's most recently rated answer, rated at or after {@code since}. */
	public OptionalLong latestRated(String officerUserid, Instant since) {
		Long id = mapper.latestRated(officerUserid, since.truncatedTo(ChronoUnit.SECONDS));
		return id == null ? OptionalLong.empty() : OptionalLong.of(id);
	}

	/** Stores the reason for a rating (cut to {@link #MAX_REASON}) and stops waiting for one. */
	@Transactional
	public void giveReason(long answerId, String reason, Instant now) {
		String text = cut(RequiredText.of(reason, "reason", "原因", Integer.MAX_VALUE), MAX_REASON);
		mapper.giveReason(answerId, cipher.seal(text, SealedColumns.QA_FEEDBACK_REASON.cell(Long.toString(answerId))),
				now.truncatedTo(ChronoUnit.SECONDS));
	}

	/** The officer moved on (asked something else): their next message is no longer a reason. */
	@Transactional
	public void stopAwaitingReason(String officerUserid) {
		mapper.stopAwaitingReason(officerUserid);
	}

	public Optional<StoredContext> context(String officerUserid) {
		String context = mapper.context(officerUserid);
		return context == null ? Optional.empty()
				: Optional.of(new StoredContext(open(context, SealedColumns.QA_CONTEXT, officerUserid),
						mapper.contextUpdatedAt(officerUserid)));
	}

	@Transactional
	public void saveContext(String officerUserid, String context, Instant now) {
		mapper.saveContext(officerUserid, cipher.seal(context, SealedColumns.QA_CONTEXT.cell(officerUserid)),
				now.truncatedTo(ChronoUnit.SECONDS));
	}

	@Transactional
	public void clearContext(String officerUserid) {
		mapper.clearContext(officerUserid);
	}

	/** Clause ids one per line: they are single-line labels such as 将法〔2021〕17号 二、5. */
	private static String clauseText(List<String> clauseIds) {
		for (String id : clauseIds) {
			if (id.isBlank() || id.indexOf('\n') >= 0) {
				throw new IllegalArgumentException("a clause id must be one non-blank line");
			}
		}
		return String.join("\n", clauseIds);
	}

	private static String cut(String text, int maxCodePoints) {
		return text.codePointCount(0, text.length()) <= maxCodePoints ? text
				: text.substring(0, text.offsetByCodePoints(0, maxCodePoints));
	}

	private RecordedAnswer toAnswer(QuestionLogMapper.Row row) {
		String id = Long.toString(row.id());
		return new RecordedAnswer(row.id(), row.officerUserid(), row.eventId(),
				open(row.question(), SealedColumns.QA_QUESTION, id),
				row.clauseIds().isEmpty() ? List.of() : List.of(row.clauseIds().split("\n")), row.mode(),
				row.abstained(), open(row.reply(), SealedColumns.QA_REPLY, id), row.latencyMs(),
				row.feedbackTaskId(), row.createdAt());
	}

	private Feedback opened(Feedback sealed) {
		return sealed == null || sealed.reason() == null ? sealed
				: new Feedback(sealed.answerId(), sealed.rating(),
						open(sealed.reason(), SealedColumns.QA_FEEDBACK_REASON, Long.toString(sealed.answerId())),
						sealed.reasonUntil(), sealed.createdAt(), sealed.updatedAt());
	}

	private String open(String sealed, SealedColumn column, String row) {
		return cipher.open(sealed, column.cell(row));
	}

}
