package cn.jiangle.ecojustice.bot.wecom;

import cn.jiangle.ecojustice.bot.messages.Reply;
import java.time.Instant;
import java.util.List;

import cn.jiangle.ecojustice.db.outbox.OutboundMessage;
import cn.jiangle.ecojustice.db.outbox.OutboundMessage.Destination;
import cn.jiangle.ecojustice.db.outbox.OutboundMessage.Format;
import cn.jiangle.ecojustice.db.wecom.InboundEvent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReplyConversionTests {

	@Test
	void officersGetApplicationMessagesOfEveryKind() {
		List<OutboundMessage> messages = ReplyConversion.toOutbound(event("APP", null),
				List.of(new Reply.Text("文本"), new Reply.Markdown("**md**"),
						new Reply.Card("标题", "说明", "task_9", List.of(new Reply.Button("up", "👍")))));
		assertThat(messages).extracting(OutboundMessage::destination).containsOnly(Destination.APP_USER);
		assertThat(messages).extracting(OutboundMessage::format)
			.containsExactly(Format.TEXT, Format.MARKDOWN, Format.TEMPLATE_CARD);
		assertThat(messages).extracting(OutboundMessage::recipient).containsOnly("officer");
		assertThat(messages).extracting(OutboundMessage::sourceEventId).containsOnly(7L);
		Payloads.Card card = Payloads.read(messages.get(2).body(), Payloads.Card.class);
		assertThat(card.taskId()).isEqualTo("task_9");
		assertThat(card.buttons()).containsExactly(new Payloads.Button("up", "👍"));
	}

	@Test
	void aCardWithoutTaskIdGetsAUniqueOne() {
		List<OutboundMessage> messages = ReplyConversion.toOutbound(event("APP", null),
				List.of(new Reply.Card("a", null, null, List.of(new Reply.Button("k", "t"))),
						new Reply.Card("b", null, " ", List.of(new Reply.Button("k", "t")))));
		assertThat(messages).extracting(m -> Payloads.read(m.body(), Payloads.Card.class).taskId())
			.containsExactly("card_7_0", "card_7_1");
	}

	@Test
	void customersGetPlainTextAndMenusAndTheWelcomeCodeOnce() {
		List<OutboundMessage> messages = ReplyConversion.toOutbound(event("KF", "WELCOME"),
				List.of(new Reply.Markdown("# 标题\n**加粗** [链接](https://example.cn) <font color=\"info\">绿</font>"),
						new Reply.Card("请选择", "二选一", "t1", List.of(new Reply.Button("a", "甲"), new Reply.Button("b", "乙")))));
		assertThat(messages.get(0).destination()).isEqualTo(Destination.KF_WELCOME);
		assertThat(messages.get(0).welcomeCode()).isEqualTo("WELCOME");
		assertThat(messages.get(0).format()).isEqualTo(Format.TEXT);
		assertThat(messages.get(0).body()).isEqualTo("标题\n加粗 链接 https://example.cn 绿");
		assertThat(messages.get(1).destination()).isEqualTo(Destination.KF_CUSTOMER);
		assertThat(messages.get(1).openKfId()).isEqualTo("wkKF");
		Payloads.Menu menu = Payloads.read(messages.get(1).body(), Payloads.Menu.class);
		assertThat(menu.head()).isEqualTo("请选择\n二选一");
		assertThat(menu.items()).extracting(Payloads.MenuItem::id).containsExactly("t1|a", "t1|b");
	}

	@Test
	void menuIdsCarryTaskAndKeyBothWays() {
		assertThat(Payloads.fromMenuId(Payloads.menuId("task_1", "yes|really"))).containsExactly("task_1", "yes|really");
		assertThat(Payloads.fromMenuId(Payloads.menuId(null, "k"))).containsExactly(null, "k");
		assertThat(Payloads.fromMenuId("plain")).containsExactly(null, "plain");
	}

	private static InboundEvent event(String channel, String welcomeCode) {
		return new InboundEvent(7L, channel, "TEXT", "text", "KF".equals(channel) ? "wmCustomer" : "officer",
				"KF".equals(channel) ? "wkKF" : null, "问题", null, null, null, null, welcomeCode, Instant.EPOCH,
				Instant.EPOCH, "PENDING", 0, Instant.EPOCH, null, null);
	}

}
