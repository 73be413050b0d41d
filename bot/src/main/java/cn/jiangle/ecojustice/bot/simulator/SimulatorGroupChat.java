package cn.jiangle.ecojustice.bot.simulator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The simulator's group-chat panel: several officers in one internal group chat with the 智能机器人; whoever is picked
 * @-mentions the bot, and the bot's stream fills in as the simulated WeCom refreshes it ({@link SimulatedAibot}). Its
 * own endpoints and assets under {@code /simulator/group}, behind the simulator's loopback-only rule.
 */
@SimulatorActive
@RestController
class SimulatorGroupChat {

	private static final Pattern USER_ID = Pattern.compile("[A-Za-z0-9_@.\\-]{1,64}");

	private static final Map<String, MediaType> ASSETS = Map.of("group.js",
			MediaType.parseMediaType("text/javascript;charset=UTF-8"), "group.css",
			MediaType.parseMediaType("text/css;charset=UTF-8"));

	private final SimulatedAibot aibot;

	SimulatorGroupChat(SimulatedAibot aibot) {
		this.aibot = aibot;
	}

	@GetMapping("/simulator/group/assets/{name}")
	ResponseEntity<byte[]> asset(@PathVariable String name) {
		MediaType type = ASSETS.get(name);
		if (type == null) {
			return ResponseEntity.notFound().build();
		}
		try (InputStream in = SimulatorGroupChat.class.getResourceAsStream("/simulator/" + name)) {
			if (in == null) {
				return ResponseEntity.notFound().build();
			}
			return ResponseEntity.ok()
				.contentType(type)
				.header("X-Content-Type-Options", "nosniff")
				.cacheControl(CacheControl.noCache())
				.body(in.readAllBytes());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@GetMapping(path = "/simulator/group/lines", produces = MediaType.APPLICATION_JSON_VALUE)
	Map<String, Object> lines() {
		return Map.of("groupId", SimulatedAibot.GROUP_ID, "bot", SimulatedAibot.BOT_NAME, "lines", aibot.lines());
	}

	record Mention(String userId, String text) {
	}

	@PostMapping(path = "/simulator/group/messages", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	Map<String, Object> mention(@RequestBody Mention mention) {
		if (mention.userId() == null || !USER_ID.matcher(mention.userId()).matches()) {
			throw new UnacceptableInput("userId", "userid 只能包含字母、数字和 _@.-，最长64个字符");
		}
		if (mention.text() == null || mention.text().isBlank() || mention.text().length() > 2000) {
			throw new UnacceptableInput("text", "消息不能为空，且不超过2000个字符");
		}
		return Map.of("callbackStatus", aibot.mention(mention.userId(), mention.text().strip()));
	}

	@ExceptionHandler(UnacceptableInput.class)
	ResponseEntity<ProblemDetail> unacceptable(UnacceptableInput failure) {
		return problem(HttpStatus.BAD_REQUEST, failure.getMessage());
	}

	@ExceptionHandler({ CallbackUnreachable.class, PassiveReplyInvalid.class })
	ResponseEntity<ProblemDetail> unreachable(RuntimeException failure) {
		return problem(HttpStatus.BAD_GATEWAY, "助手的智能机器人回调未正常应答：" + failure.getClass().getSimpleName());
	}

	private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
		return ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(ProblemDetail.forStatusAndDetail(status, detail));
	}

	/** The simulated bot, with the credentials {@link SimulatorEnvironment} generated for it. */
	@SimulatorActive
	@Configuration(proxyBeanMethods = false)
	static class Wiring {

		@Bean
		SimulatedAibot simulatedAibot(Environment environment) {
			Binder binder = Binder.get(environment);
			String contextPath = environment.getProperty("server.servlet.context-path", "");
			String base = contextPath.endsWith("/") ? contextPath.substring(0, contextPath.length() - 1) : contextPath;
			return new SimulatedAibot(required(binder, "wecom.aibot.bots[0].id"),
					required(binder, "wecom.aibot.bots[0].token"), required(binder, "wecom.aibot.bots[0].aes-key"),
					() -> URI.create("http://127.0.0.1:" + environment.getProperty("local.server.port",
							environment.getProperty("server.port", "8080")) + base + "/wecom/aibot/callback"),
					Clock.systemUTC());
		}

		private static String required(Binder binder, String name) {
			return binder.bind(name, String.class)
				.orElseThrow(() -> new IllegalStateException(name + " was not supplied by SimulatorEnvironment"));
		}

	}

}
