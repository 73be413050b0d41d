package cn.jiangle.ecojustice.bot.chat;

import java.util.List;

import cn.jiangle.ecojustice.bot.conversation.MutableClock;
import cn.jiangle.ecojustice.bot.wecom.DispatchedChat;
import cn.jiangle.ecojustice.bot.messages.InboundHandler;
import cn.jiangle.ecojustice.bot.messages.Reply;
import cn.jiangle.ecojustice.db.officers.Officers;
import cn.jiangle.ecojustice.db.testing.DatabaseTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application with a mock web environment (no server), on a database and a knowledge index of the test
 * class's own, talked to through the channel's dispatcher — each message stored as an inbound event and handled in the
 * dispatcher's transaction — while the test moves the clock. Officers are registered by each subclass in a
 * {@code @BeforeAll} of its own, which runs after this class's.
 */
@SpringBootTest(webEnvironment = WebEnvironment.MOCK)
@DatabaseTest
@Import(ChatTestSupport.Clocked.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ChatIntegrationTest {

	@DynamicPropertySource
	static void knowledge(DynamicPropertyRegistry registry) {
		ChatTestSupport.ownKnowledgeIndex(registry);
		ChatTestSupport.dispatchedByTheTest(registry);
	}

	@Autowired
	protected InboundHandler handler;

	@Autowired
	protected Officers officers;

	@Autowired
	protected MutableClock clock;

	@Autowired
	protected JdbcTemplate jdbc;

	@Autowired
	protected ApplicationContext context;

	protected ChatFixture chat;

	@BeforeAll
	protected void startChat() {
		chat = new ChatFixture(new DispatchedChat(context));
	}

	protected List<Reply> say(String userid, String text) {
		return chat.say(userid, text);
	}

}
