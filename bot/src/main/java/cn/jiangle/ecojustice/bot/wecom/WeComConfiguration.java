package cn.jiangle.ecojustice.bot.wecom;

import cn.jiangle.ecojustice.bot.messages.InboundHandler;
import java.time.Clock;

import cn.jiangle.ecojustice.db.alerts.AlertWindows;
import cn.jiangle.ecojustice.db.officers.Officers;
import cn.jiangle.ecojustice.db.outbox.Outbox;
import cn.jiangle.ecojustice.db.wecom.AccessTokens;
import cn.jiangle.ecojustice.db.wecom.InboundEvents;
import cn.jiangle.ecojustice.db.wecom.InboundFloods;
import cn.jiangle.ecojustice.db.wecom.KfCursors;
import cn.jiangle.ecojustice.db.wecom.KfCustomers;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import me.chanjar.weixin.cp.api.WxCpService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Wires the WeCom channel: WxJava with the database-backed token and our own HTTP client, the callback path
 * (verifier → intake → dispatcher → {@link InboundHandler}), and the outbox sender.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableConfigurationProperties({ WeComProperties.class, InboundProperties.class, AlertProperties.class })
// imported rather than component-scanned, like the db module's other APIs; importing twice registers them once
@Import({ InboundEvents.class, AccessTokens.class, KfCursors.class, Outbox.class, InboundFloods.class,
		AlertWindows.class, KfCustomers.class })
class WeComConfiguration {

	private static final Logger log = LoggerFactory.getLogger(WeComConfiguration.class);

	private static Clock clock(ObjectProvider<Clock> clocks) {
		return clocks.getIfAvailable(Clock::systemUTC);
	}

	@Bean(destroyMethod = "close")
	WeComHttpClient weComHttpClient(WeComProperties properties) {
		return new WeComHttpClient(properties.http());
	}

	@Bean
	WxCpService weComService(WeComProperties properties, AccessTokens tokens, ObjectProvider<Clock> clocks,
			WeComHttpClient http) {
		QuietWxCpService service = new QuietWxCpService();
		service.setWxCpConfigStorage(new DatabaseTokenStorage(properties, tokens, clock(clocks), http));
		return service;
	}

	@Bean
	OutboundQueue weComOutboundQueue(Outbox outbox, KfCustomers customers, WeComProperties properties,
			ApplicationEventPublisher events, ObjectProvider<Clock> clocks) {
		return new OutboundQueue(outbox, customers, properties.kf(), events, clock(clocks));
	}

	@Bean
	WeComMessenger weComMessenger(OutboundQueue queue, Outbox outbox, PlatformTransactionManager transactions) {
		return new WeComMessenger(queue, outbox, new TransactionTemplate(transactions));
	}

	@Bean
	WeComKfSessions weComKfSessions(OutboundQueue queue, KfCustomers customers, WeComProperties properties,
			PlatformTransactionManager transactions, ObjectProvider<Clock> clocks) {
		return new WeComKfSessions(queue, customers, properties.kf(), new TransactionTemplate(transactions),
				clock(clocks));
	}

	@Bean
	AppChats appChats(WxCpService weComService) {
		return new AppChats(weComService);
	}

	private static MeterRegistry meters(ObjectProvider<MeterRegistry> registries) {
		return registries.getIfAvailable(SimpleMeterRegistry::new);
	}

	@Bean
	DeadLetters weComDeadLetters(Outbox outbox, Officers officers, AlertWindows windows, AlertProperties alerts,
			PlatformTransactionManager transactions, ObjectProvider<Clock> clocks) {
		return new DeadLetters(outbox, officers, windows, alerts, new TransactionTemplate(transactions),
				clock(clocks));
	}

	@Bean
	OutboxSender weComOutboxSender(WeComProperties properties, Outbox outbox, WxCpService weComService,
			DeadLetters deadLetters, KfCustomers customers, OutboundQueue queue,
			PlatformTransactionManager transactions, ObjectProvider<Clock> clocks,
			ObjectProvider<MeterRegistry> registries) {
		Clock clock = clock(clocks);
		HandOverFailures handOvers = new HandOverFailures(customers, queue, new TransactionTemplate(transactions),
				clock);
		return new OutboxSender(properties, outbox, new WeComDelivery(weComService, properties), deadLetters, clock,
				meters(registries), handOvers);
	}

	@Bean
	InboundDispatcher weComInboundDispatcher(WeComProperties properties, InboundProperties inbound,
			InboundEvents events, InboundFloods floods, Outbox outbox, OutboundQueue queue, KfCustomers customers,
			InboundHandler handler, WxCpService weComService, KfCursors cursors, AibotReplySink aibot,
			PlatformTransactionManager transactions, ObjectProvider<Clock> clocks,
			ObjectProvider<MeterRegistry> registries) {
		Clock clock = clock(clocks);
		MeterRegistry meters = meters(registries);
		KfSync kfSync = new KfSync(weComService, events, cursors, properties.kf(), inbound.claimLease(), transactions,
				meters, clock, queue, customers);
		SenderLimits limits = new SenderLimits(inbound, events, floods, outbox, meters);
		return new InboundDispatcher(properties.dispatcher(), inbound, events, queue, handler, kfSync, limits, aibot,
				transactions, clock);
	}

	@Bean
	CallbackVerifier weComCallbackVerifier(WeComProperties properties, ObjectProvider<Clock> clocks) {
		return new CallbackVerifier(properties, clock(clocks));
	}

	/** Makes wecom.bootstrap-admin an active administrator, idempotently (a no-op when it already is one). */
	@Bean
	ApplicationRunner weComBootstrapAdmin(WeComProperties properties, Officers officers) {
		return arguments -> {
			if (properties.bootstrapAdmin() == null) {
				return;
			}
			try {
				officers.ensureAdmin(properties.bootstrapAdmin(), "系统管理员");
			}
			catch (RuntimeException ex) {
				throw new IllegalStateException(
						"wecom.bootstrap-admin could not be made an administrator: " + ex.getMessage(), ex);
			}
			log.info("Bootstrap administrator ensured (wecom.bootstrap-admin)");
		};
	}

}
