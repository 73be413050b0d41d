package cn.jiangle.ecojustice.bot.wecom;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * The {@code wecomSpool} health component: how many callbacks wait on the local spool for the database. DOWN when
 * the spool cannot take another callback of the largest accepted size (callbacks are then answered 503).
 */
final class CallbackSpoolHealth extends AbstractHealthIndicator {

	private final CallbackSpool spool;

	private final long largestCallback;

	CallbackSpoolHealth(CallbackSpool spool, long largestCallback) {
		super("Callback spool check failed");
		this.spool = spool;
		this.largestCallback = largestCallback;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		CallbackSpool.Usage usage = spool.usage();
		if (usage.full(largestCallback + 1024)) {
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
