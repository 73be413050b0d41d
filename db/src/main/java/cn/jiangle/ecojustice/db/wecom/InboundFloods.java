package cn.jiangle.ecojustice.db.wecom;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.OptionalInt;

import cn.jiangle.ecojustice.db.MapperBinding;
import org.mybatis.spring.SqlSessionTemplate;

import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Senders currently past their inbound burst. A row exists from the message that crossed the burst (when the sender
 * was told once to slow down) until the sender's recent traffic is back under it; meanwhile their messages are stored
 * and shed, not answered. Read and written only in the transaction that handles one of the sender's events, and a
 * sender's events are handled one at a time, so no two workers race on one row.
 */
public class InboundFloods {

	private final InboundFloodMapper mapper;

	InboundFloods(SqlSessionTemplate sessions) {
		this.mapper = MapperBinding.bind(sessions, InboundFloodMapper.class);
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public boolean isFlooding(String channel, String fromUser) {
		return mapper.lock(channel, fromUser) != null;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void start(String channel, String fromUser, Instant now) {
		mapper.insert(channel, fromUser, now.truncatedTo(ChronoUnit.SECONDS));
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void countShed(String channel, String fromUser, int shed) {
		mapper.addShed(channel, fromUser, shed);
	}

	/** @return how many messages were shed during the episode, empty when the sender was not flooding */
	@Transactional(propagation = Propagation.MANDATORY)
	public OptionalInt end(String channel, String fromUser) {
		Integer shed = mapper.lock(channel, fromUser);
		if (shed == null) {
			return OptionalInt.empty();
		}
		mapper.delete(channel, fromUser);
		return OptionalInt.of(shed);
	}

}
