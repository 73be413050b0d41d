package cn.jiangle.ecojustice.bot.conversation;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import cn.jiangle.ecojustice.bot.messages.InboundMessage.Channel;
import cn.jiangle.ecojustice.bot.messages.Reply;
import cn.jiangle.ecojustice.db.conversation.ConversationStates;
import cn.jiangle.ecojustice.db.testing.DatabaseTest;
import cn.jiangle.ecojustice.db.testing.DatabaseTestConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A flow whose stored state can no longer be decrypted (its key version was removed from the configuration, or the
 * value was copied from another user's row) ends at the user's next message with a clear notice, once, instead of
 * failing on every message; the user then starts afresh normally.
 */
@SpringBootTest(classes = { DatabaseTestConfiguration.class, UnreadableFlowStateIntegrationTests.Engine.class })
@DatabaseTest
class UnreadableFlowStateIntegrationTests {

	static final List<Map<String, Object>> COMPLETED = new CopyOnWriteArrayList<>();

	@Configuration(proxyBeanMethods = false)
	@Import({ ConversationConfiguration.class, Conversations.class })
	static class Engine {

		@Bean
		MutableClock clock() {
			return new MutableClock(Instant.parse("2026-11-20T01:00:00Z"));
		}

	}

	@Autowired
	Conversations conversations;

	@Autowired
	ConversationStates states;

	@Autowired
	JdbcTemplate jdbc;

	private static final AtomicLong events = new AtomicLong(1000);

	private final FlowCatalog<String> catalog = DemoFlows.catalog(COMPLETED);

	@Test
	void aStateUnderARemovedKeyEndsTheFlowWithANotice() {
		Speaker speaker = new Speaker(Channel.APP, "rotated.user");
		say(speaker, "演示");
		say(speaker, "张三");
		// as if sealed under key version 3, since removed from ecojustice.db.crypto.keys
		jdbc.update("UPDATE conversation_state SET data = CONCAT('a3:', SUBSTRING(data, 4)) WHERE user_id = ?",
				speaker.userId());

		assertThat(text(say(speaker, "25"))).isEqualTo(Conversations.UNREADABLE + "\n");
		assertThat(conversations.activeFlow(speaker)).isEmpty();
		assertThat(states.history("APP", speaker.userId())).containsExactly("STARTED", "ABANDONED");

		// nothing is stuck: the next keyword starts the flow afresh
		assertThat(text(say(speaker, "演示"))).contains("开始「演示」").contains("请输入姓名");
	}

	@Test
	void aStateCopiedFromAnotherUserEndsTheFlowAndStartsTheRequestedOne() {
		Speaker victim = new Speaker(Channel.APP, "victim.user");
		Speaker copier = new Speaker(Channel.APP, "copier.user");
		say(victim, "演示");
		say(victim, "李四");
		say(copier, "演示");
		jdbc.update("""
				UPDATE conversation_state c JOIN conversation_state v ON v.user_id = ?
				SET c.data = v.data WHERE c.user_id = ?""", victim.userId(), copier.userId());

		// a keyword that starts a flow gets the notice and the new flow's first prompt
		String reply = text(say(copier, "演示"));
		assertThat(reply).startsWith(Conversations.UNREADABLE).contains("开始「演示」").doesNotContain("李四");
		assertThat(states.find("APP", copier.userId()).orElseThrow().data()).doesNotContain("李四");
		assertThat(states.find("APP", victim.userId()).orElseThrow().data()).contains("李四");
	}

	private List<Reply> say(Speaker speaker, String text) {
		return conversations.handle(catalog, speaker, "officer", events.incrementAndGet(), new Turn.Text(text))
			.orElseThrow(() -> new AssertionError("not handled as a flow turn: " + text));
	}

	private static String text(List<Reply> replies) {
		StringBuilder all = new StringBuilder();
		for (Reply reply : replies) {
			if (reply instanceof Reply.Text t) {
				all.append(t.content()).append('\n');
			}
		}
		return all.toString();
	}

}
