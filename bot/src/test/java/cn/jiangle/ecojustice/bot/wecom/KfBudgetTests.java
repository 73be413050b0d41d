package cn.jiangle.ecojustice.bot.wecom;

import java.util.List;

import cn.jiangle.ecojustice.db.outbox.OutboundMessage;
import cn.jiangle.ecojustice.db.outbox.OutboundMessage.Format;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KfBudgetTests {

	private static OutboundMessage text(String content) {
		return OutboundMessage.textToCustomer("wkB", "wmB", content);
	}

	private static OutboundMessage image(String name) {
		return OutboundMessage.imageToCustomer("wkB", "wmB", Payloads.write(new Payloads.Media(name, "AAEC")));
	}

	private static OutboundMessage menu() {
		return OutboundMessage.menuToCustomer("wkB", "wmB", Payloads.write(new Payloads.Menu("请选择修复方式",
				List.of(new Payloads.MenuItem("t|a", "认购碳汇"), new Payloads.MenuItem("t|b", "劳役代偿")), null)));
	}

	@Test
	void consecutiveTextsAreMergedIntoOneMessage() {
		KfBudget.Plan plan = KfBudget.plan(List.of(text("一"), text("二"), image("码.png"), text("三")), 5);

		assertThat(plan.allowed()).extracting(OutboundMessage::format).containsExactly(Format.TEXT, Format.IMAGE,
				Format.TEXT);
		assertThat(plan.allowed().get(0).body()).isEqualTo("一\n\n二");
		assertThat(plan.used()).isEqualTo(3);
		assertThat(plan.undelivered()).isEmpty();
		assertThat(plan.allowed().get(2).body()).isEqualTo("三");
	}

	@Test
	void textsThatWouldExceedOneWeComTextStaySeparate() {
		String long1 = "汇".repeat(400);
		String long2 = "碳".repeat(400);
		KfBudget.Plan plan = KfBudget.plan(List.of(text(long1), text(long2)), 5);

		assertThat(plan.allowed()).extracting(OutboundMessage::body).containsExactly(long1, long2);
		assertThat(plan.used()).isEqualTo(2);
	}

	@Test
	void whatDoesNotFitIsUndeliveredAndTheLastSentTextInvitesAReply() {
		KfBudget.Plan plan = KfBudget.plan(List.of(text("您的案件如下"), image("码.png"), text("请扫码")), 2);

		assertThat(plan.allowed()).hasSize(2);
		assertThat(plan.allowed().get(0).body()).isEqualTo("您的案件如下");
		// the image cannot carry the question: a question takes its place and the image joins the undelivered
		assertThat(plan.allowed().get(1).format()).isEqualTo(Format.TEXT);
		assertThat(plan.allowed().get(1).body()).isEqualTo(KfBudget.CUT_NOTICE + KfBudget.INVITE);
		assertThat(plan.undelivered()).extracting(OutboundMessage::format).containsExactly(Format.IMAGE, Format.TEXT);
		assertThat(plan.used()).isEqualTo(2);
		assertThat(KfBudget.summary(plan.undelivered())).isEqualTo("[图片 码.png]\n请扫码");
	}

	@Test
	void exhaustingTheBudgetExactlyEndsWithAQuestion() {
		KfBudget.Plan plan = KfBudget.plan(List.of(text("已记录。")), 1);

		assertThat(plan.allowed()).singleElement()
			.satisfies(m -> assertThat(m.body()).isEqualTo("已记录。\n\n" + KfBudget.INVITE));
		assertThat(plan.undelivered()).isEmpty();

		KfBudget.Plan asked = KfBudget.plan(List.of(text("请问您选择哪种方式？")), 1);
		assertThat(asked.allowed().get(0).body()).isEqualTo("请问您选择哪种方式？");

		KfBudget.Plan menu = KfBudget.plan(List.of(text("说明"), menu(), text("多余的")), 2);
		assertThat(menu.allowed()).extracting(OutboundMessage::format).containsExactly(Format.TEXT, Format.KF_MENU);
		assertThat(Payloads.read(menu.allowed().get(1).body(), Payloads.Menu.class).tail())
			.isEqualTo(KfBudget.CUT_NOTICE + KfBudget.INVITE);
		assertThat(KfBudget.summary(menu.undelivered())).isEqualTo("多余的");
	}

	@Test
	void aClosedWindowSendsNothingButAWelcomeAndAHandOver() {
		OutboundMessage welcome = text("欢迎").asWelcome("CODE");
		OutboundMessage trans = OutboundMessage.serviceStateToCustomer("wkB", "wmB",
				Payloads.write(new Payloads.Trans(3, "servicer")));
		KfBudget.Plan plan = KfBudget.plan(List.of(welcome, image("码.png"), trans), 0);

		assertThat(plan.allowed()).extracting(OutboundMessage::format).containsExactly(Format.TEXT, Format.KF_TRANS);
		assertThat(plan.allowed().get(0).destination()).isEqualTo(OutboundMessage.Destination.KF_WELCOME);
		assertThat(plan.allowed().get(0).body()).isEqualTo("欢迎\n\n" + KfBudget.CUT_NOTICE + KfBudget.INVITE);
		assertThat(plan.used()).isZero();
		assertThat(KfBudget.summary(plan.undelivered())).isEqualTo("[图片 码.png]");

		assertThat(KfBudget.plan(List.of(text("a"), text("b")), 0).allowed()).isEmpty();
	}

	@Test
	void aLongTextCountsEveryPartItIsSplitInto() {
		String huge = "碳".repeat(1500);
		assertThat(KfBudget.plan(List.of(text(huge)), 5).used()).isEqualTo(3);
		KfBudget.Plan tight = KfBudget.plan(List.of(text(huge)), 2);
		assertThat(tight.allowed()).singleElement()
			.satisfies(m -> assertThat(m.body()).isEqualTo(KfBudget.CUT_NOTICE + KfBudget.INVITE));
		assertThat(tight.used()).isEqualTo(1);
		assertThat(KfBudget.summary(tight.undelivered())).endsWith("…");
	}

}
