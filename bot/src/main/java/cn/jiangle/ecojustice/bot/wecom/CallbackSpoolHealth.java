package cn.jiangle.ecojustice.bot.wecom;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * The {@code wecomSpool} health component: how many callbacks wait on the local spool for the database. DOWN when
 * less than 4 KB (a few ordinary callbacks) is left under the cap: callbacks are then about to be answered 503.
 */
final class CallbackSpoolHealth extends AbstractHealthIndicator {

	private final CallbackSpool spool;

	private static final long HEADROOM = 4096;

	CallbackSpoolHealth(CallbackSpool spool) {
		super("Callback spool check failed");
		this.spool = spool;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		CallbackSpool.Usage usage = spool.usage();
		if (usage.full(HEADROOM)) {
			builder.down();
		}
		else {
			builder.up();
		}
		builder.withDetail("spooledCallbacks", usage.entries())
			.withDetail("bytes", usage.bytes())
			.withDetail("maxBytes", usage.maxBytes());
	}

}
