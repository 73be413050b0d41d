package cn.jiangle.ecojustice.bot.wecom;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs the callback path's MyBatis statements on one connection with the callback path's timeouts, in auto-commit
 * mode: a multi-row INSERT is atomic on its own, and skipping BEGIN/COMMIT and the pool's auto-commit reset saves
 * three of five round trips per batch, which is what decides latency on a busy machine. The connection is bound for
 * the duration of {@code work} where MyBatis looks for the current connection (as a transaction would bind it).
 */
final class CallbackPath {

	private static final Logger log = LoggerFactory.getLogger(CallbackPath.class);

	private final DataSource pool;

	private final CallbackPathDataSource bounded;

	/** @param bounded connections of {@code pool} with the callback path's socket timeout */
	CallbackPath(DataSource pool, CallbackPathDataSource bounded) {
		this.pool = pool;
		this.bounded = bounded;
	}

	<T> T run(Supplier<T> work) {
		Connection connection;
		try {
			connection = bounded.getConnection();
		}
		catch (SQLException ex) {
			throw new CannotGetJdbcConnectionException("No database connection for the callback path", ex);
		}
		TransactionSynchronizationManager.bindResource(pool, new ConnectionHolder(connection));
		try {
			return work.get();
		}
		finally {
			TransactionSynchronizationManager.unbindResource(pool);
			try {
				connection.close();
			}
			catch (SQLException ex) {
				log.debug("Returning a callback path connection failed", ex);
			}
		}
	}

}
