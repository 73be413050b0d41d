package cn.jiangle.ecojustice.bot.projects;

import java.util.function.Supplier;

import cn.jiangle.ecojustice.bot.officers.Attempt;
import cn.jiangle.ecojustice.db.InvalidInput;
import cn.jiangle.ecojustice.db.RecordNotFound;
import cn.jiangle.ecojustice.db.projects.ProjectRefused;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs one project call for an officer's message in a savepoint of the message's transaction, like
 * {@link cn.jiangle.ecojustice.bot.officers.Savepoints} for the restoration file: a refusal ({@link ProjectRefused},
 * {@link InvalidInput}, {@link RecordNotFound}) rolls back to the savepoint, so nothing is kept half-way and the
 * reply saying why still commits.
 */
@Component
class ProjectCalls {

	private final TransactionTemplate savepoint;

	ProjectCalls(PlatformTransactionManager transactions) {
		this.savepoint = new TransactionTemplate(transactions);
		this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
	}

	<T> Attempt<T> attempt(Supplier<T> call) {
		try {
			return Attempt.done(savepoint.execute(status -> call.get()));
		}
		catch (ProjectRefused | InvalidInput | RecordNotFound ex) {
			return Attempt.refused(ex);
		}
	}

}
