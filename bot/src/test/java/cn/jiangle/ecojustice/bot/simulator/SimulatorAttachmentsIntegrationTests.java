package cn.jiangle.ecojustice.bot.simulator;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Base64;

import me.chanjar.weixin.cp.api.impl.WxCpServiceImpl;
import me.chanjar.weixin.cp.bean.kf.WxCpKfMsgListResp;
import me.chanjar.weixin.cp.config.impl.WxCpDefaultConfigImpl;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;

import cn.jiangle.ecojustice.bot.simulator.Transcript.Direction;
import cn.jiangle.ecojustice.bot.simulator.Transcript.Party;
import cn.jiangle.ecojustice.bot.simulator.Transcript.PartyKind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the page sends besides text, as WeCom would deliver it: a photo, a PDF and a location from an officer (image,
 * file and location callbacks) and from a 微信客服 customer (pulled with kf/sync_msg), the media downloadable with
 * media/get by WxJava; bad input refused with the field named and nothing sent.
 */
@SpringBootTest(classes = SimulatorTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class SimulatorAttachmentsIntegrationTests {

	private static final String ADMIN = SimulatorEnvironment.BOOTSTRAP_ADMIN;

	private static final byte[] PHOTO = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 1, 2, 3, 4, 5 };

	private static final byte[] PDF = "%PDF-1.4\n费用发票".getBytes(StandardCharsets.UTF_8);

	@Autowired
	Environment environment;

	@LocalServerPort
	int port;

	@Autowired
	Transcript transcript;

	@Autowired
	SimulatorProperties properties;

	@Autowired
	RecordingCallbackEndpoint callbacks;

	private final HttpClient http = HttpClient.newHttpClient();

	private WxCpServiceImpl wecom;

	@BeforeEach
	void configureWxJavaLikeTheChannel() {
		callbacks.reset();
		WxCpDefaultConfigImpl config = new WxCpDefaultConfigImpl();
		config.setCorpId(environment.getProperty("wecom.corp-id"));
		config.setCorpSecret(environment.getProperty("wecom.secret"));
		config.setAgentId(environment.getProperty("wecom.agent-id", Integer.class));
		config.setBaseApiUrl(environment.getProperty("wecom.api-base-url"));
		wecom = new WxCpServiceImpl();
		wecom.setWxCpConfigStorage(config);
	}

	@Test
	void anOfficersPhotoFileAndLocationArriveAsWeComCallbacks() throws Exception {
		assertThat(postJson("/simulator/officer/media", media("userId", ADMIN, "IMAGE", "现场.jpg", "image/jpeg", PHOTO))
			.statusCode()).isEqualTo(200);
		RecordingCallbackEndpoint.Received image = callbacks.last();
		assertThat(image.signatureValid()).isTrue();
		assertThat(image.fields()).containsEntry("MsgType", "image").containsEntry("FromUserName", ADMIN)
			.containsKeys("PicUrl", "MediaId", "MsgId", "AgentID");
		assertThat(Files.readAllBytes(wecom.getMediaService().download(image.fields().get("MediaId")).toPath()))
			.isEqualTo(PHOTO);

		assertThat(postJson("/simulator/officer/media", media("userId", ADMIN, "FILE", "费用发票.pdf", "application/pdf",
				PDF)).statusCode()).isEqualTo(200);
		RecordingCallbackEndpoint.Received file = callbacks.last();
		assertThat(file.fields()).containsEntry("MsgType", "file").containsEntry("Title", "费用发票.pdf")
			.containsKey("MediaId");
		assertThat(Files.readAllBytes(wecom.getMediaService().download(file.fields().get("MediaId")).toPath()))
			.isEqualTo(PDF);

		assertThat(postJson("/simulator/officer/locations",
				"{\"userId\":\"" + ADMIN + "\",\"latitude\":26.665,\"longitude\":117.365,\"label\":\"琵琶丘补偿林\"}")
			.statusCode()).isEqualTo(200);
		assertThat(callbacks.last().fields()).containsEntry("MsgType", "location")
			.containsEntry("Location_X", "26.665")
			.containsEntry("Location_Y", "117.365")
			.containsEntry("Label", "琵琶丘补偿林");

		assertThat(transcript.to(new Party(PartyKind.OFFICER, ADMIN)))
			.filteredOn(entry -> entry.direction() == Direction.IN)
			.extracting(Transcript.Entry::msgType)
			.endsWith("image", "file", "location");
		assertThat(transcript.to(new Party(PartyKind.OFFICER, ADMIN)))
			.filteredOn(entry -> "file".equals(entry.msgType()))
			.last()
			.satisfies(entry -> {
				assertThat(entry.body().path("file_name").asString()).isEqualTo("费用发票.pdf");
				assertThat(entry.body().path("size").asInt()).isEqualTo(PDF.length);
			});
	}

	@Test
	void aCustomersPhotoAndLocationArePulledWithSyncMsg() throws Exception {
		assertThat(postJson("/simulator/defendant/media",
				media("externalUserId", "wmCheckIn", "IMAGE", "IMG_0001.jpg", "image/jpeg", PHOTO)).statusCode())
			.isEqualTo(200);
		String token = callbacks.last().fields().get("Token");
		WxCpKfMsgListResp.WxCpKfMsgItem image = pulled(token, "image");
		assertThat(Files.readAllBytes(wecom.getMediaService().download(image.getImage().getMediaId()).toPath()))
			.isEqualTo(PHOTO);

		assertThat(postJson("/simulator/defendant/locations",
				"{\"externalUserId\":\"wmCheckIn\",\"latitude\":26.6651,\"longitude\":117.3649,\"label\":\"\"}")
			.statusCode()).isEqualTo(200);
		WxCpKfMsgListResp.WxCpKfMsgItem location = pulled(callbacks.last().fields().get("Token"), "location");
		assertThat(location.getLocation().getLatitude()).isEqualTo(26.6651f);
		assertThat(location.getLocation().getLongitude()).isEqualTo(117.3649f);
		assertThat(location.getLocation().getName()).isEqualTo("位置");

		assertThat(postJson("/simulator/defendant/media",
				media("externalUserId", "wmCheckIn", "FILE", "说明.pdf", "application/pdf", PDF)).statusCode())
			.isEqualTo(200);
		WxCpKfMsgListResp.WxCpKfMsgItem file = pulled(callbacks.last().fields().get("Token"), "file");
		assertThat(Files.readAllBytes(wecom.getMediaService().download(file.getFile().getMediaId()).toPath()))
			.isEqualTo(PDF);
	}

	@Test
	void badAttachmentsAreRefusedWithTheFieldNamedAndNothingIsSent() throws Exception {
		assertRefused("/simulator/officer/media", media("userId", ADMIN, "IMAGE", "a.pdf", "application/pdf", PDF),
				"contentType");
		assertRefused("/simulator/officer/media", media("userId", ADMIN, "VOICE", "a.amr", "audio/amr", PDF), "kind");
		assertRefused("/simulator/officer/media", media("userId", ADMIN, "FILE", "../etc/passwd", "text/plain", PDF),
				"fileName");
		assertRefused("/simulator/defendant/media",
				"{\"externalUserId\":\"wmX\",\"kind\":\"IMAGE\",\"fileName\":\"a.jpg\",\"contentType\":\"image/jpeg\","
						+ "\"data\":\"not base64!\"}", "data");
		byte[] tooBig = new byte[SimulatorAttachments.MAX_MEDIA_BYTES + 1];
		assertRefused("/simulator/defendant/media", media("externalUserId", "wmX", "IMAGE", "big.jpg", "image/jpeg",
				tooBig), "data");
		assertRefused("/simulator/defendant/locations",
				"{\"externalUserId\":\"wmX\",\"latitude\":100,\"longitude\":117.3}", "latitude");
		assertRefused("/simulator/officer/locations", "{\"userId\":\"" + ADMIN + "\",\"latitude\":26.6}",
				"longitude");
		assertThat(callbacks.received()).isEmpty();
	}

	private void assertRefused(String path, String json, String field) throws Exception {
		HttpResponse<String> response = postJson(path, json);
		assertThat(response.statusCode()).as(path + " " + field).isEqualTo(400);
		assertThat(response.body()).contains("\"field\":\"" + field + "\"");
	}

	private WxCpKfMsgListResp.WxCpKfMsgItem pulled(String token, String msgType) throws Exception {
		return wecom.getKfService()
			.syncMsg(null, token, 1000, null, properties.openKfId())
			.getMsgList()
			.stream()
			.filter(item -> "wmCheckIn".equals(item.getExternalUserId()) && msgType.equals(item.getMsgType()))
			.reduce((first, second) -> second)
			.orElseThrow();
	}

	private static String media(String idField, String id, String kind, String fileName, String contentType,
			byte[] bytes) {
		return "{\"" + idField + "\":\"" + id + "\",\"kind\":\"" + kind + "\",\"fileName\":\"" + fileName
				+ "\",\"contentType\":\"" + contentType + "\",\"data\":\"" + Base64.getEncoder().encodeToString(bytes)
				+ "\"}";
	}

	private HttpResponse<String> postJson(String path, String json) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
