package cn.jiangle.ecojustice.bot.simulator;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * The WeCom corp the simulator plays: the same shared secrets the channel was configured with (both ends of the
 * protocol know them), as {@link SimulatorEnvironment} generated them for this run.
 */
record SimulatedCorp(String corpId, int agentId, String secret, String token, String aesKey, String bootstrapAdmin) {

	static SimulatedCorp from(Environment environment) {
		// Binder rather than getProperty: relaxed names (e.g. WECOM_BOOTSTRAPADMIN from the environment) count too
		Binder binder = Binder.get(environment);
		return new SimulatedCorp(required(binder, "wecom.corp-id"), Integer.parseInt(required(binder, "wecom.agent-id")),
				required(binder, "wecom.secret"), required(binder, "wecom.token"), required(binder, "wecom.aes-key"),
				required(binder, "wecom.bootstrap-admin"));
	}

	private static String required(Binder binder, String name) {
		return binder.bind(name, String.class)
			.orElseThrow(() -> new IllegalStateException(name + " was not supplied by SimulatorEnvironment"));
	}

	@Override
	public String toString() {
		return "SimulatedCorp[" + corpId + ", agent " + agentId + "]";
	}

}
