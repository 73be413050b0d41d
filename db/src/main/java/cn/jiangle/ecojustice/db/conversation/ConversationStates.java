package cn.jiangle.ecojustice.db.conversation;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import cn.jiangle.ecojustice.db.MapperBinding;
import cn.jiangle.ecojustice.db.crypto.FieldCipher;
import cn.jiangle.ecojustice.db.crypto.SealedColumn;
import cn.jiangle.ecojustice.db.crypto.SealedColumns;
import cn.jiangle.ecojustice.db.crypto.SealedValueUnreadable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.mybatis.spring.SqlSessionTemplate;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.annotation.Transactional;

/**
 * Storage of guided-flow state: at most one active flow per user and channel, every write checked against the version
 * read (optimistic locking), so two nodes handling the same user never silently overwrite each other. The data column
 * is sealed with the field cipher, bound to the channel and user: a flow in progress may hold a defendant's 身份证号 and
 * phone number.
 */
public class ConversationStates {

	private static final Logger log = LoggerFactory.getLogger(ConversationStates.class);

	/** How a flow ended, for the conversation log. */
	public enum Ending {
		COMPLETED, CANCELLED, ABANDONED
	}

	private final ConversationStateMapper mapper;

	private final FieldCipher cipher;

	ConversationStates(SqlSessionTemplate sessions, FieldCipher cipher) {
		this.mapper = MapperBinding.bind(sessions, ConversationStateMapper.class);
		this.cipher = cipher;
	}

	/**
	 * The user's active flow. Its {@code data} is null when it cannot be decrypted any more (its key version was
	 * removed, or the value does not belong to this row): the caller ends such a flow and tells the user.
	 */
	public Optional<ConversationState> find(String channel, String userId) {
		return Optional.ofNullable(mapper.find(channel, userId))
			.map(sealed -> new ConversationState(sealed.channel(), sealed.userId(), sealed.flow(), sealed.step(),
					open(sealed), sealed.version(), sealed.lastEventId(), sealed.startedAt(), sealed.updatedAt()));
	}

	private String open(ConversationState sealed) {
		try {
			return cipher.open(sealed.data(), cell(sealed.channel(), sealed.userId()));
		}
		catch (SealedValueUnreadable ex) {
			log.warn("Flow {} of {}/{} cannot be decrypted: {}", sealed.flow(), sealed.channel(), sealed.userId(),
					ex.getMessage());
			return null;
		}
	}

	private static SealedColumn.Cell cell(String channel, String userId) {
		return SealedColumns.CONVERSATION_DATA.cell(channel + ":" + userId);
	}

	/** Starts a flow; throws {@link ConversationChangedConcurrently} if one was started meanwhile. */
	@Transactional
	public ConversationState begin(String channel, String userId, String flow, String step, String data,
			Long eventId, Instant now) {
		Instant at = now.truncatedTo(ChronoUnit.SECONDS);
		ConversationState state = new ConversationState(channel, userId, flow, step, data, 1, eventId, at, at);
		try {
			mapper.insert(new ConversationState(channel, userId, flow, step, cipher.seal(data, cell(channel, userId)), 1,
					eventId, at, at));
		}
		catch (DuplicateKeyException ex) {
			throw new ConversationChangedConcurrently(channel, userId);
		}
		mapper.log(channel, userId, flow, "STARTED", at);
		return state;
	}

	/** Moves a flow to another step with new data; throws if it changed since {@code current} was read. */
	@Transactional
	public ConversationState advance(ConversationState current, String step, String data, Long eventId,
			Instant now) {
		Instant at = now.truncatedTo(ChronoUnit.SECONDS);
		if (mapper.update(current.channel(), current.userId(), step,
				cipher.seal(data, cell(current.channel(), current.userId())), eventId, at,
				current.version()) != 1) {
			throw new ConversationChangedConcurrently(current.channel(), current.userId());
		}
		return new ConversationState(current.channel(), current.userId(), current.flow(), step, data,
				current.version() + 1, eventId, current.startedAt(), at);
	}

	/** Ends a flow (its answers are discarded); throws if it changed since {@code current} was read. */
	@Transactional
	public void end(ConversationState current, Ending ending, Instant now) {
		if (mapper.delete(current.channel(), current.userId(), current.version()) != 1) {
			throw new ConversationChangedConcurrently(current.channel(), current.userId());
		}
		mapper.log(current.channel(), current.userId(), current.flow(), ending.name(),
				now.truncatedTo(ChronoUnit.SECONDS));
	}

	/** Outcomes of a user's flows, oldest first (STARTED, COMPLETED, CANCELLED, ABANDONED). */
	public List<String> history(String channel, String userId) {
		return mapper.outcomes(channel, userId);
	}

}
