package cn.jiangle.ecojustice.bot.chat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Instant;

import cn.jiangle.ecojustice.bot.conversation.MutableClock;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;

/** What the chat tests share: a clock they move, and a Lucene index of the shipped documents of their own. */
public final class ChatTestSupport {

	public static final Instant START = Instant.parse("2026-11-20T01:00:00Z");

	private ChatTestSupport() {
	}

	/** Each test class's context builds the real index of the built-in documents in its own folder. */
	public static void ownKnowledgeIndex(DynamicPropertyRegistry registry) {
		String dir;
		try {
			dir = Files.createTempDirectory("ecojustice-chat-index-").toString();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		registry.add("ecojustice.knowledge.index-dir", () -> dir);
	}

	/**
	 * The channel as the chat tests drive it: no simulator, nothing sent, the application's own dispatcher off (the
	 * test's {@code DispatchedChat} handles each message before returning).
	 */
	public static void dispatchedByTheTest(DynamicPropertyRegistry registry) {
		registry.add("ecojustice.simulator.enabled", () -> "false");
		registry.add("wecom.dispatcher.enabled", () -> "false");
		registry.add("wecom.outbox.enabled", () -> "false");
	}

	@TestConfiguration(proxyBeanMethods = false)
	public static class Clocked {

		@Bean
		MutableClock clock() {
			return new MutableClock(START);
		}

	}

}
