package cn.jiangle.ecojustice.bot.simulator;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Matches when {@link SimulatorEnvironment} switched the simulator on and the channel still talks to the simulated
 * corp. The second check matters where settings arrive after environment post-processing (e.g. a test's
 * {@code @DynamicPropertySource} supplying real-looking credentials): then the simulator stays off.
 */
class OnSimulatorActive extends SpringBootCondition {

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		Environment environment = context.getEnvironment();
		if (!environment.getProperty(SimulatorEnvironment.ACTIVE, Boolean.class, false)) {
			return ConditionOutcome.noMatch("the WeCom simulator is off (WeCom credentials configured or "
					+ SimulatorEnvironment.ENABLED + "=false)");
		}
		String corpId = Binder.get(environment).bind("wecom.corp-id", String.class).orElse(null);
		if (!SimulatorEnvironment.CORP_ID.equals(corpId)) {
			return ConditionOutcome.noMatch("wecom.corp-id was set after the simulator was switched on");
		}
		return ConditionOutcome.match("no WeCom credentials configured: the simulator plays WeCom");
	}

}
