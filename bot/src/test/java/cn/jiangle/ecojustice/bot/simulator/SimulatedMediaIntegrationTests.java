package cn.jiangle.ecojustice.bot.simulator;

import java.io.ByteArrayInputStream;

import cn.jiangle.ecojustice.bot.simulator.Transcript.Direction;
import cn.jiangle.ecojustice.bot.simulator.Transcript.Party;
import cn.jiangle.ecojustice.bot.simulator.Transcript.PartyKind;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.cp.api.impl.WxCpServiceImpl;
import me.chanjar.weixin.cp.bean.kf.WxCpKfMsgSendRequest;
import me.chanjar.weixin.cp.bean.kf.msg.WxCpKfResourceMsg;
import me.chanjar.weixin.cp.bean.message.WxCpMessage;
import me.chanjar.weixin.cp.config.impl.WxCpDefaultConfigImpl;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The simulated API's media/upload (multipart, as WxJava sends it), media/get (the file with its name, as WxJava
 * downloads it; 40007 for an unknown media id), image and file messages naming the uploaded file in the transcript,
 * and 微信客服 hand-overs (kf/service_state/trans and get).
 */
@SpringBootTest(classes = SimulatorTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class SimulatedMediaIntegrationTests {

	@Autowired
	Environment environment;

	@Autowired
	Transcript transcript;

	@Autowired
	SimulatorProperties properties;

	@Autowired
	SimulatedMedia media;

	private WxCpServiceImpl wecom;

	@BeforeEach
	void configureWxJavaLikeTheChannel() {
		WxCpDefaultConfigImpl config = new WxCpDefaultConfigImpl();
		config.setCorpId(environment.getProperty("wecom.corp-id"));
		config.setCorpSecret(environment.getProperty("wecom.secret"));
		config.setAgentId(environment.getProperty("wecom.agent-id", Integer.class));
		config.setBaseApiUrl(environment.getProperty("wecom.api-base-url"));
		wecom = new WxCpServiceImpl();
		wecom.setWxCpConfigStorage(config);
	}

	@Test
	void anUploadedPictureIsSentToAnOfficerAndADefendant() throws Exception {
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', 0, 1, 2, 3 };
		String mediaId = wecom.getMediaService()
			.upload("image", new ByteArrayInputStream(png), "碳汇认购二维码.png")
			.getMediaId();
		assertThat(media.find(mediaId)).hasValueSatisfying(stored -> {
			assertThat(stored.bytes()).isEqualTo(png);
			assertThat(stored.fileName()).isEqualTo("碳汇认购二维码.png");
		});

		wecom.getMessageService().send(WxCpMessage.IMAGE()
			.agentId(environment.getProperty("wecom.agent-id", Integer.class))
			.toUser("MediaOfficer")
			.mediaId(mediaId)
			.build());
		assertThat(transcript.to(new Party(PartyKind.OFFICER, "MediaOfficer"))).singleElement().satisfies(entry -> {
			assertThat(entry.msgType()).isEqualTo("image");
			assertThat(entry.body().path("file_name").asString()).isEqualTo("碳汇认购二维码.png");
			assertThat(entry.body().path("size").asInt()).isEqualTo(png.length);
		});

		WxCpKfMsgSendRequest request = new WxCpKfMsgSendRequest();
		request.setToUser("wmMediaDefendant");
		request.setOpenKfid(properties.openKfId());
		request.setMsgType("image");
		WxCpKfResourceMsg image = new WxCpKfResourceMsg();
		image.setMediaId(mediaId);
		request.setImage(image);
		wecom.getKfService().sendMsg(request);
		assertThat(transcript.to(new Party(PartyKind.DEFENDANT, "wmMediaDefendant"))).singleElement()
			.satisfies(entry -> assertThat(entry.body().path("file_name").asString()).isEqualTo("碳汇认购二维码.png"));

		image.setMediaId("not-uploaded");
		assertThatExceptionOfType(WxErrorException.class).isThrownBy(() -> wecom.getKfService().sendMsg(request))
			.satisfies(ex -> assertThat(ex.getError().getErrorCode()).isEqualTo(40007));
	}

	@Test
	void mediaGetServesWhatWasUploadedOrSentWithItsName() throws Exception {
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', 9, 8, 7 };
		String uploaded = wecom.getMediaService().upload("image", new ByteArrayInputStream(png), "上传.png").getMediaId();
		java.io.File downloaded = wecom.getMediaService().download(uploaded);
		assertThat(java.nio.file.Files.readAllBytes(downloaded.toPath())).isEqualTo(png);
		// WxJava names its temporary file itself, keeping only the extension of the name WeCom gives
		assertThat(downloaded.getName()).endsWith(".png");

		byte[] pdf = "%PDF-1.4 发票".getBytes(java.nio.charset.StandardCharsets.UTF_8);
		SimulatedMedia.Stored sent = media.keep("file", "费用发票.pdf", "application/pdf", pdf);
		assertThat(sent.contentType()).isEqualTo("application/pdf");
		assertThat(java.nio.file.Files.readAllBytes(wecom.getMediaService().download(sent.mediaId()).toPath()))
			.isEqualTo(pdf);

		assertThatExceptionOfType(WxErrorException.class)
			.isThrownBy(() -> wecom.getMediaService().download("never-uploaded"))
			.satisfies(ex -> assertThat(ex.getError().getErrorCode()).isEqualTo(40007));
	}

	@Test
	void aHandOverIsRecordedAndCanBeReadBack() throws Exception {
		wecom.getKfService().transServiceState(properties.openKfId(), "wmHandedOver", 3, "court.servicer");

		assertThat(wecom.getKfService().getServiceState(properties.openKfId(), "wmHandedOver").getServiceState())
			.isEqualTo(3);
		assertThat(transcript.to(new Party(PartyKind.DEFENDANT, "wmHandedOver"))).singleElement().satisfies(entry -> {
			assertThat(entry.direction()).isEqualTo(Direction.OUT);
			assertThat(entry.msgType()).isEqualTo("service_state");
			assertThat(entry.body().path("servicer_userid").asString()).isEqualTo("court.servicer");
		});
		assertThatExceptionOfType(WxErrorException.class)
			.isThrownBy(() -> wecom.getKfService().transServiceState(properties.openKfId(), "wmHandedOver", 3, ""))
			.satisfies(ex -> assertThat(ex.getError().getErrorCode()).isEqualTo(40058));
	}

}
