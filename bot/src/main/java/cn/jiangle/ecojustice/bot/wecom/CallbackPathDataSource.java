package cn.jiangle.ecojustice.bot.wecom;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

import javax.sql.DataSource;

import org.springframework.core.InfrastructureProxy;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The application's pool as the callback path (and the health check) borrow from it: every connection gets a socket
 * timeout before its first statement, so a database that stops answering fails those statements within the timeout
 * instead of after TCP's minutes. The pool restores the driver's default when the connection is returned, so long
 * work elsewhere keeps no timeout. An {@link InfrastructureProxy}: transactions begun through it are bound to the
 * pool itself, where MyBatis finds them.
 */
final class CallbackPathDataSource extends DelegatingDataSource implements InfrastructureProxy {

	private final int timeoutMillis;

	CallbackPathDataSource(DataSource pool, Duration timeout) {
		super(pool);
		this.timeoutMillis = Math.toIntExact(timeout.toMillis());
	}

	@Override
	public Connection getConnection() throws SQLException {
		return bounded(super.getConnection());
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		return bounded(super.getConnection(username, password));
	}

	@Override
	public Object getWrappedObject() {
		return obtainTargetDataSource();
	}

	private Connection bounded(Connection connection) throws SQLException {
		try {
			// the same-thread executor applies it at once (Connector/J runs the setter on the executor)
			connection.setNetworkTimeout(Runnable::run, timeoutMillis);
			return connection;
		}
		catch (SQLException | RuntimeException ex) {
			connection.close();
			throw ex;
		}
	}

}
