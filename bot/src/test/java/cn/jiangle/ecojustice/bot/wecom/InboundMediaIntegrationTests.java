package cn.jiangle.ecojustice.bot.wecom;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;

import cn.jiangle.ecojustice.bot.messages.InboundHandler;
import cn.jiangle.ecojustice.bot.messages.InboundMedia;
import cn.jiangle.ecojustice.bot.messages.InboundMessage;
import cn.jiangle.ecojustice.bot.messages.InboundMessage.Channel;
import cn.jiangle.ecojustice.bot.messages.InboundMessage.Kind;
import cn.jiangle.ecojustice.bot.messages.MediaContent;
import cn.jiangle.ecojustice.bot.messages.MediaExpired;
import cn.jiangle.ecojustice.bot.messages.MediaNotFetched;
import cn.jiangle.ecojustice.bot.messages.MediaTooLarge;
import cn.jiangle.ecojustice.bot.messages.MediaUnavailable;
import cn.jiangle.ecojustice.bot.messages.PreparationNeeded;
import cn.jiangle.ecojustice.bot.messages.Reply;
import cn.jiangle.ecojustice.db.testing.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * {@link InboundMedia} against WeCom's media/get on loopback: pictures and files users send (application and 微信客服)
 * are downloaded with the shared access token, their type and name kept; an expired media id, a file over
 * {@code wecom.media.max-size}, and a failing WeCom each end in their own exception with a sentence for the sender;
 * a handler asking for media inside the dispatcher's transaction gets it downloaded outside any transaction, once.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@DatabaseTest
@DirtiesContext
@Import(InboundMediaIntegrationTests.MediaHandler.Config.class)
class InboundMediaIntegrationTests {

	static final TestCorp CORP = new TestCorp("wwinboundmedia0001", "inbound-media-secret", "inMediaToken",
			"inmediaabcdefghijklmnopqrstuvwxyz0123456789");

	static final int MAX_BYTES = 300 * 1024;

	@RegisterExtension
	static final FakeWeComApi api = CORP.startApi();

	@DynamicPropertySource
	static void wecom(DynamicPropertyRegistry registry) {
		CORP.configure(registry, api);
		registry.add("wecom.media.max-size", () -> "300KB");
		registry.add("wecom.dispatcher.poll-interval", () -> "200ms");
		registry.add("wecom.outbox.poll-interval", () -> "200ms");
	}

	@LocalServerPort
	int port;

	@Autowired
	InboundMedia media;

	@Autowired
	PlatformTransactionManager transactions;

	WeComCallbackClient wecom;

	@BeforeEach
	void reset() {
		api.reset();
		wecom = CORP.callbackClient(port);
	}

	@Test
	void aPictureAndAFileAreDownloadedWithTheirTypeAndName() {
		byte[] photo = jpegLike(200 * 1024, 1);
		String photoId = api.addMedia("现场照片.jpg", "image/jpeg", photo);
		byte[] pdf = "%PDF-1.4 支付依据".getBytes(StandardCharsets.UTF_8);
		String pdfId = api.addMedia("x.pdf", "application/pdf", pdf);

		MediaContent picture = media.fetch(message(Channel.KF, Kind.IMAGE, photoId, null));
		assertThat(picture.bytes()).isEqualTo(photo);
		assertThat(picture.contentType()).isEqualTo("image/jpeg");
		assertThat(picture.isImage()).isTrue();
		assertThat(picture.fileName()).isEqualTo("现场照片.jpg");
		assertThat(picture.toString()).doesNotContain("现场");

		// a FILE message's own name wins over the channel's
		MediaContent file = media.fetch(message(Channel.APP, Kind.FILE, pdfId, "费用发票.pdf"));
		assertThat(file.bytes()).isEqualTo(pdf);
		assertThat(file.contentType()).isEqualTo("application/pdf");
		assertThat(file.fileName()).isEqualTo("费用发票.pdf");

		assertThat(media.fetch(Channel.APP, pdfId).fileName()).isEqualTo("x.pdf");
		// the token the channel shares: fetched once, carried by every call
		assertThat(api.calls("/cgi-bin/media/get")).hasSize(3)
			.allSatisfy(call -> assertThat(call.query()).containsKey("access_token"));
		assertThat(api.calls("/cgi-bin/gettoken").size()).isLessThanOrEqualTo(1);
	}

	@Test
	void anExpiredMediaIdIsMediaExpired() {
		String id = api.addMedia("a.jpg", "image/jpeg", jpegLike(1024, 2));
		api.expireMedia(id);
		assertThatThrownBy(() -> media.fetch(message(Channel.KF, Kind.IMAGE, id, null)))
			.isInstanceOf(MediaExpired.class)
			.hasMessageContaining(id)
			.satisfies(ex -> assertThat(((MediaNotFetched) ex).toSender()).contains("已过期").contains("重新发送"));
	}

	@Test
	void aFileOverTheCapIsMediaTooLargeAndNotKept() {
		String id = api.addMedia("big.jpg", "image/jpeg", jpegLike(MAX_BYTES + 1, 3));
		assertThatThrownBy(() -> media.fetch(Channel.KF, id)).isInstanceOf(MediaTooLarge.class)
			.satisfies(ex -> {
				assertThat(((MediaTooLarge) ex).maxBytes()).isEqualTo(MAX_BYTES);
				assertThat(((MediaTooLarge) ex).toSender()).contains("300KB");
			});
		// exactly at the cap is fine
		String fits = api.addMedia("fits.jpg", "image/jpeg", jpegLike(MAX_BYTES, 4));
		assertThat(media.fetch(Channel.KF, fits).bytes()).hasSize(MAX_BYTES);
		// WeCom's own "too large for one piece"
		api.failNext("/cgi-bin/media/get", WeComInboundMedia.FILE_TOO_LARGE, 1);
		assertThatThrownBy(() -> media.fetch(Channel.APP, fits)).isInstanceOf(MediaTooLarge.class);
	}

	@Test
	void aFailingWeComIsMediaUnavailable() {
		String id = api.addMedia("a.jpg", "image/jpeg", jpegLike(2048, 5));
		api.badGatewayNext("/cgi-bin/media/get", 1);
		assertThatThrownBy(() -> media.fetch(Channel.KF, id)).isInstanceOf(MediaUnavailable.class);
		api.failNext("/cgi-bin/media/get", -1, 1);
		assertThatThrownBy(() -> media.fetch(Channel.KF, id)).isInstanceOf(MediaUnavailable.class)
			.satisfies(ex -> assertThat(((MediaUnavailable) ex).reason()).isEqualTo("errcode -1"));
		api.dropNext("/cgi-bin/media/get", 1);
		assertThatThrownBy(() -> media.fetch(Channel.KF, id)).isInstanceOf(MediaUnavailable.class)
			.satisfies(ex -> assertThat(((MediaNotFetched) ex).toSender()).contains("稍后"));
		// and then it works again
		assertThat(media.fetch(Channel.KF, id).bytes()).hasSize(2048);
	}

	@Test
	void anExpiredTokenIsRefreshedOnceAndTheDownloadRepeated() {
		String id = api.addMedia("a.jpg", "image/jpeg", jpegLike(4096, 6));
		media.fetch(Channel.APP, id);
		int tokens = api.tokensIssued();
		api.expireTokens();
		assertThat(media.fetch(Channel.APP, id).bytes()).hasSize(4096);
		assertThat(api.tokensIssued()).isEqualTo(tokens + 1);
	}

	@Test
	void insideATransactionTheDownloadIsPreparedOutsideIt() {
		String id = api.addMedia("a.jpg", "image/jpeg", jpegLike(8192, 7));
		TransactionTemplate tx = new TransactionTemplate(transactions);
		InboundMessage message = message(Channel.KF, Kind.IMAGE, id, null);

		assertThatThrownBy(() -> tx.executeWithoutResult(status -> media.fetch(Channel.KF, id)))
			.isInstanceOf(IllegalStateException.class);
		PreparationNeeded needed = org.junit.jupiter.api.Assertions.assertThrows(PreparationNeeded.class,
				() -> tx.executeWithoutResult(status -> media.fetch(message)));
		assertThat(api.calls("/cgi-bin/media/get")).isEmpty();
		needed.prepare();
		assertThat(tx.execute(status -> media.fetch(message)).bytes()).hasSize(8192);
		assertThat(api.calls("/cgi-bin/media/get")).hasSize(1);

		// a failed preparation is reported when the handler asks again, not thrown out of the dispatcher
		api.expireMedia(id);
		InboundMessage later = message(Channel.KF, Kind.IMAGE, id, null);
		PreparationNeeded again = org.junit.jupiter.api.Assertions.assertThrows(PreparationNeeded.class,
				() -> tx.executeWithoutResult(status -> media.fetch(later)));
		again.prepare();
		assertThatThrownBy(() -> tx.executeWithoutResult(status -> media.fetch(later)))
			.isInstanceOf(MediaExpired.class);
	}

	@Test
	void aHandlerGetsTheMediaThroughTheDispatcherDownloadedOnce() {
		byte[] photo = jpegLike(150 * 1024, 8);
		String photoId = api.addMedia("IMG_0001.jpg", "image/jpeg", photo);
		api.addKfImage("wkInMedia", "wmInMedia", photoId);
		String pdfId = api.addMedia("发票.pdf", "application/pdf", "%PDF-1.7".getBytes(StandardCharsets.UTF_8));
		long fileMsg = WeComCallbackClient.nextMsgId();
		assertThat(wecom.post(wecom.kfNotification("wkInMedia", "SYNC-INMEDIA", Instant.now().getEpochSecond()))
			.statusCode()).isEqualTo(200);
		assertThat(wecom.post(wecom.file("media.liaison", pdfId, "支付依据.pdf", fileMsg)).statusCode()).isEqualTo(200);
		String expired = api.addMedia("old.jpg", "image/jpeg", jpegLike(100, 9));
		api.expireMedia(expired);
		assertThat(wecom.post(wecom.image("media.liaison", expired, WeComCallbackClient.nextMsgId())).statusCode())
			.isEqualTo(200);

		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			assertThat(api.kfMessagesTo("wmInMedia")).extracting(json -> json.path("text").path("content").asString())
				.containsExactly("got IMG_0001.jpg image/jpeg " + photo.length);
			assertThat(api.textsTo("media.liaison")).containsExactlyInAnyOrder("got 支付依据.pdf application/pdf 8",
					new MediaExpired(expired).toSender());
		});
		assertThat(api.calls("/cgi-bin/media/get")).hasSize(3);
	}

	static InboundMessage message(Channel channel, Kind kind, String mediaId, String content) {
		return new InboundMessage(new Random().nextLong(1, Long.MAX_VALUE), channel, "someone", null, kind, content,
				null, null, null, Instant.now(), mediaId, null);
	}

	/** Bytes that start like a JPEG, the rest seeded noise (photos barely compress). */
	static byte[] jpegLike(int size, long seed) {
		byte[] bytes = new byte[size];
		new Random(seed).nextBytes(bytes);
		byte[] head = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0 };
		System.arraycopy(head, 0, bytes, 0, Math.min(head.length, size));
		return bytes;
	}

	/** Answers a picture or file with what was downloaded, as a check-in or a 支付申请 would read it. */
	static final class MediaHandler implements InboundHandler {

		private final InboundMedia media;

		MediaHandler(InboundMedia media) {
			this.media = media;
		}

		@Override
		public List<Reply> handle(InboundMessage message) {
			if (message.kind() != Kind.IMAGE && message.kind() != Kind.FILE) {
				return List.of();
			}
			try {
				MediaContent content = media.fetch(message);
				return List.of(new Reply.Text("got " + content.fileName() + " " + content.contentType() + " "
						+ content.bytes().length));
			}
			catch (MediaNotFetched ex) {
				return List.of(new Reply.Text(ex.toSender()));
			}
		}

		@TestConfiguration(proxyBeanMethods = false)
		static class Config {

			@Bean
			@Primary
			MediaHandler mediaHandler(InboundMedia media) {
				return new MediaHandler(media);
			}

		}

	}

}
