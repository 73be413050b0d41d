package cn.jiangle.ecojustice.bot.wecom;

import java.net.URI;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The corp a test class's application runs as, with what the application and WeCom must agree on: the agent's
 * secret and the callback's token and AES key.
 */
public record TestCorp(String id, String secret, String token, String aesKey) {

	public static final int AGENT = 1000002;

	/** WeCom's server API for this corp, on loopback; register it as a static extension to close it after the class. */
	public FakeWeComApi startApi() {
		return FakeWeComApi.start(id, secret);
	}

	/** Points the application at this corp, with {@code api} as WeCom's server. */
	public void configure(DynamicPropertyRegistry registry, FakeWeComApi api) {
		registry.add("wecom.corp-id", this::id);
		registry.add("wecom.agent-id", () -> AGENT);
		registry.add("wecom.secret", this::secret);
		registry.add("wecom.token", this::token);
		registry.add("wecom.aes-key", this::aesKey);
		registry.add("wecom.api-base-url", api::baseUrl);
	}

	/** WeCom's side of the callback of the application listening on {@code port}. */
	public WeComCallbackClient callbackClient(int port) {
		return new WeComCallbackClient(URI.create("http://127.0.0.1:" + port + "/wecom/callback"), token, aesKey, id,
				AGENT);
	}

}
