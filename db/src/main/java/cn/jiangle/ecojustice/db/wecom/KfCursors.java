package cn.jiangle.ecojustice.db.wecom;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import cn.jiangle.ecojustice.db.MapperBinding;
import org.mybatis.spring.SqlSessionTemplate;

import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * kf/sync_msg positions per 微信客服 account. A sync locks its account's cursor row for the whole pull, so two nodes never
 * pull the same page concurrently, and saves the new cursor in the transaction that stores the pulled messages.
 */
public class KfCursors {

	private final KfCursorMapper mapper;

	KfCursors(SqlSessionTemplate sessions) {
		this.mapper = MapperBinding.bind(sessions, KfCursorMapper.class);
	}

	/**
	 * Locks the account's cursor until the enclosing transaction ends.
	 * @return the cursor, or empty before the first sync
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Optional<String> lock(String openKfId, Instant now) {
		mapper.ensure(openKfId, now.truncatedTo(ChronoUnit.SECONDS));
		return Optional.ofNullable(mapper.lock(openKfId)).filter(c -> !c.isEmpty());
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void save(String openKfId, String cursor, Instant now) {
		mapper.save(openKfId, cursor, now.truncatedTo(ChronoUnit.SECONDS));
	}

	public Optional<String> cursor(String openKfId) {
		return Optional.ofNullable(mapper.find(openKfId));
	}

}
