package cn.jiangle.ecojustice.bot.simulator;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns {@link SimulatorConflictsWithRealCredentials} into Spring Boot's "APPLICATION FAILED TO START" report. */
public class SimulatorConflictAnalyzer extends AbstractFailureAnalyzer<SimulatorConflictsWithRealCredentials> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, SimulatorConflictsWithRealCredentials cause) {
		return new FailureAnalysis(cause.getMessage(),
				"Either remove ecojustice.simulator.enabled=true to talk to the real WeCom corp, or remove "
						+ "wecom.corp-id and wecom.secret to try the assistant locally with the simulator at /simulator.",
				cause);
	}

}
