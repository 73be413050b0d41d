package cn.jiangle.ecojustice.bot.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Decides, before any bean exists, whether the local WeCom simulator plays WeCom for this run, and if so supplies a
 * coherent set of {@code wecom.*} values pointing the channel at it. The rule:
 * <ul>
 * <li>no {@code wecom.corp-id} and no {@code wecom.secret} (the zero-setup default) → simulator active, unless
 * {@code ecojustice.simulator.enabled=false};</li>
 * <li>real credentials → simulator off (none of its endpoints exist); asking for it explicitly with
 * {@code ecojustice.simulator.enabled=true} stops startup, because a simulator next to a real corp would let anyone
 * who reaches the page act as any officer.</li>
 * </ul>
 * The outcome is published as {@value #ACTIVE} so that the simulator's beans can be conditional on it; it is always
 * written here (true or false), so setting it by hand has no effect.
 */
public class SimulatorEnvironment implements EnvironmentPostProcessor, Ordered {

	static final String ACTIVE = "ecojustice.simulator.active";

	static final String ENABLED = "ecojustice.simulator.enabled";

	static final String PROPERTY_SOURCE = "ecojusticeSimulator";

	/** Shaped like a real corp id (ww + 16 characters) so that length checks behind the callback behave as in production. */
	static final String CORP_ID = "wwsimulator00001";

	static final int AGENT_ID = 1000002;

	static final String BOOTSTRAP_ADMIN = "SimAdmin";

	/** The 微信客服 link the binding-code flow appends {@code scene_param} to. */
	static final String KF_LINK = "ecojustice.binding.kf-link";

	/** Shaped like a real aibotid. */
	static final String SIMULATED_AIBOT_ID = "aibSimulatorLiaisonBot01";

	static final String SIMULATED_KF_LINK = "https://work.weixin.qq.com/kfid/kfcSimulator000001?enc_scene=ENCSIMULATOR";

	/** WeCom's API lives under /cgi-bin below this path, as it does below https://qyapi.weixin.qq.com. */
	static final String API_PATH = "/simulator/api";

	private final SecureRandom random = new SecureRandom();

	@Override
	public int getOrder() {
		// after config data (application.yml, ./config, profiles) has been loaded, so the decision sees every setting
		return Ordered.LOWEST_PRECEDENCE - 100;
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		Binder binder = Binder.get(environment);
		boolean realCredentials = isSet(binder, "wecom.corp-id") || isSet(binder, "wecom.secret");
		Boolean enabled = binder.bind(ENABLED, Boolean.class).orElse(null);
		Map<String, Object> values = new LinkedHashMap<>();
		if (realCredentials) {
			if (Boolean.TRUE.equals(enabled)) {
				throw new SimulatorConflictsWithRealCredentials();
			}
			values.put(ACTIVE, false);
		}
		else if (Boolean.FALSE.equals(enabled)) {
			values.put(ACTIVE, false);
		}
		else {
			values.put(ACTIVE, true);
			values.putAll(simulatedCorp(binder));
		}
		environment.getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE, values));
	}

	private Map<String, Object> simulatedCorp(Binder binder) {
		Map<String, Object> values = new LinkedHashMap<>();
		int port = binder.bind("server.port", Integer.class).orElse(8080);
		if (port == 0) {
			// The channel reads wecom.api-base-url once at startup, before the web server has a port; so the
			// simulator fixes a free port now instead of letting the server pick one later (tests use port 0).
			port = freeLoopbackPort();
			values.put("server.port", port);
		}
		String contextPath = binder.bind("server.servlet.context-path", String.class).orElse("");
		// Fresh secrets for every start: nothing outside this process can forge callbacks, and nothing to leak.
		values.put("wecom.corp-id", CORP_ID);
		values.put("wecom.agent-id", AGENT_ID);
		values.put("wecom.secret", randomHex(32));
		values.put("wecom.token", randomHex(16));
		values.put("wecom.aes-key", randomEncodingAesKey());
		values.put("wecom.api-base-url", "http://127.0.0.1:" + port + stripTrailingSlash(contextPath) + API_PATH);
		if (!isSet(binder, "wecom.bootstrap-admin")) {
			values.put("wecom.bootstrap-admin", BOOTSTRAP_ADMIN);
		}
		if (!isSet(binder, KF_LINK)) {
			// so that 绑定码 hands out a link the page's 「我是被告人」 side can open
			values.put(KF_LINK, SIMULATED_KF_LINK);
		}
		if (!isSet(binder, "wecom.aibot.bots[0].id")) {
			// the 智能机器人 the group-chat panel @-mentions
			values.put("wecom.aibot.bots[0].id", SIMULATED_AIBOT_ID);
			values.put("wecom.aibot.bots[0].token", randomHex(16));
			values.put("wecom.aibot.bots[0].aes-key", randomEncodingAesKey());
		}
		return values;
	}

	/** Set and not blank; the Binder sees relaxed names too (WECOM_CORPID, WECOM_SECRET in the environment). */
	private static boolean isSet(Binder binder, String name) {
		return StringUtils.hasText(binder.bind(name, String.class).orElse(null));
	}

	private String randomHex(int bytes) {
		byte[] raw = new byte[bytes];
		random.nextBytes(raw);
		return HexFormat.of().formatHex(raw);
	}

	/** 32 random bytes in WeCom's EncodingAESKey form: Base64 without its single trailing '='. */
	private String randomEncodingAesKey() {
		byte[] raw = new byte[32];
		random.nextBytes(raw);
		String encoded = Base64.getEncoder().encodeToString(raw);
		return encoded.substring(0, 43);
	}

	private static String stripTrailingSlash(String path) {
		return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
	}

	private static int freeLoopbackPort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("no free local port for the WeCom simulator", ex);
		}
	}

}
