package cn.jiangle.ecojustice.bot.chat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import cn.jiangle.ecojustice.bot.messages.CardAction;
import cn.jiangle.ecojustice.bot.messages.CardClick;
import cn.jiangle.ecojustice.bot.messages.InboundMessage.Channel;
import cn.jiangle.ecojustice.bot.messages.InboundMessage.Kind;
import cn.jiangle.ecojustice.bot.messages.Reply;
import cn.jiangle.ecojustice.db.Actor;
import cn.jiangle.ecojustice.db.officers.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import static cn.jiangle.ecojustice.bot.chat.ChatFixture.message;
import static cn.jiangle.ecojustice.bot.chat.ChatFixture.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Card clicks go to the {@link CardAction} owning the task id's prefix, whoever clicks — an officer who did not start
 * anything, someone not registered at all, a 微信客服 customer clicking a menu made from a card — before any flow;
 * other task ids still reach the flows.
 */
@Import(CardActionRoutingIntegrationTests.Config.class)
class CardActionRoutingIntegrationTests extends ChatIntegrationTest {

	@Autowired
	Probe probe;

	@BeforeAll
	void officers() {
		officers.register("router.judge", "COURT", Role.CASE_OFFICER, "路法官", Actor.SYSTEM);
	}

	@Test
	void aClickOnAnOwnedCardReachesItsActionWhoeverClicks() {
		assertThat(chat.click("router.judge", "paid", "probe:42")).containsExactly(new Reply.Text("probe 42 paid"));
		// not an officer at all: the action decides what such a click may do, not the desk
		assertThat(chat.click("router.outsider", "paid", "probe:42")).containsExactly(new Reply.Text("probe 42 paid"));
		assertThat(probe.clicks).extracting(CardClick::clickerUserid).containsExactly("router.judge", "router.outsider");
		assertThat(probe.clicks).allSatisfy(click -> {
			assertThat(click.taskId()).isEqualTo("probe:42");
			assertThat(click.channel()).isEqualTo(Channel.APP);
			assertThat(click.eventId()).isPositive();
		});
	}

	@Test
	void aCustomersMenuClickOnAnOwnedCardIsRoutedToo() {
		probe.clicks.clear();
		List<Reply> replies = chat.send(message(Channel.KF, "wmRouter", "wkRouter", Kind.BUTTON_CLICK, "已付款",
				"paid", null, "probe-9"));
		assertThat(replies).containsExactly(new Reply.Text("probe 9 paid"));
		assertThat(probe.clicks).singleElement().satisfies(click -> {
			assertThat(click.channel()).isEqualTo(Channel.KF);
			assertThat(click.openKfId()).isEqualTo("wkRouter");
			assertThat(click.clickerUserid()).isEqualTo("wmRouter");
		});
	}

	@Test
	void otherTaskIdsStillReachTheDesk() {
		probe.clicks.clear();
		assertThat(text(chat.click("router.judge", "paid", "probed:1"))).contains("该按钮已失效");
		assertThat(text(chat.click("router.judge", "paid", "probe"))).contains("该按钮已失效");
		assertThat(probe.clicks).isEmpty();
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Config {

		@Bean
		Probe probeAction() {
			return new Probe();
		}

	}

	static class Probe implements CardAction {

		final List<CardClick> clicks = new CopyOnWriteArrayList<>();

		@Override
		public String taskPrefix() {
			return "probe";
		}

		@Override
		public List<Reply> clicked(CardClick click) {
			clicks.add(click);
			return List.of(new Reply.Text("probe " + click.subject("probe") + " " + click.buttonKey()));
		}

	}

}
