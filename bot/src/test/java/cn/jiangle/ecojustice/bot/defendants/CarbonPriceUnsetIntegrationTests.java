package cn.jiangle.ecojustice.bot.defendants;

import java.util.List;

import cn.jiangle.ecojustice.bot.chat.ChatIntegrationTest;
import cn.jiangle.ecojustice.bot.messages.Reply;
import cn.jiangle.ecojustice.db.Actor;
import cn.jiangle.ecojustice.db.binding.BindingCodes;
import cn.jiangle.ecojustice.db.officers.Role;
import cn.jiangle.ecojustice.db.outbox.OutboundMessage.Destination;
import cn.jiangle.ecojustice.db.outbox.Outbox;
import cn.jiangle.ecojustice.db.outbox.OutboxEntry;
import cn.jiangle.ecojustice.db.registration.CaseRegistrations;
import cn.jiangle.ecojustice.db.restoration.Payments;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static cn.jiangle.ecojustice.bot.defendants.DefendantFixture.text;
import static org.assertj.core.api.Assertions.assertThat;

/** Without a configured guidance price (the default) nothing is computed: the defendant is told, the officer asked. */
class CarbonPriceUnsetIntegrationTests extends ChatIntegrationTest {

	@Autowired
	CaseRegistrations registrations;

	@Autowired
	BindingCodes codes;

	@Autowired
	Payments payments;

	@Autowired
	Outbox outbox;

	@BeforeAll
	void officer() {
		officers.register("judge", "COURT", Role.CASE_OFFICER, "王法官", Actor.SYSTEM);
	}

	@Test
	void choosingSubscriptionWithoutAPriceComputesNothingAndTellsTheHandlingOfficerOnce() {
		DefendantFixture wechat = new DefendantFixture(chat, jdbc);
		long party = DefendantFixture.registerCase(registrations, "（2026）闽0428刑初401号", "张三", "judge");
		wechat.say("wmNoPrice", DefendantFixture.code(codes, party, "judge", clock.instant()).display());

		String start = text(wechat.say("wmNoPrice", "认购碳汇"));
		assertThat(start).contains("指导价格尚未设定").doesNotContainPattern("\\d 吨");
		List<Reply> chosen = wechat.say("wmNoPrice", "确认");
		assertThat(chosen).containsExactly(new Reply.Text(CarbonSubscription.PRICE_UNSET));
		assertThat(payments.ofParty(party)).isEmpty();

		// asked again the same day (the path is chosen already): told again, the officer not twice
		assertThat(wechat.say("wmNoPrice", "认购碳汇")).containsExactly(new Reply.Text(CarbonSubscription.PRICE_UNSET));
		List<String> told = outbox.findByRecipient(Destination.APP_USER, "judge").stream().map(OutboxEntry::body).toList();
		assertThat(told).singleElement().asString().contains("碳汇指导价格未设定").contains("（2026）闽0428刑初401号")
			.contains("张*").contains("price-per-tonne");
	}

}
