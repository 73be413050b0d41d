package cn.jiangle.ecojustice.bot.conversation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import cn.jiangle.ecojustice.bot.messages.InboundMessage.Channel;
import cn.jiangle.ecojustice.bot.messages.Reply;
import cn.jiangle.ecojustice.db.conversation.ConversationStates;
import cn.jiangle.ecojustice.db.testing.DatabaseTest;
import cn.jiangle.ecojustice.db.testing.DatabaseTestConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine on the real database with a demo flow: start by keyword, validation with reasons, 返回/取消/帮助 at every
 * step, conditional steps and loops, the confirm card, completion refusals, one active flow, redelivery, resuming in a
 * fresh application context and abandoning after long silence.
 */
@SpringBootTest(classes = { DatabaseTestConfiguration.class, ConversationsIntegrationTests.Engine.class })
@DatabaseTest
class ConversationsIntegrationTests {

	static final Instant START = Instant.parse("2026-11-20T01:00:00Z");

	/** Completed registrations, as the demo flow's "domain call" records them. */
	static final List<Map<String, Object>> COMPLETED = new CopyOnWriteArrayList<>();

	@Configuration(proxyBeanMethods = false)
	@Import({ ConversationConfiguration.class, Conversations.class })
	static class Engine {

		@Bean
		MutableClock clock() {
			return new MutableClock(START);
		}

	}

	@Autowired
	Conversations conversations;

	@Autowired
	ConversationStates states;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Environment environment;

	private static final AtomicLong events = new AtomicLong(1000);

	private FlowCatalog<String> catalog;

	private Speaker speaker;

	@BeforeEach
	void demoCatalog() {
		catalog = DemoFlows.catalog(COMPLETED);
		speaker = new Speaker(Channel.APP, "user" + events.incrementAndGet());
	}

	private List<Reply> say(String text) {
		return conversations.handle(catalog, speaker, "officer", events.incrementAndGet(), new Turn.Text(text))
			.orElseThrow(() -> new AssertionError("not handled as a flow turn: " + text));
	}

	private List<Reply> click(String key, String taskId) {
		return conversations
			.handle(catalog, speaker, "officer", events.incrementAndGet(), new Turn.Button(key, taskId))
			.orElseThrow();
	}

	private static String text(List<Reply> replies) {
		StringBuilder all = new StringBuilder();
		for (Reply reply : replies) {
			if (reply instanceof Reply.Text t) {
				all.append(t.content()).append('\n');
			}
			else if (reply instanceof Reply.Card c) {
				all.append("[card ").append(c.title()).append("]\n");
			}
		}
		return all.toString();
	}

	private static Reply.Card card(List<Reply> replies) {
		return replies.stream().filter(Reply.Card.class::isInstance).map(Reply.Card.class::cast).findFirst()
			.orElseThrow(() -> new AssertionError("no card in " + replies));
	}

	private String step() {
		return states.find("APP", speaker.userId()).orElseThrow().step();
	}

	@Test
	void onlyKeywordsStartAFlow() {
		assertThat(conversations.handle(catalog, speaker, "officer", 1, new Turn.Text("碳汇是什么？"))).isEmpty();
		assertThat(conversations.activeFlow(speaker)).isEmpty();

		List<Reply> first = say(" 演示 ");

		assertThat(text(first)).contains("开始「演示」").contains("请输入姓名");
		assertThat(conversations.activeFlow(speaker)).contains("演示");
		assertThat(step()).isEqualTo("name");
	}

	@Test
	void aMenuKeyStartsAFlowToo() {
		List<Reply> first = click("menu_demo", null);

		assertThat(text(first)).contains("请输入姓名");
		assertThat(conversations.activeFlow(speaker)).contains("演示");
	}

	@Test
	void invalidInputIsReaskedWithTheReason() {
		say("演示");
		say("张三");
		say("1");

		List<Reply> rejected = say("一百二十");

		assertThat(text(rejected)).contains("年龄应为1到120之间的整数").contains("请输入年龄");
		assertThat(step()).isEqualTo("age");
		assertThat(text(say("130"))).contains("年龄应为1到120之间的整数");
		assertThat(text(say("35"))).contains("请输入物品名称");
	}

	@Test
	void choicesTakeTheNumberOrTheLabelAndEchoInputSafely() {
		say("演示");
		say("张三");

		List<Reply> rejected = say("<a href=\"http://evil\">点我</a>");
		assertThat(text(rejected)).contains("不在选项中").contains("＜a href=").doesNotContain("<a href");
		assertThat(text(say("9"))).contains("没有第 9 项");
		assertThat(text(say("乙"))).contains("请输入年龄");
	}

	@Test
	void backUndoesOneAnswerAtATime() {
		say("演示");
		say("张三");
		say("1");

		assertThat(text(say("返回"))).contains("请选择类别");
		assertThat(step()).isEqualTo("kind");
		assertThat(text(say("返回"))).contains("请输入姓名");
		assertThat(text(say("返回。"))).contains("已经是第一步了").contains("请输入姓名");

		say("李四");
		say("2");
		say("40");
		say("斧头");
		List<Reply> confirm = say("否");
		assertThat(text(confirm)).contains("姓名：李四").contains("类别：乙").doesNotContain("张三");
	}

	@Test
	void conditionalStepsAndLoopsGoBackTheWayTheyCame() {
		say("演示");
		say("王五");
		assertThat(text(say("其他"))).contains("请写明类别");
		say("自定义<b>类</b>");
		assertThat(text(say("30"))).contains("请输入物品名称");
		assertThat(text(say("斧头"))).contains("还有其他物品吗");
		assertThat(text(say("是"))).contains("请输入物品名称");
		assertThat(text(say("锯子"))).contains("还有其他物品吗");

		// back across the loop: the second item, then the question that started the loop
		assertThat(text(say("返回"))).contains("请输入物品名称");
		assertThat(text(say("返回"))).contains("还有其他物品吗");
		assertThat(text(say("返回"))).contains("请输入物品名称");
		List<Reply> summary = say("斧头");
		assertThat(text(summary)).contains("还有其他物品吗");
		List<Reply> confirm = say("否");
		assertThat(text(confirm)).contains("类别：其他（自定义＜b＞类＜/b＞）").contains("物品：斧头").doesNotContain("锯子");
	}

	@Test
	void cancelEndsTheFlowAndKeepsNothing() {
		say("演示");
		say("赵六");

		assertThat(text(say("取消"))).contains("已取消「演示」");

		assertThat(conversations.activeFlow(speaker)).isEmpty();
		assertThat(conversations.handle(catalog, speaker, "officer", 2, new Turn.Text("1"))).isEmpty();
		assertThat(states.history("APP", speaker.userId())).containsExactly("STARTED", "CANCELLED");
	}

	@Test
	void helpExplainsTheCurrentStep() {
		say("演示");
		say("孙七");

		List<Reply> help = say("帮助");

		assertThat(text(help)).contains("【帮助】").contains("甲、乙为常见类别").contains("「返回」").contains("请选择类别");
		assertThat(step()).isEqualTo("kind");
	}

	@Test
	void oneActiveFlowAtATime() {
		say("演示");

		assertThat(text(say("调查"))).contains("您正在进行「演示」").contains("「调查」").contains("请输入姓名");
		assertThat(conversations.activeFlow(speaker)).contains("演示");
		assertThat(text(say("演示"))).contains("继续「演示」");
	}

	@Test
	void theConfirmCardButtonsWorkAndStaleCardsAreRefused() {
		say("演示");
		say("周八");
		say("1");
		say("20");
		say("铁锹");
		List<Reply> confirm = say("否");
		Reply.Card card = card(confirm);
		assertThat(card.buttons()).extracting(Reply.Button::key)
			.containsExactly(ConfirmStep.CONFIRM_KEY, ConfirmStep.BACK_KEY, ConfirmStep.CANCEL_KEY);

		assertThat(text(click(ConfirmStep.CONFIRM_KEY, "flow_stale"))).contains("这张卡片已失效");
		assertThat(COMPLETED).noneMatch(done -> done.get("name").equals("周八"));
		assertThat(text(click(ConfirmStep.BACK_KEY, card(say("帮助")).taskId()))).contains("还有其他物品吗");
		Reply.Card fresh = card(say("否"));
		assertThat(fresh.taskId()).isNotEqualTo(card.taskId()).startsWith("flow_");

		List<Reply> done = click(ConfirmStep.CONFIRM_KEY, fresh.taskId());

		assertThat(text(done)).contains("已完成：周八");
		assertThat(COMPLETED).anyMatch(d -> d.get("name").equals("周八") && d.get("age").equals("20"));
		assertThat(conversations.activeFlow(speaker)).isEmpty();
		assertThat(states.history("APP", speaker.userId())).containsExactly("STARTED", "COMPLETED");
	}

	@Test
	void aCompletionRefusalSendsBackToTheStepThenStraightToConfirm() {
		say("演示");
		say("占用");
		say("1");
		say("50");
		say("铁锹");
		say("否");

		List<Reply> refused = say("确认");
		assertThat(text(refused)).contains("该姓名已被占用").contains("请输入姓名");
		assertThat(step()).isEqualTo("name");

		List<Reply> confirmAgain = say("吴九");
		assertThat(text(confirmAgain)).contains("姓名：吴九").contains("年龄：50");
		assertThat(step()).isEqualTo("confirm");
		assertThat(text(say("确认"))).contains("已完成：吴九");
	}

	@Test
	void aRedeliveredEventChangesNothing() {
		say("演示");
		long event = events.incrementAndGet();
		conversations.handle(catalog, speaker, "officer", event, new Turn.Text("郑十"));
		int version = states.find("APP", speaker.userId()).orElseThrow().version();

		Optional<List<Reply>> again = conversations.handle(catalog, speaker, "officer", event,
				new Turn.Text("郑十"));

		assertThat(again).contains(List.of());
		assertThat(states.find("APP", speaker.userId()).orElseThrow().version()).isEqualTo(version);
	}

	@Test
	void whoMayNotUseAFlowIsToldWhy() {
		Optional<List<Reply>> refused = conversations.handle(catalog, speaker, "guest", 3, new Turn.Text("演示"));

		assertThat(text(refused.orElseThrow())).contains("访客不能使用「演示」");
		assertThat(conversations.activeFlow(speaker)).isEmpty();
	}

	@Test
	void losingTheRightMidFlowEndsIt() {
		say("演示");
		say("某某");

		List<Reply> refused = conversations
			.handle(catalog, speaker, "guest", events.incrementAndGet(), new Turn.Text("1")).orElseThrow();

		assertThat(text(refused)).contains("访客不能使用「演示」").contains("已结束");
		assertThat(conversations.activeFlow(speaker)).isEmpty();
	}

	@Test
	void tooLongAnswersAreRefused() {
		say("演示");

		assertThat(text(say("长".repeat(600)))).contains("内容太长了");
		assertThat(step()).isEqualTo("name");
	}

	@Test
	void answersAreSealedAtRest() {
		say("演示");
		say("保密姓名");

		String raw = jdbc.queryForObject("SELECT data FROM conversation_state WHERE user_id = ?", String.class,
				speaker.userId());
		assertThat(raw).startsWith("a1:").doesNotContain("保密姓名");
	}

	@Test
	void aFlowResumesDaysLaterInAFreshApplicationContext() {
		say("演示");
		say("钱十一");
		say("2");

		try (ConfigurableApplicationContext restarted = freshContext()) {
			Conversations fresh = restarted.getBean(Conversations.class);
			restarted.getBean(MutableClock.class).advance(Duration.ofDays(3));
			FlowCatalog<String> freshCatalog = DemoFlows.catalog(COMPLETED);

			List<Reply> resumed = fresh.handle(freshCatalog, speaker, "officer", events.incrementAndGet(),
					new Turn.Text("不是数字")).orElseThrow();
			assertThat(text(resumed)).contains("您有未完成的「演示」").contains("年龄应为1到120之间的整数");
			fresh.handle(freshCatalog, speaker, "officer", events.incrementAndGet(), new Turn.Text("66"));
			fresh.handle(freshCatalog, speaker, "officer", events.incrementAndGet(), new Turn.Text("锄头"));
			fresh.handle(freshCatalog, speaker, "officer", events.incrementAndGet(), new Turn.Text("否"));
			List<Reply> done = fresh.handle(freshCatalog, speaker, "officer", events.incrementAndGet(),
					new Turn.Text("确认")).orElseThrow();

			assertThat(text(done)).contains("已完成：钱十一");
			assertThat(COMPLETED).anyMatch(d -> d.get("name").equals("钱十一") && d.get("kind").equals("乙"));
		}
	}

	@Test
	void aFlowUntouchedForLongIsAbandoned() {
		say("演示");
		say("冯十二");
		clock.advance(Duration.ofDays(31));
		try {
			assertThat(conversations.handle(catalog, speaker, "officer", events.incrementAndGet(),
					new Turn.Text("1"))).isEmpty();
			assertThat(states.history("APP", speaker.userId())).containsExactly("STARTED", "ABANDONED");
		}
		finally {
			clock.advance(Duration.ofDays(-31));
		}
	}

	/** A second application context on the same database: nothing of the flow can come from memory. */
	private ConfigurableApplicationContext freshContext() {
		return new SpringApplicationBuilder(DatabaseTestConfiguration.class, Engine.class)
			.web(org.springframework.boot.WebApplicationType.NONE)
			.properties("spring.datasource.url=" + environment.getProperty("spring.datasource.url"),
					"spring.datasource.username=" + environment.getProperty("spring.datasource.username"),
					"spring.datasource.password=" + environment.getProperty("spring.datasource.password"),
					"ecojustice.db.crypto.keys.1=" + environment.getProperty("ecojustice.db.crypto.keys.1"),
					"ecojustice.db.crypto.current-version=1",
					"ecojustice.db.crypto.hash-key=" + environment.getProperty("ecojustice.db.crypto.hash-key"),
					"spring.main.banner-mode=off")
			.run();
	}

}
