package cn.jiangle.ecojustice.bot.defendants;

import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs one restoration-file transition inside the dispatcher's transaction so that a refusal ({@code
 * RestorationRefused}) rolls back only that call: a refused participating transaction would otherwise mark the whole
 * transaction rollback-only, and the defendant's reply (and the handled mark) with it.
 */
@Component("defendantSavepoints")
class Savepoints {

	private final TransactionTemplate nested;

	Savepoints(PlatformTransactionManager transactions) {
		this.nested = new TransactionTemplate(transactions);
		this.nested.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
	}

	<T> T attempt(Supplier<T> transition) {
		return nested.execute(status -> transition.get());
	}

}
