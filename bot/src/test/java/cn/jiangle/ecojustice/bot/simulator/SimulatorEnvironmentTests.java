package cn.jiangle.ecojustice.bot.simulator;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.support.SpringFactoriesLoader;

import cn.jiangle.ecojustice.bot.wecom.WeComCrypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class SimulatorEnvironmentTests {

	private final SimulatorEnvironment postProcessor = new SimulatorEnvironment();

	@Test
	void withoutCredentialsTheSimulatorSuppliesACoherentCorp() {
		StandardEnvironment environment = environment(Map.of("server.port", "8080"));

		postProcessor.postProcessEnvironment(environment, new SpringApplication());

		assertThat(environment.getProperty(SimulatorEnvironment.ACTIVE, Boolean.class)).isTrue();
		assertThat(environment.getProperty("wecom.corp-id")).isEqualTo(SimulatorEnvironment.CORP_ID);
		assertThat(environment.getProperty("wecom.agent-id", Integer.class)).isEqualTo(SimulatorEnvironment.AGENT_ID);
		assertThat(environment.getProperty("wecom.secret")).hasSize(64);
		assertThat(environment.getProperty("wecom.token")).hasSize(32);
		assertThat(environment.getProperty("wecom.api-base-url")).isEqualTo("http://127.0.0.1:8080/simulator/api");
		assertThat(environment.getProperty("wecom.bootstrap-admin")).isEqualTo(SimulatorEnvironment.BOOTSTRAP_ADMIN);
		assertThat(environment.getProperty("ecojustice.binding.kf-link"))
			.isEqualTo(SimulatorEnvironment.SIMULATED_KF_LINK)
			.doesNotContain("scene_param");
		String aesKey = environment.getProperty("wecom.aes-key");
		assertThat(aesKey).hasSize(43);
		assertThat(Base64.getDecoder().decode(aesKey + "=")).hasSize(32);
		// the channel's own cipher accepts it and round-trips with it
		WeComCrypto crypto = new WeComCrypto(environment.getProperty("wecom.token"), aesKey);
		assertThat(crypto.encrypt("<xml/>", SimulatorEnvironment.CORP_ID)).isNotBlank();
	}

	@Test
	void everyStartHasFreshSecrets() {
		StandardEnvironment first = environment(Map.of());
		StandardEnvironment second = environment(Map.of());

		postProcessor.postProcessEnvironment(first, new SpringApplication());
		postProcessor.postProcessEnvironment(second, new SpringApplication());

		assertThat(first.getProperty("wecom.aes-key")).isNotEqualTo(second.getProperty("wecom.aes-key"));
		assertThat(first.getProperty("wecom.token")).isNotEqualTo(second.getProperty("wecom.token"));
		assertThat(first.getProperty("wecom.secret")).isNotEqualTo(second.getProperty("wecom.secret"));
	}

	@Test
	void aRandomServerPortIsFixedSoTheApiBaseUrlCanNameIt() {
		StandardEnvironment environment = environment(Map.of("server.port", "0"));

		postProcessor.postProcessEnvironment(environment, new SpringApplication());

		int port = environment.getProperty("server.port", Integer.class);
		assertThat(port).isPositive();
		assertThat(environment.getProperty("wecom.api-base-url")).isEqualTo("http://127.0.0.1:" + port + "/simulator/api");
	}

	@Test
	void theContextPathIsPartOfTheApiBaseUrl() {
		StandardEnvironment environment = environment(
				Map.of("server.port", "9090", "server.servlet.context-path", "/assistant/"));

		postProcessor.postProcessEnvironment(environment, new SpringApplication());

		assertThat(environment.getProperty("wecom.api-base-url"))
			.isEqualTo("http://127.0.0.1:9090/assistant/simulator/api");
	}

	@Test
	void aConfiguredBootstrapAdminAndKfLinkAreKept() {
		StandardEnvironment environment = environment(Map.of("wecom.bootstrap-admin", "LinJianguo",
				"ecojustice.binding.kf-link", "https://work.weixin.qq.com/kfid/kfcOwn"));

		postProcessor.postProcessEnvironment(environment, new SpringApplication());

		assertThat(environment.getProperty("wecom.bootstrap-admin")).isEqualTo("LinJianguo");
		assertThat(environment.getProperty("ecojustice.binding.kf-link")).isEqualTo("https://work.weixin.qq.com/kfid/kfcOwn");
	}

	@Test
	void aSimulatedAibotIsSuppliedForTheGroupChatPanelUnlessOneIsConfigured() {
		StandardEnvironment simulated = environment(Map.of());
		postProcessor.postProcessEnvironment(simulated, new SpringApplication());
		assertThat(simulated.getProperty("wecom.aibot.bots[0].id")).isEqualTo(SimulatorEnvironment.SIMULATED_AIBOT_ID);
		String token = simulated.getProperty("wecom.aibot.bots[0].token");
		String aesKey = simulated.getProperty("wecom.aibot.bots[0].aes-key");
		assertThat(token).hasSize(32).isNotEqualTo(simulated.getProperty("wecom.token"));
		assertThat(Base64.getDecoder().decode(aesKey + "=")).hasSize(32);

		StandardEnvironment configured = environment(Map.of("wecom.aibot.bots[0].id", "aibOwnBot"));
		postProcessor.postProcessEnvironment(configured, new SpringApplication());
		assertThat(configured.getProperty("wecom.aibot.bots[0].id")).isEqualTo("aibOwnBot");
		assertThat(configured.getProperty("wecom.aibot.bots[0].token")).isNull();
	}

	@Test
	void partialWeComSettingsWithoutCorpIdOrSecretAreReplacedWholesale() {
		StandardEnvironment environment = environment(Map.of("wecom.token", "leftover", "wecom.agent-id", "7"));

		postProcessor.postProcessEnvironment(environment, new SpringApplication());

		assertThat(environment.getProperty(SimulatorEnvironment.ACTIVE, Boolean.class)).isTrue();
		assertThat(environment.getProperty("wecom.token")).isNotEqualTo("leftover");
		assertThat(environment.getProperty("wecom.agent-id", Integer.class)).isEqualTo(SimulatorEnvironment.AGENT_ID);
	}

	@Test
	void realCredentialsTurnTheSimulatorOffAndLeaveWeComAlone() {
		StandardEnvironment environment = environment(Map.of("wecom.corp-id", "ww0123456789abcdef", "wecom.secret",
				"real-secret", "server.port", "0", SimulatorEnvironment.ACTIVE, "true"));

		postProcessor.postProcessEnvironment(environment, new SpringApplication());

		assertThat(environment.getProperty(SimulatorEnvironment.ACTIVE, Boolean.class)).isFalse();
		assertThat(environment.getProperty("wecom.corp-id")).isEqualTo("ww0123456789abcdef");
		assertThat(environment.getProperty("wecom.secret")).isEqualTo("real-secret");
		assertThat(environment.getProperty("wecom.api-base-url")).isNull();
		assertThat(environment.getProperty("server.port")).isEqualTo("0");
	}

	@Test
	void aSecretFromTheOperatingSystemEnvironmentCountsAsRealCredentials() {
		StandardEnvironment environment = environment(Map.of());
		environment.getPropertySources()
			.replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
					new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
							Map.of("WECOM_SECRET", "from-env")));

		postProcessor.postProcessEnvironment(environment, new SpringApplication());

		assertThat(environment.getProperty(SimulatorEnvironment.ACTIVE, Boolean.class)).isFalse();
	}

	@Test
	void blankCredentialsAreNoCredentials() {
		StandardEnvironment environment = environment(Map.of("wecom.corp-id", " ", "wecom.secret", ""));

		postProcessor.postProcessEnvironment(environment, new SpringApplication());

		assertThat(environment.getProperty(SimulatorEnvironment.ACTIVE, Boolean.class)).isTrue();
	}

	@Test
	void realCredentialsWithTheSimulatorExplicitlyEnabledStopStartup() {
		StandardEnvironment environment = environment(Map.of("wecom.corp-id", "ww0123456789abcdef", "wecom.secret",
				"real-secret", SimulatorEnvironment.ENABLED, "true"));

		assertThatExceptionOfType(SimulatorConflictsWithRealCredentials.class)
			.isThrownBy(() -> postProcessor.postProcessEnvironment(environment, new SpringApplication()))
			.withMessageContaining("ecojustice.simulator.enabled=true")
			.withMessageContaining("wecom.corp-id");
	}

	@Test
	void theSimulatorCanBeSwitchedOffInTheZeroSetupDefault() {
		StandardEnvironment environment = environment(Map.of(SimulatorEnvironment.ENABLED, "false"));

		postProcessor.postProcessEnvironment(environment, new SpringApplication());

		assertThat(environment.getProperty(SimulatorEnvironment.ACTIVE, Boolean.class)).isFalse();
		assertThat(environment.getProperty("wecom.corp-id")).isNull();
	}

	@Test
	void theFailureReportTellsTheOperatorWhatToDo() {
		SimulatorConflictsWithRealCredentials failure = new SimulatorConflictsWithRealCredentials();

		FailureAnalysis analysis = new SimulatorConflictAnalyzer().analyze(new IllegalStateException(failure));

		assertThat(analysis.getDescription()).contains("real WeCom credentials");
		assertThat(analysis.getAction()).contains("remove ecojustice.simulator.enabled=true")
			.contains("remove wecom.corp-id and wecom.secret");
	}

	@Test
	void isRegisteredWithSpringBoot() {
		// Boot's own post-processors need constructor arguments this plain lookup does not give: skip those
		List<EnvironmentPostProcessor> registered = SpringFactoriesLoader.forDefaultResourceLocation()
			.load(EnvironmentPostProcessor.class, null, SpringFactoriesLoader.FailureHandler.handleMessage((m, e) -> {
			}));

		assertThat(registered).hasAtLeastOneElementOfType(SimulatorEnvironment.class);
	}

	private static StandardEnvironment environment(Map<String, String> properties) {
		StandardEnvironment environment = new StandardEnvironment();
		// isolate from the machine's real environment variables and system properties
		environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
		environment.getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
		environment.getPropertySources()
			.addLast(new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
					Map.of()));
		environment.getPropertySources().addLast(new MapPropertySource("test", new LinkedHashMap<>(properties)));
		return environment;
	}

}
