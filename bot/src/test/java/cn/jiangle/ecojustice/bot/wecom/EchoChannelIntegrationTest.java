package cn.jiangle.ecojustice.bot.wecom;

import cn.jiangle.ecojustice.db.outbox.Outbox;
import cn.jiangle.ecojustice.db.testing.DatabaseTest;
import cn.jiangle.ecojustice.db.wecom.InboundEvents;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The real application on a database of the test class's own and a port of its own, answering through
 * {@link EchoHandler}. WeCom is each subclass's: a {@link TestCorp} and its {@link FakeWeComApi}, configured in the
 * subclass's {@code @DynamicPropertySource}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@DatabaseTest
// closed after the class: its dispatcher and sender threads would otherwise keep polling a finished test database
@DirtiesContext
@Import(EchoHandler.Config.class)
abstract class EchoChannelIntegrationTest {

	@LocalServerPort
	int port;

	@Autowired
	InboundEvents events;

	@Autowired
	Outbox outbox;

	@Autowired
	EchoHandler handler;

}
