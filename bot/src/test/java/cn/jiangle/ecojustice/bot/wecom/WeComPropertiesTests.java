package cn.jiangle.ecojustice.bot.wecom;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WeComPropertiesTests {

	@Test
	void bindsFromEnvironmentVariablesWithDefaults() {
		WeComProperties properties = bindEnvironment(Map.of("WECOM_CORP_ID", "wwcorp", "WECOM_AGENT_ID", "1000002",
				"WECOM_SECRET", "s3cret", "WECOM_TOKEN", "tok", "WECOM_AES_KEY", WeComCryptoTests.AES_KEY,
				"WECOM_API_BASE_URL", "http://127.0.0.1:9/", "WECOM_OUTBOX_THROTTLE_PER_MEMBER", "10"));
		assertThat(properties.configured()).isTrue();
		assertThat(properties.corpId()).isEqualTo("wwcorp");
		assertThat(properties.agentId()).isEqualTo(1000002);
		assertThat(properties.apiBase()).isEqualTo("http://127.0.0.1:9");
		assertThat(properties.outbox().throttle().perMember()).isEqualTo(10);
		assertThat(properties.outbox().throttle().perRobot()).isEqualTo(20);
		assertThat(properties.callback().timestampTolerance()).isEqualTo(Duration.ofMinutes(5));
		assertThat(properties.callback().maxBodySize()).isEqualTo(DataSize.ofKilobytes(64));
	}

	@Test
	void withoutCredentialsTheChannelIsUnconfiguredButValid() {
		WeComProperties properties = bindEnvironment(Map.of());
		assertThat(properties.configured()).isFalse();
		assertThat(properties.apiBase()).isEqualTo("https://qyapi.weixin.qq.com");
	}

	@Test
	void partialCredentialsNameWhatIsMissing() {
		assertThatThrownBy(() -> bindEnvironment(Map.of("WECOM_CORP_ID", "wwcorp", "WECOM_TOKEN", "tok")))
			.isInstanceOf(BindException.class)
			.rootCause()
			.hasMessageContaining("wecom.agent-id")
			.hasMessageContaining("wecom.secret")
			.hasMessageContaining("wecom.aes-key")
			.hasMessageNotContaining("wecom.token,");
	}

	@Test
	void secretsNeverAppearInToString() {
		WeComProperties properties = bindEnvironment(Map.of("WECOM_CORP_ID", "wwcorp", "WECOM_AGENT_ID", "1",
				"WECOM_SECRET", "s3cret-value", "WECOM_TOKEN", "tok-value", "WECOM_AES_KEY", WeComCryptoTests.AES_KEY));
		assertThat(properties.toString()).contains("wwcorp")
			.doesNotContain("s3cret-value")
			.doesNotContain("tok-value")
			.doesNotContain(WeComCryptoTests.AES_KEY);
	}

	private static WeComProperties bindEnvironment(Map<String, Object> variables) {
		SystemEnvironmentPropertySource source = new SystemEnvironmentPropertySource(
				StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables);
		Binder binder = new Binder(ConfigurationPropertySources.from(source));
		return binder.bindOrCreate("wecom", WeComProperties.class);
	}

}
