package cn.jiangle.ecojustice.bot.simulator;

import java.net.URI;
import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Wires the simulator when {@link SimulatorEnvironment} switched it on. Its beans are of its own types only (no
 * Clock, HttpClient or WeComCrypto beans), so they cannot be injected by mistake into the production channel.
 */
@SimulatorActive
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SimulatorProperties.class)
class SimulatorConfiguration implements WebMvcConfigurer {

	private static final Clock CLOCK = Clock.systemUTC();

	private final SimulatorProperties properties;

	SimulatorConfiguration(SimulatorProperties properties) {
		this.properties = properties;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		if (!properties.allowRemote()) {
			registry.addInterceptor(new LoopbackOnly()).addPathPatterns("/simulator", "/simulator/**");
		}
	}

	@Bean
	SimulatedCorp simulatedCorp(Environment environment) {
		return SimulatedCorp.from(environment);
	}

	@Bean
	Transcript simulatorTranscript() {
		return new Transcript(properties.historyLimit(), CLOCK);
	}

	@Bean
	KfInbox simulatorKfInbox() {
		return new KfInbox(CLOCK, properties.historyLimit());
	}

	@Bean
	AccessTokens simulatorAccessTokens() {
		return new AccessTokens(CLOCK);
	}

	@Bean
	CallbackClient simulatorCallbackClient(SimulatedCorp corp, Environment environment) {
		String contextPath = environment.getProperty("server.servlet.context-path", "");
		String base = contextPath.endsWith("/") ? contextPath.substring(0, contextPath.length() - 1) : contextPath;
		// the port is read per call: it is only published (local.server.port) once the server listens
		return new CallbackClient(corp, properties.callbackTimeout(),
				() -> URI.create("http://127.0.0.1:"
						+ environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"))
						+ base + "/wecom/callback"),
				CLOCK);
	}

	@Bean
	Simulator simulator(SimulatedCorp corp, Transcript transcript, KfInbox kf, CallbackClient callbacks,
			SimulatedMedia media) {
		return new Simulator(corp, properties, transcript, kf, callbacks, media, CLOCK);
	}

}
