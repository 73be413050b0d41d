package cn.jiangle.ecojustice.bot.wecom;

import java.time.Clock;

import cn.jiangle.ecojustice.db.officers.Officers;
import cn.jiangle.ecojustice.db.wecom.AibotReplies;
import cn.jiangle.ecojustice.db.wecom.InboundEvents;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Wires the 智能机器人 channel: verifier, intake (storing into the application's inbound events, so the same
 * dispatcher answers), the stream replies, the reply sink the dispatcher writes answers to, and the response_url sender.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableConfigurationProperties(AibotProperties.class)
@Import(AibotReplies.class)
class AibotConfiguration {

	private static Clock clock(ObjectProvider<Clock> clocks) {
		return clocks.getIfAvailable(Clock::systemUTC);
	}

	@Bean
	AibotVerifier aibotVerifier(AibotProperties properties, WeComProperties weCom, ObjectProvider<Clock> clocks) {
		return new AibotVerifier(properties, weCom, clock(clocks));
	}

	@Bean
	AibotResponder aibotResponder(AibotReplies replies, AibotProperties properties,
			ObjectProvider<MeterRegistry> registries, ObjectProvider<Clock> clocks) {
		return new AibotResponder(replies, properties, registries.getIfAvailable(SimpleMeterRegistry::new),
				clock(clocks));
	}

	@Bean
	AibotReplySink aibotReplySink(AibotReplies replies, AibotResponder responder) {
		return new AibotReplySink(replies, responder::kick);
	}

	@Bean
	AibotIntake aibotIntake(InboundEvents events, AibotReplies replies, Officers officers,
			AibotProperties properties, PlatformTransactionManager transactions, InboundDispatcher dispatcher,
			ObjectProvider<Clock> clocks) {
		return new AibotIntake(events, replies, officers, new AibotStreams(replies, properties), properties,
				new TransactionTemplate(transactions), dispatcher::kick, clock(clocks));
	}

}
