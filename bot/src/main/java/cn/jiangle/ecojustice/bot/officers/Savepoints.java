package cn.jiangle.ecojustice.bot.officers;

import java.util.function.Supplier;

import cn.jiangle.ecojustice.db.InvalidInput;
import cn.jiangle.ecojustice.db.RecordNotFound;
import cn.jiangle.ecojustice.db.restoration.RestorationRefused;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs one domain call for an officer's message in a savepoint of the message's transaction. A refusal (the
 * restoration file's {@link RestorationRefused}, {@link InvalidInput} or {@link RecordNotFound}) rolls back to the
 * savepoint, which also clears the rollback-only mark the failed call left, so the message's replies still commit.
 */
@Component
public class Savepoints {

	private final TransactionTemplate savepoint;

	Savepoints(PlatformTransactionManager transactions) {
		this.savepoint = new TransactionTemplate(transactions);
		this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
	}

	public <T> Attempt<T> attempt(Supplier<T> call) {
		try {
			return Attempt.done(savepoint.execute(status -> call.get()));
		}
		catch (RestorationRefused | InvalidInput | RecordNotFound ex) {
			return Attempt.refused(ex);
		}
	}

	public Attempt<Boolean> perform(Runnable call) {
		return attempt(() -> {
			call.run();
			return Boolean.TRUE;
		});
	}

}
