package cn.jiangle.ecojustice.db.wecom;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import cn.jiangle.ecojustice.db.MapperBinding;
import cn.jiangle.ecojustice.db.crypto.FieldCipher;
import cn.jiangle.ecojustice.db.crypto.SealedColumns;
import cn.jiangle.ecojustice.db.crypto.SealedValueUnreadable;
import org.mybatis.spring.SqlSessionTemplate;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * 智能机器人 exchanges: what WeCom's refresh callbacks and the response_url sender need to deliver the answer to an
 * inbound event, on whichever node they arrive. Times are kept to the millisecond.
 */
public class AibotReplies {

	private final AibotReplyMapper mapper;

	private final FieldCipher cipher;

	AibotReplies(SqlSessionTemplate sessions, FieldCipher cipher) {
		this.mapper = MapperBinding.bind(sessions, AibotReplyMapper.class);
		this.cipher = cipher;
	}

	/**
	 * Stores the context of a just-recorded inbound event (in its transaction).
	 * @return false when a reply with this key exists already (a repeated delivery)
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean open(NewAibotReply reply, long eventId, Instant now) {
		String header = reply.header() == null ? null
				: cipher.seal(reply.header(), SealedColumns.AIBOT_HEADER.cell(reply.replyKey()));
		try {
			mapper.insert(reply, eventId, header, millis(now));
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	public Optional<AibotReply> find(String replyKey) {
		return Optional.ofNullable(mapper.find(replyKey)).map(this::opened);
	}

	public Optional<AibotReply> forEvent(long eventId) {
		return Optional.ofNullable(mapper.forEvent(eventId)).map(this::opened);
	}

	/** Streams of this user with this bot opened since {@code since} and not ended yet. */
	public int inFlight(String botId, String fromUser, Instant since) {
		return mapper.inFlight(botId, fromUser, millis(since));
	}

	/**
	 * The answer to an event, written in the transaction that marks it handled; it goes through the response_url when
	 * no open stream is left to show it. A second answer to the same event changes nothing.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean answer(long eventId, String content, String card, Instant now) {
		AibotReplyMapper.Row row = mapper.forEvent(eventId);
		if (row == null) {
			return false;
		}
		String sealed = cipher.seal(content, SealedColumns.AIBOT_CONTENT.cell(row.replyKey));
		return mapper.answer(eventId, sealed, card, millis(now)) == 1;
	}

	/** Records how much of the answer the stream shows now, and whether that ended it. */
	public boolean advance(String replyKey, int delivered, boolean finish, Instant now) {
		return mapper.advance(replyKey, delivered, finish, millis(now)) == 1;
	}

	/** Ends a stream whose answer is not ready before WeCom's limit; the answer then goes through the response_url. */
	public boolean expire(String replyKey, Instant now) {
		return mapper.expire(replyKey, millis(now)) == 1;
	}

	/**
	 * Takes the next answer due through a response_url: locked, marked used and committed before anything is posted,
	 * so a response_url is used at most once whatever happens afterwards.
	 */
	@Transactional
	public Optional<AibotReply> takeNextForUrl(Instant now) {
		AibotReplyMapper.Row row = mapper.lockNextForUrl();
		if (row == null) {
			return Optional.empty();
		}
		mapper.useUrl(row.replyKey, millis(now));
		return Optional.of(opened(row));
	}

	/** Deletes up to {@code limit} exchanges created before {@code before}. */
	public int purge(Instant before, int limit) {
		return mapper.purge(millis(before), limit);
	}

	private AibotReply opened(AibotReplyMapper.Row row) {
		return new AibotReply(row.replyKey, row.eventId, row.botId, row.chatType, row.chatId, row.fromUser,
				row.responseUrl, row.streamed, open(row.header, SealedColumns.AIBOT_HEADER, row.replyKey),
				open(row.content, SealedColumns.AIBOT_CONTENT, row.replyKey), row.card, row.delivered, row.createdAt,
				row.readyAt, row.finishedAt, row.needsUrl, row.urlUsedAt);
	}

	private String open(String sealed, cn.jiangle.ecojustice.db.crypto.SealedColumn column, String replyKey) {
		if (sealed == null) {
			return null;
		}
		try {
			return cipher.open(sealed, column.cell(replyKey));
		}
		catch (SealedValueUnreadable ex) {
			// an answer that cannot be opened is shown as missing rather than blocking the stream
			return null;
		}
	}

	private static Instant millis(Instant instant) {
		return instant.truncatedTo(ChronoUnit.MILLIS);
	}

}
