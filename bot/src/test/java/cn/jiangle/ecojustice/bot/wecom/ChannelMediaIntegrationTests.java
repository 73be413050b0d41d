package cn.jiangle.ecojustice.bot.wecom;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import cn.jiangle.ecojustice.bot.messages.InboundMessage;
import cn.jiangle.ecojustice.bot.messages.InboundMessage.Kind;
import cn.jiangle.ecojustice.db.wecom.InboundEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Pictures, locations and files, in and out, end to end: encrypted application callbacks and 微信客服 messages pulled
 * with kf/sync_msg reach the handler with their media id or coordinates (stored sealed, forgotten once handled);
 * image and file replies are uploaded (media/upload) and then sent by message/send or kf/send_msg, and a failed upload
 * is retried without counting as a possible duplicate.
 */
class ChannelMediaIntegrationTests extends EchoChannelIntegrationTest {

	static final TestCorp CORP = new TestCorp("wwmediatest000001", "media-secret", "mediaToken",
			"mediaabcdefghijklmnopqrstuvwxyz0123456789AB");

	@RegisterExtension
	static final FakeWeComApi api = CORP.startApi();

	@DynamicPropertySource
	static void wecom(DynamicPropertyRegistry registry) {
		CORP.configure(registry, api);
		registry.add("wecom.dispatcher.poll-interval", () -> "200ms");
		registry.add("wecom.outbox.poll-interval", () -> "200ms");
		registry.add("wecom.outbox.initial-backoff", () -> "100ms");
	}

	@Autowired
	JdbcTemplate jdbc;

	WeComCallbackClient wecom;

	@BeforeEach
	void client() {
		wecom = CORP.callbackClient(port);
	}

	@Test
	void applicationPicturesLocationsAndFilesReachTheHandler() {
		long image = WeComCallbackClient.nextMsgId();
		long location = WeComCallbackClient.nextMsgId();
		long file = WeComCallbackClient.nextMsgId();
		assertThat(wecom.post(wecom.image("media.officer", "MEDIA-IMG-1", image)).statusCode()).isEqualTo(200);
		assertThat(wecom.post(wecom.location("media.officer", 26.728512, 117.471208, "将乐县龙栖山保护区", location))
			.statusCode()).isEqualTo(200);
		assertThat(wecom.post(wecom.file("media.officer", "MEDIA-FILE-1", "现场照片.zip", file)).statusCode())
			.isEqualTo(200);

		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(api.textsTo("media.officer"))
			.containsExactly("image MEDIA-IMG-1", "location 26.728512,117.471208 将乐县龙栖山保护区",
					"file MEDIA-FILE-1 现场照片.zip"));
		InboundMessage seen = handler.seen.stream().filter(m -> m.kind() == Kind.LOCATION).findFirst().orElseThrow();
		assertThat(seen.channel()).isEqualTo(InboundMessage.Channel.APP);
		assertThat(seen.location().latitude()).isEqualTo(26.728512);
		assertThat(seen.mediaId()).isNull();
		// what the message carried was stored sealed, and forgotten once handled
		InboundEvent stored = events.findByDedupeKey(DedupeKeys.appMessage(Long.toString(location))).orElseThrow();
		assertThat(stored.kind()).isEqualTo("LOCATION");
		assertThat(stored.status()).isEqualTo("HANDLED");
		assertThat(jdbc.queryForObject("SELECT content FROM wecom_inbound_event WHERE id = ?", String.class,
				stored.id())).isNull();
	}

	@Test
	void coordinatesAreNeverStoredInPlaintext() {
		events.record(InboundIntake.toEvent(java.util.Map.of("MsgType", "location", "CreateTime",
				Long.toString(Instant.now().getEpochSecond()), "FromUserName", "sealed.officer", "MsgId", "990001",
				"Location_X", "26.111111", "Location_Y", "117.222222", "Label", "某村")), Instant.now());
		// read before the dispatcher handles it (it may already have: then the content is gone, also fine)
		List<String> raw = jdbc.queryForList(
				"SELECT content FROM wecom_inbound_event WHERE from_user = 'sealed.officer' AND content IS NOT NULL",
				String.class);
		assertThat(raw).allSatisfy(value -> assertThat(value).startsWith("a").doesNotContain("26.111111")
			.doesNotContain("某村"));
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(api.textsTo("sealed.officer")).containsExactly("location 26.111111,117.222222 某村"));
	}

	@Test
	void aLocationWithBrokenCoordinatesIsUnsupportedMediaNotARejection() {
		long msgId = WeComCallbackClient.nextMsgId();
		assertThat(wecom.post(wecom.location("media.broken", 123.0, 500.0, "?", msgId)).statusCode()).isEqualTo(200);
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(api.textsTo("media.broken")).containsExactly("目前只能处理文字消息"));
	}

	@Test
	void customerPicturesLocationsAndFilesArrivePulled() {
		api.addKfImage("wkMedia", "wmMedia", "KF-IMG-1");
		api.addKfLocation("wkMedia", "wmMedia", 26.7, 117.4, "竹舟村", "将乐县万全乡");
		api.addKfFile("wkMedia", "wmMedia", "KF-FILE-1");
		assertThat(wecom.post(wecom.kfNotification("wkMedia", "SYNC-MEDIA", Instant.now().getEpochSecond()))
			.statusCode()).isEqualTo(200);

		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(kfTexts("wmMedia"))
			.containsExactly("image KF-IMG-1", "location 26.7,117.4 竹舟村 将乐县万全乡", "file KF-FILE-1 null"));
		assertThat(handler.seen).filteredOn(m -> "wmMedia".equals(m.fromUser()))
			.extracting(InboundMessage::kind)
			.containsExactly(Kind.IMAGE, Kind.LOCATION, Kind.FILE);
	}

	@Test
	void imagesAndFilesAreUploadedThenSentOnBothChannels() {
		long msgId = WeComCallbackClient.nextMsgId();
		assertThat(wecom.post(wecom.text("media.receiver", "png 碳汇认购二维码", msgId)).statusCode()).isEqualTo(200);
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(api.messagesTo("media.receiver")).hasSize(1));
		JsonNode image = api.messagesTo("media.receiver").get(0);
		assertThat(image.path("msgtype").asString()).isEqualTo("image");
		FakeWeComApi.Media uploaded = api.media(image.path("image").path("media_id").asString());
		assertThat(uploaded.type()).isEqualTo("image");
		assertThat(uploaded.fileName()).isEqualTo("碳汇认购二维码.png");
		assertThat(new String(uploaded.bytes(), StandardCharsets.UTF_8)).isEqualTo("png 碳汇认购二维码");

		api.addKfText("wkFiles", "wmFiles", "pdf 认购碳汇证明书");
		assertThat(wecom.post(wecom.kfNotification("wkFiles", "SYNC-FILE", Instant.now().getEpochSecond()))
			.statusCode()).isEqualTo(200);
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(api.kfMessagesTo("wmFiles")).hasSize(1));
		JsonNode file = api.kfMessagesTo("wmFiles").get(0);
		assertThat(file.path("msgtype").asString()).isEqualTo("file");
		FakeWeComApi.Media pdf = api.media(file.path("file").path("media_id").asString());
		assertThat(pdf.type()).isEqualTo("file");
		assertThat(pdf.fileName()).isEqualTo("认购碳汇证明书.pdf");
		assertThat(new String(pdf.bytes(), StandardCharsets.UTF_8)).isEqualTo("pdf 认购碳汇证明书");
	}

	@Test
	void aFailedUploadIsRetriedAndIsKnownNotToHaveSentAnything() {
		api.failNext("/cgi-bin/media/upload", -1, 2);
		long msgId = WeComCallbackClient.nextMsgId();
		assertThat(wecom.post(wecom.text("media.retry", "png 重试", msgId)).statusCode()).isEqualTo(200);
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(api.messagesTo("media.retry")).hasSize(1));
		long eventId = events.findByDedupeKey(DedupeKeys.appMessage(Long.toString(msgId))).orElseThrow().id();
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(outbox.findBySourceEvent(eventId))
			.singleElement().satisfies(entry -> assertThat(entry.status()).isEqualTo("SENT")));
		assertThat(outbox.findBySourceEvent(eventId)).singleElement().satisfies(entry -> {
			assertThat(entry.status()).isEqualTo("SENT");
			assertThat(entry.attempts()).isEqualTo(3);
			assertThat(entry.unknownOutcomes()).isZero();
		});
	}

	private List<String> kfTexts(String externalUserId) {
		return api.kfMessagesTo(externalUserId)
			.stream()
			.filter(json -> json.path("msgtype").asString().equals("text"))
			.map(json -> json.path("text").path("content").asString())
			.toList();
	}

}
