package cn.jiangle.ecojustice.bot.wecom;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import cn.jiangle.ecojustice.db.outbox.OutboxEntry;
import cn.jiangle.ecojustice.db.wecom.InboundEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The callback end to end: the real application on a real MariaDB, WeCom played by an encrypting client and a fake
 * API server on loopback.
 */
class WeComCallbackIntegrationTests extends EchoChannelIntegrationTest {

	static final TestCorp CORP = new TestCorp("wwcallbacktest001", "callback-secret", "callbackToken",
			"abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG");

	@RegisterExtension
	static final FakeWeComApi api = CORP.startApi();

	@DynamicPropertySource
	static void wecom(DynamicPropertyRegistry registry) {
		CORP.configure(registry, api);
		registry.add("wecom.dispatcher.poll-interval", () -> "200ms");
		registry.add("wecom.dispatcher.max-attempts", () -> "2");
		registry.add("wecom.dispatcher.retry-backoff", () -> "100ms");
		registry.add("wecom.outbox.poll-interval", () -> "200ms");
	}

	WeComCallbackClient wecom;

	@BeforeEach
	void client() {
		wecom = CORP.callbackClient(port);
	}

	@Test
	void urlVerificationEchoesTheDecryptedEchostr() {
		HttpResponse<String> response = wecom.verifyUrl("5927383495726389");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("5927383495726389");
	}

	@Test
	void aQuestionIsAnsweredExactlyOnceDespiteThreeDeliveries() {
		long msgId = WeComCallbackClient.nextMsgId();
		String question = wecom.text("officer.once", "碳汇认购的流程是什么？", msgId);
		// WeCom's retries: the same message, delivered again while (or after) the first is handled
		for (int i = 0; i < 3; i++) {
			HttpResponse<String> response = wecom.post(question);
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.body()).isEmpty();
		}
		InboundEvent event = events.findByDedupeKey(DedupeKeys.appMessage(Long.toString(msgId))).orElseThrow();
		List<OutboxEntry> replies = awaitRepliesSent(event.id(), 1);
		assertThat(replies).singleElement().satisfies(reply -> assertThat(reply.body()).isEqualTo("echo: 碳汇认购的流程是什么？"));
		assertThat(handler.timesHandled(event.id())).isEqualTo(1);
		assertThat(api.textsTo("officer.once")).containsExactly("echo: 碳汇认购的流程是什么？");
	}

	@Test
	void concurrentDuplicateDeliveriesStoreOneEvent() {
		long msgId = WeComCallbackClient.nextMsgId();
		String question = wecom.text("officer.parallel", "劳役代偿需要什么材料", msgId);
		List<CompletableFuture<HttpResponse<String>>> deliveries = IntStream.range(0, 3)
			.mapToObj(i -> CompletableFuture.supplyAsync(() -> wecom.post(question)))
			.toList();
		assertThat(deliveries).allSatisfy(delivery -> assertThat(delivery.join().statusCode()).isEqualTo(200));
		InboundEvent event = events.findByDedupeKey(DedupeKeys.appMessage(Long.toString(msgId))).orElseThrow();
		awaitRepliesSent(event.id(), 1);
		assertThat(handler.timesHandled(event.id())).isEqualTo(1);
		assertThat(api.textsTo("officer.parallel")).containsExactly("echo: 劳役代偿需要什么材料");
	}

	@Test
	void sqlAndMarkupInChatTextAreStoredAndEchoedVerbatim() {
		String nasty = "'); DROP TABLE outbox_message; -- <script>alert(1)</script> ${x} #{y} &amp;";
		long msgId = WeComCallbackClient.nextMsgId();
		assertThat(wecom.post(wecom.text("officer.nasty", nasty, msgId)).statusCode()).isEqualTo(200);
		InboundEvent event = events.findByDedupeKey(DedupeKeys.appMessage(Long.toString(msgId))).orElseThrow();
		awaitRepliesSent(event.id(), 1);
		// the echo is built from the stored text, so it proves the text was stored verbatim
		assertThat(api.textsTo("officer.nasty")).containsExactly("echo: " + nasty);
		// once handled, the chat text is no longer kept in the inbound table
		assertThat(events.find(event.id()).orElseThrow().content()).isNull();
	}

	@Test
	void aCardClickIsAcknowledgedWithAnUpdateButtonPassiveReply() {
		long created = Instant.now().getEpochSecond();
		HttpResponse<String> response = wecom.post(wecom.cardClick("officer.card", "feedback_up", "task42", created));
		assertThat(response.statusCode()).isEqualTo(200);
		Map<String, String> reply = wecom.openReply(response.body());
		assertThat(reply).containsEntry("MsgType", "update_button")
			.containsEntry("Button", "已收到")
			.containsEntry("ToUserName", "officer.card");
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(api.textsTo("officer.card")).containsExactly("clicked feedback_up of task42"));
		// the same click delivered again is the same event
		assertThat(wecom.post(wecom.cardClick("officer.card", "feedback_up", "task42", created)).statusCode())
			.isEqualTo(200);
		String dedupe = DedupeKeys.appEvent(Map.of("FromUserName", "officer.card", "CreateTime",
				Long.toString(created), "Event", "template_card_event", "EventKey", "feedback_up", "TaskId", "task42"));
		InboundEvent event = events.findByDedupeKey(dedupe).orElseThrow();
		assertThat(handler.timesHandled(event.id())).isEqualTo(1);
	}

	@Test
	void voiceReachesTheHandlerAsUnsupported() {
		long msgId = WeComCallbackClient.nextMsgId();
		assertThat(wecom.post(wecom.voice("officer.media", msgId)).statusCode()).isEqualTo(200);
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(api.textsTo("officer.media")).containsExactly("目前只能处理文字消息"));
		InboundEvent event = events.findByDedupeKey(DedupeKeys.appMessage(Long.toString(msgId))).orElseThrow();
		assertThat(event.kind()).isEqualTo("UNSUPPORTED_MEDIA");
		assertThat(event.msgType()).isEqualTo("voice");
	}

	@Test
	void aFailingHandlerIsRetriedThenTheSenderGetsAnApology() {
		long msgId = WeComCallbackClient.nextMsgId();
		assertThat(wecom.post(wecom.text("officer.boom", "boom", msgId)).statusCode()).isEqualTo(200);
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(api.textsTo("officer.boom")).containsExactly(InboundDispatcher.APOLOGY));
		InboundEvent event = events.findByDedupeKey(DedupeKeys.appMessage(Long.toString(msgId))).orElseThrow();
		assertThat(event.status()).isEqualTo("FAILED");
		assertThat(event.attempts()).isEqualTo(2);
		assertThat(event.lastError()).isEqualTo("IllegalStateException");
		assertThat(handler.timesHandled(event.id())).isEqualTo(2);
	}

	// ---- every rejection: 4xx and nothing stored ----

	@Test
	void aBadSignatureIsRefused() {
		String encrypted = wecom.encrypt(wecom.text("intruder", "hi", WeComCallbackClient.nextMsgId()));
		String envelope = envelope(encrypted);
		assertRefused(() -> wecom.postRaw("0".repeat(40), WeComCallbackClient.now(), "1", bytes(envelope)), 403);
		// a valid signature over different ciphertext is just as wrong
		assertRefused(() -> wecom.postEnvelope(envelope, wecom.encrypt("other")), 403);
	}

	@Test
	void aStaleTimestampIsRefused() {
		// well outside the 5-minute window: timestamps are whole seconds, so 301 s could round to exactly 300
		String old = Long.toString(Instant.now().minusSeconds(330).getEpochSecond());
		String future = Long.toString(Instant.now().plusSeconds(330).getEpochSecond());
		String message = wecom.text("replayer", "hi", WeComCallbackClient.nextMsgId());
		assertRefused(() -> wecom.post(message, CORP.id(), old), 403);
		assertRefused(() -> wecom.post(message, CORP.id(), future), 403);
	}

	@Test
	void aMessageForAnotherCorpIsRefused() {
		assertRefused(() -> wecom.post(wecom.text("x", "hi", WeComCallbackClient.nextMsgId()), "wwsomeoneelse00001",
				WeComCallbackClient.now()), 403);
	}

	@Test
	void aMessageForAnotherAgentIsRefused() {
		String message = wecom.text("x", "hi", WeComCallbackClient.nextMsgId())
			.replace("<AgentID>" + TestCorp.AGENT + "</AgentID>", "<AgentID>1000999</AgentID>");
		assertRefused(() -> wecom.post(message), 403);
	}

	@Test
	void malformedXmlIsRefused() {
		assertRefused(() -> wecom.postEnvelope("<xml><Encrypt>abc</Encrypt>", "abc"), 400);
		assertRefused(() -> wecom.postEnvelope("not xml at all", ""), 400);
		// well-formed envelope, signed, but the decrypted message is broken
		String encrypted = wecom.encrypt("<xml><MsgType>text</MsgType>");
		assertRefused(() -> wecom.postEnvelope(envelope(encrypted), encrypted), 400);
	}

	@Test
	void doctypeAndExternalEntitiesAreRefusedOutsideAndInside() {
		String xxe = "<?xml version=\"1.0\"?><!DOCTYPE xml [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>";
		String encrypted = wecom.encrypt(wecom.text("x", "hi", WeComCallbackClient.nextMsgId()));
		assertRefused(() -> wecom.postEnvelope(xxe + envelope(encrypted), encrypted), 400);
		String inner = xxe + wecom.text("x", "&xxe;", WeComCallbackClient.nextMsgId()).replace("<![CDATA[&xxe;]]>", "&xxe;");
		String encryptedInner = wecom.encrypt(inner);
		assertRefused(() -> wecom.postEnvelope(envelope(encryptedInner), encryptedInner), 400);
	}

	@Test
	void aTenMegabyteBodyIsRefused() {
		long before = events.countAll();
		assertThat(wecom.postOversized(10L * 1024 * 1024, false)).isEqualTo(413);
		// without a Content-Length the cap applies while reading
		assertThat(wecom.postOversized(10L * 1024 * 1024, true)).isEqualTo(413);
		assertThat(events.countAll()).isEqualTo(before);
	}

	@Test
	void missingParametersAreRefused() {
		HttpResponse<String> response = wecom.postRaw("", WeComCallbackClient.now(), "1", bytes("<xml/>"));
		assertThat(response.statusCode()).isBetween(400, 499);
	}

	private void assertRefused(Supplier<HttpResponse<String>> request, int status) {
		long before = events.countAll();
		HttpResponse<String> response = request.get();
		assertThat(response.statusCode()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(events.countAll()).isEqualTo(before);
	}

	private List<OutboxEntry> awaitRepliesSent(long eventId, int count) {
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(outbox.findBySourceEvent(eventId)).hasSize(count)
				.allSatisfy(entry -> assertThat(entry.status()).isEqualTo("SENT")));
		return outbox.findBySourceEvent(eventId);
	}

	private static String envelope(String encrypted) {
		return "<xml><ToUserName><![CDATA[" + CORP.id() + "]]></ToUserName><Encrypt><![CDATA[" + encrypted
				+ "]]></Encrypt><AgentID><![CDATA[" + TestCorp.AGENT + "]]></AgentID></xml>";
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
