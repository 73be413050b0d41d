package cn.jiangle.ecojustice.bot.wecom;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import me.chanjar.weixin.cp.api.WxCpService;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires {@link WeComInboundMedia}: downloads of what users send, with the channel's token and HTTP client. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableConfigurationProperties(MediaProperties.class)
class InboundMediaConfiguration {

	@Bean
	WeComInboundMedia weComInboundMedia(WxCpService weComService, WeComHttpClient weComHttpClient,
			WeComProperties weCom, MediaProperties properties, ObjectProvider<MeterRegistry> registries) {
		return new WeComInboundMedia(weComService, weComHttpClient, weCom, properties,
				registries.getIfAvailable(SimpleMeterRegistry::new));
	}

}
