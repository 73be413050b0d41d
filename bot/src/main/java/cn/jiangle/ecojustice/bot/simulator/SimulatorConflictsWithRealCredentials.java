package cn.jiangle.ecojustice.bot.simulator;

/**
 * Startup refused: {@code ecojustice.simulator.enabled=true} while real WeCom credentials are configured. Explained to
 * the operator by {@link SimulatorConflictAnalyzer}.
 */
public class SimulatorConflictsWithRealCredentials extends RuntimeException {

	SimulatorConflictsWithRealCredentials() {
		super("ecojustice.simulator.enabled=true cannot be combined with real WeCom credentials (wecom.corp-id / "
				+ "wecom.secret): the local WeCom simulator only runs in the zero-setup default");
	}

}
